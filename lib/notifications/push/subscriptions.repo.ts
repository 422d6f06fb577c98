import { and, eq, inArray } from "drizzle-orm";
import { db, tables } from "@/lib/db";

const p = tables.pushSubscriptions;
export type PushSubscriptionRow = typeof p.$inferSelect;

/** Saves a browser's subscription for a user (an endpoint moves to the user who subscribed last). */
export async function upsertSubscription(values: {
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
}): Promise<PushSubscriptionRow> {
  const [row] = await db()
    .insert(p)
    .values(values)
    .onConflictDoUpdate({
      target: p.endpoint,
      set: { userId: values.userId, p256dh: values.p256dh, auth: values.auth, label: values.label, lastError: null },
    })
    .returning();
  return row;
}

export async function subscriptionsOf(userIds: string[]): Promise<PushSubscriptionRow[]> {
  if (userIds.length === 0) return [];
  return db().select().from(p).where(inArray(p.userId, userIds));
}

export async function findSubscription(id: string): Promise<PushSubscriptionRow | null> {
  const [row] = await db().select().from(p).where(eq(p.id, id)).limit(1);
  return row ?? null;
}

export async function findUserSubscription(userId: string, endpoint: string): Promise<PushSubscriptionRow | null> {
  const [row] = await db()
    .select()
    .from(p)
    .where(and(eq(p.userId, userId), eq(p.endpoint, endpoint)))
    .limit(1);
  return row ?? null;
}

export async function deleteSubscription(id: string): Promise<void> {
  await db().delete(p).where(eq(p.id, id));
}

export async function deleteUserSubscription(userId: string, endpoint: string): Promise<boolean> {
  const rows = await db()
    .delete(p)
    .where(and(eq(p.userId, userId), eq(p.endpoint, endpoint)))
    .returning({ id: p.id });
  return rows.length > 0;
}

export async function recordPushResult(id: string, error: string | null): Promise<void> {
  await db()
    .update(p)
    .set(error ? { lastError: error } : { lastError: null, lastSentAt: new Date() })
    .where(eq(p.id, id));
}
