import { and, eq } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";

const { userIdentities, users } = tables;
export type IdentityRow = typeof userIdentities.$inferSelect;

export async function findIdentity(issuer: string, subject: string, target: Db = db()): Promise<IdentityRow | null> {
  const [row] = await target
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row ?? null;
}

export async function listIdentitiesOf(userId: string): Promise<IdentityRow[]> {
  return db().select().from(userIdentities).where(eq(userIdentities.userId, userId));
}

export async function insertIdentity(
  values: { userId: string; issuer: string; subject: string; label: string },
  target: Db = db(),
): Promise<IdentityRow> {
  const [row] = await target.insert(userIdentities).values(values).returning();
  return row;
}

export async function touchIdentity(id: string, now: Date): Promise<void> {
  await db().update(userIdentities).set({ lastLoginAt: now }).where(eq(userIdentities.id, id));
}

export async function deleteIdentitiesOf(userId: string, issuer?: string): Promise<number> {
  const deleted = await db()
    .delete(userIdentities)
    .where(
      issuer
        ? and(eq(userIdentities.userId, userId), eq(userIdentities.issuer, issuer))
        : eq(userIdentities.userId, userId),
    )
    .returning({ id: userIdentities.id });
  return deleted.length;
}

/** Admins who can sign in with this issuer: password sign-in may only be turned off while there is one. */
export async function countAdminsWithIdentity(issuer: string): Promise<number> {
  const rows = await db()
    .selectDistinct({ id: users.id })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, issuer), eq(users.role, "admin")));
  return rows.length;
}
