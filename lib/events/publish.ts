import { lt, sql } from "drizzle-orm";
import { db as defaultDb, getDbHandle, tables, type Db } from "@/lib/db";
import { eventPayloads, PG_CHANNEL, type EventPayload, type EventType } from "./event-types";

export interface PublishOptions {
  actorId?: string | null;
  /** Pass the transaction handle to publish atomically with the change that caused the event. */
  db?: Db;
}

/**
 * Writes an event of the catalog (event-types.ts) to the outbox; the payload is checked against
 * its schema. On PostgreSQL a NOTIFY wakes the web processes (delivered at commit when inside a
 * transaction); on SQLite they notice the commit through PRAGMA data_version.
 */
export async function publish<T extends EventType>(
  type: T,
  payload: EventPayload<T>,
  options: PublishOptions = {},
): Promise<number> {
  const checked: Record<string, unknown> = eventPayloads[type].parse(payload);
  const target = options.db ?? defaultDb();
  const [row] = await target
    .insert(tables.events)
    .values({ type, payload: checked, actorId: options.actorId ?? null })
    .returning({ id: tables.events.id });
  if (getDbHandle().dialect === "pg") {
    await target.execute(sql`SELECT pg_notify(${PG_CHANNEL}, ${String(row.id)})`);
  }
  return row.id;
}

/** Deletes events older than the cutoff; returns how many went. */
export async function pruneEvents(olderThan: Date): Promise<number> {
  const deleted = await defaultDb()
    .delete(tables.events)
    .where(lt(tables.events.createdAt, olderThan))
    .returning({ id: tables.events.id });
  return deleted.length;
}
