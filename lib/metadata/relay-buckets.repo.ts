import { eq, lt } from "drizzle-orm";
import { forUpdate, tables, type Db } from "@/lib/db";

const { relayRateBuckets } = tables;
export type RelayBucket = typeof relayRateBuckets.$inferSelect;

/**
 * Inside tx(): the client's bucket, created full if missing, locked until the transaction ends.
 * `created` tells a first request (or one after a long pause) from the rest.
 */
export async function lockRelayBucket(
  t: Db,
  client: string,
  full: number,
  now: Date,
): Promise<{ bucket: RelayBucket; created: boolean }> {
  const inserted = await t
    .insert(relayRateBuckets)
    .values({ client, tokens: full, updatedAt: now })
    .onConflictDoNothing()
    .returning({ client: relayRateBuckets.client });
  const [bucket] = await forUpdate(t.select().from(relayRateBuckets).where(eq(relayRateBuckets.client, client)));
  return { bucket, created: inserted.length > 0 };
}

export async function saveRelayBucket(t: Db, client: string, tokens: number, now: Date): Promise<void> {
  await t.update(relayRateBuckets).set({ tokens, updatedAt: now }).where(eq(relayRateBuckets.client, client));
}

export async function deleteRelayBucketsBefore(t: Db, cutoff: Date): Promise<number> {
  const deleted = await t
    .delete(relayRateBuckets)
    .where(lt(relayRateBuckets.updatedAt, cutoff))
    .returning({ client: relayRateBuckets.client });
  return deleted.length;
}
