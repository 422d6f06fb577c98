import { asc, desc, gt } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";
import type { MydiaEvent } from "./event-types";

type EventRow = typeof tables.events.$inferSelect;

export const toMydiaEvent = (row: EventRow): MydiaEvent => ({
  id: row.id,
  type: row.type,
  payload: row.payload,
  actorId: row.actorId,
  createdAt: row.createdAt.toISOString(),
});

/** Events after the given id, oldest first. */
export async function readEventsAfter(afterId: number, limit = 500, target: Db = db()): Promise<MydiaEvent[]> {
  const rows = await target
    .select()
    .from(tables.events)
    .where(gt(tables.events.id, afterId))
    .orderBy(asc(tables.events.id))
    .limit(limit);
  return rows.map(toMydiaEvent);
}

export async function latestEventId(target: Db = db()): Promise<number> {
  const [last] = await target
    .select({ id: tables.events.id })
    .from(tables.events)
    .orderBy(desc(tables.events.id))
    .limit(1);
  return last?.id ?? 0;
}
