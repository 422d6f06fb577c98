import { and, asc, desc, eq, gte, lt, ne, or, sql } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";
import { epochMinute, utcDay } from "./health";

/** Drizzle queries of the indexers tables; rows or null, no rules. */
export type IndexerRow = typeof tables.indexers.$inferSelect;
export type IndexerInsert = typeof tables.indexers.$inferInsert;
export type IndexerStatusRow = typeof tables.indexerStatus.$inferSelect;
export type IndexerWithStatus = IndexerRow & { status: IndexerStatusRow | null };

const t = () => tables.indexers;
const s = () => tables.indexerStatus;

export async function listIndexerRows(): Promise<IndexerWithStatus[]> {
  const rows = await db()
    .select({ indexer: t(), status: s() })
    .from(t())
    .leftJoin(s(), eq(s().indexerId, t().id))
    .orderBy(asc(t().priority), asc(t().name));
  return rows.map((row) => ({ ...row.indexer, status: row.status }));
}

export async function getIndexerRow(id: string): Promise<IndexerWithStatus | null> {
  const [row] = await db()
    .select({ indexer: t(), status: s() })
    .from(t())
    .leftJoin(s(), eq(s().indexerId, t().id))
    .where(eq(t().id, id));
  return row ? { ...row.indexer, status: row.status } : null;
}

export async function findIndexerByName(name: string): Promise<IndexerRow | null> {
  const [row] = await db()
    .select()
    .from(t())
    .where(sql`lower(${t().name}) = lower(${name})`);
  return row ?? null;
}

export async function insertIndexer(values: IndexerInsert, target: Db = db()): Promise<IndexerRow> {
  const [row] = await target.insert(t()).values(values).returning();
  await target.insert(s()).values({ indexerId: row.id }).onConflictDoNothing();
  return row;
}

export async function updateIndexerRow(id: string, values: Partial<IndexerInsert>): Promise<IndexerRow | null> {
  const [row] = await db().update(t()).set(values).where(eq(t().id, id)).returning();
  return row ?? null;
}

export async function deleteIndexerRow(id: string): Promise<boolean> {
  const rows = await db().delete(t()).where(eq(t().id, id)).returning({ id: t().id });
  return rows.length > 0;
}

export async function saveCaps(id: string, caps: IndexerRow["caps"], at: Date): Promise<void> {
  await db().update(t()).set({ caps, capsUpdatedAt: at }).where(eq(t().id, id));
}

// ── health ────────────────────────────────────────────────────────────────────────────────────

export async function recordSuccessRow(id: string, at: Date): Promise<void> {
  await db()
    .update(s())
    .set({ consecutiveFailures: 0, disabledUntil: null, lastSuccessAt: at })
    .where(eq(s().indexerId, id));
}

/** Increments the failure count and returns the new count (atomic on both dialects). */
export async function incrementFailures(id: string): Promise<number> {
  const [row] = await db()
    .update(s())
    .set({ consecutiveFailures: sql`${s().consecutiveFailures} + 1` })
    .where(eq(s().indexerId, id))
    .returning({ failures: s().consecutiveFailures });
  return row?.failures ?? 1;
}

export async function setFailureDetails(
  id: string,
  values: Pick<IndexerStatusRow, "disabledUntil" | "lastFailureAt" | "lastFailureKind" | "lastFailureMessage">,
): Promise<void> {
  await db().update(s()).set(values).where(eq(s().indexerId, id));
}

export async function resetStatusRow(id: string): Promise<void> {
  await db().update(s()).set({ consecutiveFailures: 0, disabledUntil: null }).where(eq(s().indexerId, id));
}

/**
 * Takes one request slot under the per-minute and per-day limits, atomically (one conditional
 * UPDATE, so several web and worker processes share the limits). False when a limit is reached.
 */
export async function acquireRequestSlot(
  id: string,
  perMinute: number | null,
  perDay: number | null,
  now: Date,
): Promise<boolean> {
  const minute = epochMinute(now);
  const day = utcDay(now);
  const conditions = [eq(s().indexerId, id)];
  if (perMinute !== null) conditions.push(or(ne(s().minuteWindow, minute), lt(s().minuteCount, perMinute))!);
  if (perDay !== null) conditions.push(or(ne(s().dayWindow, day), lt(s().dayCount, perDay))!);
  const rows = await db()
    .update(s())
    .set({
      minuteCount: sql`case when ${s().minuteWindow} = ${minute} then ${s().minuteCount} + 1 else 1 end`,
      minuteWindow: minute,
      dayCount: sql`case when ${s().dayWindow} = ${day} then ${s().dayCount} + 1 else 1 end`,
      dayWindow: day,
    })
    .where(and(...conditions))
    .returning({ id: s().indexerId });
  return rows.length > 0;
}

export async function saveSession(id: string, session: string | null, at: Date): Promise<void> {
  await db().update(s()).set({ session, sessionUpdatedAt: at }).where(eq(s().indexerId, id));
}

// ── statistics ────────────────────────────────────────────────────────────────────────────────

export interface StatsDelta {
  queries?: number;
  failures?: number;
  results?: number;
  grabs?: number;
  responseMs?: number;
}

export async function addStats(indexerId: string, at: Date, delta: StatsDelta): Promise<void> {
  const st = tables.indexerStats;
  const values = {
    queries: delta.queries ?? 0,
    failures: delta.failures ?? 0,
    results: delta.results ?? 0,
    grabs: delta.grabs ?? 0,
    responseMsTotal: Math.round(delta.responseMs ?? 0),
  };
  await db()
    .insert(st)
    .values({ indexerId, day: utcDay(at), ...values })
    .onConflictDoUpdate({
      target: [st.indexerId, st.day],
      set: {
        queries: sql`${st.queries} + ${values.queries}`,
        failures: sql`${st.failures} + ${values.failures}`,
        results: sql`${st.results} + ${values.results}`,
        grabs: sql`${st.grabs} + ${values.grabs}`,
        responseMsTotal: sql`${st.responseMsTotal} + ${values.responseMsTotal}`,
      },
    });
}

export interface StatsTotals {
  indexerId: string;
  queries: number;
  failures: number;
  results: number;
  grabs: number;
  responseMsTotal: number;
}

export async function statsSince(day: string): Promise<StatsTotals[]> {
  const st = tables.indexerStats;
  const rows = await db()
    .select({
      indexerId: st.indexerId,
      queries: sql<number>`coalesce(sum(${st.queries}), 0)`,
      failures: sql<number>`coalesce(sum(${st.failures}), 0)`,
      results: sql<number>`coalesce(sum(${st.results}), 0)`,
      grabs: sql<number>`coalesce(sum(${st.grabs}), 0)`,
      responseMsTotal: sql<number>`coalesce(sum(${st.responseMsTotal}), 0)`,
    })
    .from(st)
    .where(gte(st.day, day))
    .groupBy(st.indexerId)
    .orderBy(desc(sql`sum(${st.queries})`));
  return rows.map((row) => ({
    indexerId: row.indexerId,
    queries: Number(row.queries),
    failures: Number(row.failures),
    results: Number(row.results),
    grabs: Number(row.grabs),
    responseMsTotal: Number(row.responseMsTotal),
  }));
}
