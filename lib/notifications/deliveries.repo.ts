import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";

const d = tables.notificationDeliveries;
export type DeliveryRow = typeof d.$inferSelect;
export type NewDelivery = Pick<DeliveryRow, "channelId" | "eventId" | "kind" | "message">;

/** Inserts the ones not there yet (channel + event is unique) and returns their ids. */
export async function insertDeliveries(rows: NewDelivery[], target: Db): Promise<string[]> {
  if (rows.length === 0) return [];
  const now = new Date();
  const inserted = await target
    .insert(d)
    .values(rows.map((row) => ({ ...row, status: "pending" as const, updatedAt: now })))
    .onConflictDoNothing()
    .returning({ id: d.id });
  return inserted.map((r) => r.id);
}

export async function findDelivery(id: string): Promise<DeliveryRow | null> {
  const [row] = await db().select().from(d).where(eq(d.id, id)).limit(1);
  return row ?? null;
}

export async function recordAttempt(id: string, outcome: { ok: true } | { ok: false; error: string }): Promise<void> {
  const now = new Date();
  await db()
    .update(d)
    .set({
      attempts: sql`${d.attempts} + 1`,
      updatedAt: now,
      ...(outcome.ok
        ? { status: "sent" as const, sentAt: now, lastError: null }
        : { status: "failed" as const, lastError: outcome.error }),
    })
    .where(eq(d.id, id));
}

/** The latest deliveries of these channels, newest first. */
export async function recentDeliveries(channelIds: string[], limit: number): Promise<DeliveryRow[]> {
  if (channelIds.length === 0) return [];
  return db().select().from(d).where(inArray(d.channelId, channelIds)).orderBy(desc(d.createdAt)).limit(limit);
}

/** Deliveries still pending after `olderThan` (their job was never queued, e.g. the worker stopped in between). */
export async function stalePendingIds(olderThan: Date): Promise<string[]> {
  const rows = await db()
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.status, "pending"), eq(d.attempts, 0), lt(d.createdAt, olderThan)))
    .limit(500);
  return rows.map((r) => r.id);
}
