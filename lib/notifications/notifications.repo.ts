import { and, count, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";

const n = tables.notifications;
export type NotificationRow = typeof n.$inferSelect;
export type NewNotification = Pick<NotificationRow, "userId" | "eventId" | "kind" | "title" | "body" | "link">;

/** Inserts the ones not there yet (user + event is unique) and returns only those. */
export async function insertNotifications(rows: NewNotification[], target: Db): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return target.insert(n).values(rows).onConflictDoNothing().returning();
}

export async function listNotificationRows(
  userId: string,
  options: { limit: number; before?: Date },
): Promise<NotificationRow[]> {
  return db()
    .select()
    .from(n)
    .where(and(eq(n.userId, userId), options.before ? lt(n.createdAt, options.before) : undefined))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(options.limit);
}

export async function countUnread(userId: string): Promise<number> {
  const [row] = await db()
    .select({ value: count() })
    .from(n)
    .where(and(eq(n.userId, userId), isNull(n.readAt)));
  return row?.value ?? 0;
}

/** Marks the user's unread notifications read (these ids, or all); returns the ids it changed. */
export async function markRead(userId: string, ids: string[] | "all"): Promise<string[]> {
  const rows = await db()
    .update(n)
    .set({ readAt: new Date() })
    .where(and(eq(n.userId, userId), isNull(n.readAt), ids === "all" ? undefined : inArray(n.id, ids)))
    .returning({ id: n.id });
  return rows.map((r) => r.id);
}

export async function findNotification(id: string): Promise<NotificationRow | null> {
  const [row] = await db().select().from(n).where(eq(n.id, id)).limit(1);
  return row ?? null;
}
