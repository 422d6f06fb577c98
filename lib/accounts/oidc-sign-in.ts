import { publish } from "@/lib/events";
import { lockForTransaction, tx } from "@/lib/db";
import * as identities from "./identities.repo";
import type { Role } from "./roles";
import { SignInRefusedError } from "./sign-in-errors";
import type { OidcSettings } from "./sign-in-settings";
import type { AuthenticatedUser } from "./users.service";
import * as users from "./users.repo";

/** Stored as the password hash of users created by single sign-on: no password ever verifies against it. */
export const NO_PASSWORD = "!sso-only";

export type OidcClaims = Record<string, unknown> & { sub: string };

/** The claim's values; a dot walks into objects (Keycloak's `realm_access.roles`). */
function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const key of path.split(".")) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  // Keycloak sends full group paths ("/family") unless told otherwise.
  return list.filter((v): v is string => typeof v === "string").map((v) => v.trim().replace(/^\//, ""));
}

/**
 * The role the claims map to: the first rule (in the admin's order) whose value the claim holds,
 * else the default role, else none. `mapped` tells a rule matched (the role then follows the groups
 * at every sign-in) from the default (which only applies to new users).
 */
export function roleFromClaims(
  settings: Pick<OidcSettings, "roleClaim" | "roleMappings" | "defaultRole">,
  claims: Record<string, unknown>,
): { role: Role; mapped: boolean } | null {
  const values = new Set(claimValues(claims, settings.roleClaim));
  const rule = settings.roleMappings.find((mapping) => values.has(mapping.value.trim().replace(/^\//, "")));
  if (rule) return { role: rule.role, mapped: true };
  return settings.defaultRole ? { role: settings.defaultRole, mapped: false } : null;
}

const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const verified = (value: unknown) => value === true || value === "true";

/** A label for the identity on the profile page: who the provider says this is. */
function labelOf(claims: OidcClaims): string {
  return str(claims.email) ?? str(claims.preferred_username) ?? str(claims.name) ?? claims.sub;
}

/** A free username for a new user, from the claims (same characters as usernameSchema allows). */
async function freeUsername(claims: OidcClaims): Promise<string> {
  const raw = str(claims.preferred_username) ?? str(claims.email) ?? str(claims.name) ?? "user";
  const base =
    raw
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}._@-]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 56) || "user";
  const padded = base.length < 2 ? `${base}-user` : base;
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? padded : `${padded}-${n}`;
    if (!(await users.findUserByUsername(candidate))) return candidate;
  }
  throw new SignInRefusedError("OidcFailed");
}

/** An existing local user the claims name, per the link setting; refuses an unverified email. */
async function linkCandidate(settings: OidcSettings, claims: OidcClaims): Promise<users.UserRow | null> {
  if (settings.linkBy === "email") {
    const email = str(claims.email);
    if (!email) return null;
    const user = await users.findUserByUsername(email);
    if (user && !verified(claims.email_verified)) throw new SignInRefusedError("OidcEmailNotVerified");
    return user;
  }
  if (settings.linkBy === "username") {
    const username = str(claims.preferred_username);
    return username ? users.findUserByUsername(username) : null;
  }
  return null;
}

/** Applies a mapped role to an existing user; the last admin keeps the admin role. */
async function syncRole(user: users.UserRow, role: { role: Role; mapped: boolean }): Promise<users.UserRow> {
  if (!role.mapped || role.role === user.role) return user;
  const updated = await tx(async (t) => {
    await lockForTransaction(t, "accounts.admins");
    if (user.role === "admin" && (await users.countAdmins(t)) <= 1) return null;
    return users.updateUser(user.id, { role: role.role, bumpTokenVersion: true }, t);
  });
  if (!updated) return user;
  await publish("user.updated", { id: updated.id, role: updated.role }, { actorId: null });
  return updated;
}

const toAuthenticated = (row: users.UserRow): AuthenticatedUser => ({
  id: row.id,
  username: row.username,
  role: row.role,
  tokenVersion: row.tokenVersion,
});

/**
 * The Mydia user an OIDC sign-in stands for. `linkToUserId`: the signed-in user who asked to link
 * this identity from their profile. Otherwise: the linked user, else a local user matched by
 * verified email or username (per the settings), else a new user when auto-create is on. Refuses
 * (SignInRefusedError) when the claims map to no role.
 */
export async function resolveOidcUser(
  settings: OidcSettings,
  claims: OidcClaims,
  options: { linkToUserId?: string | null; now?: Date } = {},
): Promise<AuthenticatedUser> {
  const now = options.now ?? new Date();
  const issuer = settings.issuer;
  const existing = await identities.findIdentity(issuer, claims.sub);

  if (options.linkToUserId) {
    if (existing && existing.userId !== options.linkToUserId) throw new SignInRefusedError("OidcAlreadyLinked");
    const user = await users.findUserById(options.linkToUserId);
    if (!user) throw new SignInRefusedError("OidcFailed");
    if (!existing) {
      await identities.deleteIdentitiesOf(user.id, issuer);
      await identities.insertIdentity({ userId: user.id, issuer, subject: claims.sub, label: labelOf(claims) });
    }
    await users.updateUser(user.id, { lastLoginAt: now });
    return toAuthenticated(user);
  }

  const role = roleFromClaims(settings, claims);
  if (!role) throw new SignInRefusedError("OidcNoAccess");

  let user: users.UserRow | null;
  if (existing) {
    user = await users.findUserById(existing.userId);
    await identities.touchIdentity(existing.id, now);
  } else {
    user = await linkCandidate(settings, claims);
    if (user) {
      await identities.insertIdentity({ userId: user.id, issuer, subject: claims.sub, label: labelOf(claims) });
    } else if (settings.autoCreate) {
      const username = await freeUsername(claims);
      user = await tx(async (t) => {
        const row = await users.insertUser({ username, passwordHash: NO_PASSWORD, role: role.role }, t);
        await identities.insertIdentity({ userId: row.id, issuer, subject: claims.sub, label: labelOf(claims) }, t);
        return row;
      });
      await publish("user.created", { id: user.id, username: user.username, role: user.role }, { actorId: null });
    } else {
      throw new SignInRefusedError("OidcNotLinked");
    }
  }
  if (!user) throw new SignInRefusedError("OidcNotLinked");
  user = await syncRole(user, role);
  await users.updateUser(user.id, { lastLoginAt: now });
  return toAuthenticated(user);
}
