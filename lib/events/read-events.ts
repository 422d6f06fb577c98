import { asc, desc, eq, getTableColumns, lte, sql } from "drizzle-orm";
import { db, getDbHandle, tables, type Db } from "@/lib/db";
import { isEventType, type MydiaEvent } from "./event-types";

type EventRow = typeof tables.events.$inferSelect;

/**
 * Where an event stands in commit order. On PostgreSQL ids are taken when a row is inserted, not
 * when it commits, so event 1 may become visible after event 2; readers therefore walk events in
 * (writing transaction id, event id) order and stop below the oldest transaction still running
 * (`pg_snapshot_xmin`): nothing can appear behind that point any more. SQLite commits one writer
 * at a time, so there txid is always 0 and the order is the id order.
 */
export interface EventPosition {
  txid: number;
  id: number;
}

export interface PositionedEvent {
  event: MydiaEvent;
  position: EventPosition;
}

export const START_POSITION: EventPosition = { txid: 0, id: 0 };

export const isAfter = (a: EventPosition, b: EventPosition): boolean =>
  a.txid > b.txid || (a.txid === b.txid && a.id > b.id);

/** A stored row as an event of the catalog; null for a type the catalog no longer has. */
export const toMydiaEvent = (row: EventRow): MydiaEvent | null =>
  isEventType(row.type)
    ? ({
        id: row.id,
        type: row.type,
        // Checked against the catalog when it was published.
        payload: row.payload,
        actorId: row.actorId,
        createdAt: row.createdAt.toISOString(),
      } as MydiaEvent)
    : null;

const horizon = sql<string>`pg_snapshot_xmin(pg_current_snapshot())::text`;

/**
 * Committed events after a position, in commit order, up to the oldest running transaction.
 * `position` is where the read ended (past rows of types the catalog no longer has, which are
 * skipped); `more` says the limit cut the read short. `pending` is true when committed events exist beyond that point: they become readable once the
 * older transactions finish, which sends no notification of its own, so the caller reads again.
 */
export async function readEventsSince(
  after: EventPosition,
  limit = 500,
  target: Db = db(),
): Promise<{ events: PositionedEvent[]; position: EventPosition; pending: boolean; more: boolean }> {
  const e = tables.events;
  const pg = getDbHandle().dialect === "pg";
  const rows = await target
    .select({ ...getTableColumns(e), horizon: pg ? horizon : sql<null>`null` })
    .from(e)
    .where(sql`(${e.txid}, ${e.id}) > (${after.txid}, ${after.id})`)
    .orderBy(asc(e.txid), asc(e.id))
    .limit(limit);
  const events: PositionedEvent[] = [];
  let position = after;
  for (const row of rows) {
    if (row.horizon !== null && row.txid >= Number(row.horizon))
      return { events, position, pending: true, more: false };
    position = { txid: row.txid, id: row.id };
    const event = toMydiaEvent(row);
    if (event) events.push({ event, position });
  }
  return { events, position, pending: false, more: rows.length === limit };
}

/** The position of an event id a client last saw (Last-Event-ID); an unknown id maps to the nearest earlier event. */
export async function positionOfEvent(id: number, target: Db = db()): Promise<EventPosition> {
  const e = tables.events;
  const [exact] = await target.select({ txid: e.txid, id: e.id }).from(e).where(eq(e.id, id)).limit(1);
  if (exact) return exact;
  const [earlier] = await target
    .select({ txid: e.txid, id: e.id })
    .from(e)
    .where(lte(e.id, id))
    .orderBy(desc(e.id))
    .limit(1);
  return earlier ?? START_POSITION;
}

/** The position a new reader starts from: after every event readable now. */
export async function latestPosition(target: Db = db()): Promise<EventPosition> {
  const e = tables.events;
  const pg = getDbHandle().dialect === "pg";
  const [last] = await target
    .select({ txid: e.txid, id: e.id })
    .from(e)
    .where(pg ? sql`${e.txid} < ${horizon}::bigint` : undefined)
    .orderBy(desc(e.txid), desc(e.id))
    .limit(1);
  return last ?? START_POSITION;
}

/** Events after the given event id in commit order, oldest first (at most `limit`). */
export async function readEventsAfter(afterId: number, limit = 500, target: Db = db()): Promise<MydiaEvent[]> {
  const from = afterId > 0 ? await positionOfEvent(afterId, target) : START_POSITION;
  const { events } = await readEventsSince(from, limit, target);
  return events.map((p) => p.event);
}

export async function latestEventId(target: Db = db()): Promise<number> {
  return (await latestPosition(target)).id;
}
