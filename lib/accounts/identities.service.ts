import { ConflictError, UnauthorizedError } from "@/lib/errors";
import type { Actor } from "./actor";
import * as identities from "./identities.repo";
import { NO_PASSWORD } from "./oidc-sign-in";
import { loginOptions } from "./sign-in-settings";
import * as users from "./users.repo";

export interface LinkedSignIn {
  /** Who the provider says this is (email or username), as when it was linked. */
  label: string;
  linkedAt: Date;
  lastLoginAt: Date | null;
}

/** The profile page's "Single sign-on" card: the provider (when on) and the actor's linked identity. */
export async function ownSignInLinks(
  actor: Actor,
): Promise<{ provider: string | null; linked: LinkedSignIn[]; hasPassword: boolean }> {
  if (actor.kind !== "user") throw new UnauthorizedError();
  const [options, rows, user] = await Promise.all([
    loginOptions(),
    identities.listIdentitiesOf(actor.userId),
    users.findUserById(actor.userId),
  ]);
  return {
    provider: options.oidc?.name ?? null,
    linked: rows.map((row) => ({ label: row.label, linkedAt: row.createdAt, lastLoginAt: row.lastLoginAt })),
    hasPassword: !!user && user.passwordHash !== NO_PASSWORD,
  };
}

/** Unlinks the actor's single sign-on; refused when it is their only way in (no password). */
export async function unlinkOwnSignIn(actor: Actor): Promise<void> {
  if (actor.kind !== "user") throw new UnauthorizedError();
  const user = await users.findUserById(actor.userId);
  if (!user) throw new UnauthorizedError();
  if (user.passwordHash === NO_PASSWORD)
    throw new ConflictError("You sign in only through single sign-on: ask an admin to set a password first.");
  await identities.deleteIdentitiesOf(user.id);
}
