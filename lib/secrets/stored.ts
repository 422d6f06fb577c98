import { ValidationError } from "@/lib/errors";
import { decryptSecret, encryptSecret } from "./crypto";

/** The secrets of one peer (indexer or download client) by field name, stored encrypted as one JSON value. */
export type SecretBag = Record<string, string>;

/** Decrypts a stored bag; throws SecretDecryptionError when AUTH_SECRET changed since it was saved. */
export function readSecretBag(stored: string | null): SecretBag {
  if (!stored) return {};
  return JSON.parse(decryptSecret(stored)) as SecretBag;
}

/** Encrypts the non-empty entries (null when there are none). */
export function writeSecretBag(bag: SecretBag): string | null {
  const kept = Object.fromEntries(Object.entries(bag).filter(([, v]) => typeof v === "string" && v !== ""));
  return Object.keys(kept).length ? encryptSecret(JSON.stringify(kept)) : null;
}

/** The names of the stored secrets (for "saved" badges); an undecryptable bag names none. */
export function secretNamesOf(stored: string | null): string[] {
  try {
    return Object.keys(readSecretBag(stored)).sort();
  } catch {
    return [];
  }
}

/**
 * The secrets after an edit: entered values replace stored ones, empty fields keep what is stored
 * — but only while the peer's address stays the same. A stored secret is never sent to a new
 * address (a changed host, port, URL or base path could be anyone's server): each stored secret
 * must be entered again with the new address, else a ValidationError names its field.
 */
export function mergeSecrets(options: {
  stored: string | null;
  entered: Record<string, string | undefined>;
  addressChanged: boolean;
  /** Field label for the message ("password", "API key"); defaults to the field name. */
  label?: (field: string) => string;
}): SecretBag {
  let stored: SecretBag;
  try {
    stored = readSecretBag(options.stored);
  } catch {
    stored = {};
  }
  const entered = Object.fromEntries(
    Object.entries(options.entered).filter((entry): entry is [string, string] => !!entry[1]),
  );
  if (options.addressChanged) {
    const missing = Object.keys(stored).filter((field) => !(field in entered));
    if (missing.length > 0) {
      const label = options.label ?? ((field: string) => field);
      const fields = Object.fromEntries(
        missing.map((field) => [field, `Enter the ${label(field)} again for the new address`]),
      );
      throw new ValidationError(`${Object.values(fields).join("; ")}: saved secrets are not sent to a new address`, {
        fields,
      });
    }
    return entered;
  }
  return { ...stored, ...entered };
}
