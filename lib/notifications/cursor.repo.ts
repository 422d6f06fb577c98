import { and, eq } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";
import type { EventPosition } from "@/lib/events";

const c = tables.notificationCursors;

/** The consumer's cursor; the first read places it at `start` (no notifications for the events before). */
export async function readCursor(name: string, start: () => Promise<EventPosition>): Promise<EventPosition> {
  const [row] = await db().select().from(c).where(eq(c.name, name)).limit(1);
  if (row) return { txid: row.txid, id: row.eventId };
  const position = await start();
  await db()
    .insert(c)
    .values({ name, txid: position.txid, eventId: position.id, updatedAt: new Date() })
    .onConflictDoNothing();
  const [stored] = await db().select().from(c).where(eq(c.name, name)).limit(1);
  return { txid: stored.txid, id: stored.eventId };
}

/**
 * Moves the cursor from `from` to `to` unless another consumer moved it first (compare and set).
 * Run inside the transaction that writes what the events made, so they are written once.
 */
export async function advanceCursor(name: string, from: EventPosition, to: EventPosition, t: Db): Promise<boolean> {
  const moved = await t
    .update(c)
    .set({ txid: to.txid, eventId: to.id, updatedAt: new Date() })
    .where(and(eq(c.name, name), eq(c.txid, from.txid), eq(c.eventId, from.id)))
    .returning({ name: c.name });
  return moved.length === 1;
}
