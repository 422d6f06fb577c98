import { eq } from "drizzle-orm";
import webpush from "web-push";
import { getConfig } from "@/lib/config";
import { db, tables } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/secrets";

const KEY_ID = "main";
const v = tables.vapidKeys;

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The install's VAPID key pair: generated on first use and stored (private key encrypted like other
 * secrets). Two processes asking at once both try to insert; the first wins and both read it back.
 */
export async function vapidKeys(): Promise<VapidKeys> {
  const [row] = await db().select().from(v).where(eq(v.id, KEY_ID)).limit(1);
  if (row) return { publicKey: row.publicKey, privateKey: decryptSecret(row.privateKey) };
  const fresh = webpush.generateVAPIDKeys();
  await db()
    .insert(v)
    .values({ id: KEY_ID, publicKey: fresh.publicKey, privateKey: encryptSecret(fresh.privateKey) })
    .onConflictDoNothing();
  return vapidKeys();
}

/** Who push services may contact about this sender: the public https address, else a mailto at its host. */
export function vapidSubject(): string {
  const base = new URL(getConfig().BASE_URL);
  return base.protocol === "https:" ? base.origin : `mailto:mydia@${base.hostname}`;
}
