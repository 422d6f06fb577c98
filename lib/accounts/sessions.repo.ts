import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { db, tables } from "@/lib/db";

const { sessions } = tables;

export async function insertSession(userId: string, expiresAt: Date): Promise<string> {
  const [row] = await db().insert(sessions).values({ userId, expiresAt }).returning({ id: sessions.id });
  return row.id;
}

/** True while the session exists, is not revoked and has not expired. */
export async function sessionIsActive(id: string, userId: string, now = new Date()): Promise<boolean> {
  const [row] = await db()
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
    );
  return !!row;
}

/** Revokes the session; answers its user's id, or null when there was no such active session. */
export async function revokeSessionRow(id: string, now = new Date()): Promise<string | null> {
  const [row] = await db()
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ userId: sessions.userId });
  return row?.userId ?? null;
}

/** Deletes sessions that expired, or were revoked, before the cutoff. */
export async function deleteSessionsBefore(cutoff: Date): Promise<number> {
  const deleted = await db()
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
    .returning({ id: sessions.id });
  return deleted.length;
}
