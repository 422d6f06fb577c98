import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { db, tables } from "@/lib/db";
import { publish } from "@/lib/events";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { assertCan, type Actor } from "./actor";
import { apiKeyNameSchema, apiKeyOptionsSchema, type ApiKeyOptions } from "./schemas";
import type { ApiKeyScope } from "./schemas";
import { scopedRole } from "./api-key-scopes";
import type { Role } from "./roles";
import { findUserById, findUserByUsername } from "./users.repo";

const { apiKeys, users } = tables;
const KEY_PREFIX = "mydia_";

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  scope: ApiKeyScope;
  expiresAt: Date | null;
}

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * Creates a key for a user; the plain key is returned once and only its hash is stored. A scope
 * narrows the owner's role (read-only, requests-only) and must fit in it.
 */
export async function createApiKeyForUser(
  userId: string,
  name: string,
  options: ApiKeyOptions = {},
): Promise<{ key: string; summary: ApiKeySummary }> {
  const { scope, expiresInDays } = parseInput(apiKeyOptionsSchema, options);
  const owner = await findUserById(userId);
  if (!owner) throw new NotFoundError("No such user");
  if (!scopedRole(owner.role, scope))
    throw new ValidationError(
      scope === "read-only"
        ? "A read-only key needs a role that can read the library (read-only, user or admin)"
        : "A requests-only key needs a role that can make requests (requester, user or admin)",
      { fields: { scope: "This scope does not fit the owner's role" } },
    );
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  const [row] = await db()
    .insert(apiKeys)
    .values({
      userId,
      name: parseInput(apiKeyNameSchema, name),
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      keyHash: hashKey(key),
      scope,
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
    })
    .returning();
  return { key, summary: row };
}

export async function createApiKey(
  actor: Actor,
  name: string,
  options: ApiKeyOptions = {},
): Promise<{ key: string; summary: ApiKeySummary }> {
  if (actor.kind !== "user") throw new NotFoundError("API keys belong to users");
  assertCan(actor, "browse");
  return createApiKeyForUser(actor.userId, name, options);
}

/** For the CLI: a key for a named user. */
export async function createApiKeyForUsername(
  username: string,
  name: string,
  options: ApiKeyOptions = {},
): Promise<{ key: string; summary: ApiKeySummary }> {
  const user = await findUserByUsername(username);
  if (!user) throw new NotFoundError(`No user named "${username}"`);
  return createApiKeyForUser(user.id, name, options);
}

export async function listApiKeys(actor: Actor): Promise<ApiKeySummary[]> {
  if (actor.kind !== "user") return [];
  return db()
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      scope: apiKeys.scope,
      expiresAt: apiKeys.expiresAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.userId, actor.userId))
    .orderBy(desc(apiKeys.createdAt));
}

export async function revokeApiKey(actor: Actor, id: string): Promise<void> {
  if (actor.kind !== "user") throw new NotFoundError("No such key");
  const revoked = await db()
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, actor.userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw new NotFoundError("No such key, or it is already revoked");
  await publish("user.access-changed", { id: actor.userId }, { actorId: actor.userId });
}

/**
 * The owner of a valid key (not revoked, not expired), acting with the role its scope leaves, or
 * null (also when the owner's role no longer fits the key's scope).
 */
export async function verifyApiKey(key: string): Promise<{ userId: string; username: string; role: Role } | null> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const [row] = await db()
    .select({
      id: apiKeys.id,
      userId: users.id,
      username: users.username,
      role: users.role,
      scope: apiKeys.scope,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(
      and(
        eq(apiKeys.keyHash, hashKey(key)),
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, new Date())),
      ),
    );
  const role = row ? scopedRole(row.role, row.scope) : null;
  if (!row || !role) return null;
  // Touch at most once a minute so busy API clients do not write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
  }
  return { userId: row.userId, username: row.username, role };
}
