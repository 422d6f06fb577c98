import type { Actor } from "./actor";
import { verifyApiKey } from "./api-keys";
import { resolveSessionUser } from "./users.service";

/** What a request proved who it is with: kept by long-lived responses to check it again later. */
export type Credential =
  { kind: "api-key"; key: string } | { kind: "session"; userId: string; tokenVersion: number; sessionId: string };

/**
 * The actor a credential stands for right now: null once the key is revoked, the user deleted,
 * the session signed out, or the password or role changed since the session began.
 */
export async function resolveCredential(credential: Credential): Promise<Extract<Actor, { kind: "user" }> | null> {
  if (credential.kind === "api-key") {
    const owner = await verifyApiKey(credential.key);
    return owner ? { kind: "user", ...owner, via: "api-key" } : null;
  }
  const user = await resolveSessionUser(credential.userId, credential.tokenVersion, credential.sessionId);
  return user ? { kind: "user", userId: user.id, username: user.username, role: user.role, via: "session" } : null;
}
