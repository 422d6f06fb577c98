import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getConfig } from "@/lib/config";

/**
 * Secrets at rest (TMDB keys, indexer and client passwords): AES-256-GCM with a key derived from
 * AUTH_SECRET by HKDF. Stored as "v1:<iv>.<tag>.<ciphertext>" (base64url), so a later key or
 * algorithm change can tell old values apart.
 */
const VERSION = "v1";

function keyFor(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "mydia-secrets", "aes-256-gcm v1", 32));
}

export class SecretDecryptionError extends Error {
  override name = "SecretDecryptionError";
  constructor() {
    super(
      "A stored secret could not be decrypted: AUTH_SECRET changed since it was saved. Enter it again in Settings.",
    );
  }
}

export function encryptSecret(plain: string, secret = getConfig().AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${data.toString("base64url")}`;
}

export function decryptSecret(stored: string, secret = getConfig().AUTH_SECRET): string {
  const [version, rest] = stored.split(":", 2);
  if (version !== VERSION || !rest) throw new SecretDecryptionError();
  const [iv, tag, data] = rest.split(".").map((part) => Buffer.from(part, "base64url"));
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError();
  }
}
