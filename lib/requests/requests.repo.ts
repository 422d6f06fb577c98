import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { db as defaultDb, tables, type Db } from "@/lib/db";
import type { RequestMediaType, RequestScope, RequestStatus } from "@/lib/db/types";

const r = tables.requests;
const rr = tables.requestRequesters;
const p = tables.requestProblems;

export type RequestRow = typeof r.$inferSelect;
export type RequesterRow = typeof rr.$inferSelect;
export type ProblemRow = typeof p.$inferSelect;

export async function findRequestRow(id: string, db: Db = defaultDb()): Promise<RequestRow | null> {
  const [row] = await db.select().from(r).where(eq(r.id, id)).limit(1);
  return row ?? null;
}

export async function findRequestByTitle(
  mediaType: RequestMediaType,
  tmdbId: number,
  db: Db = defaultDb(),
): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(r)
    .where(and(eq(r.mediaType, mediaType), eq(r.tmdbId, tmdbId)))
    .limit(1);
  return row ?? null;
}

export async function insertRequestRow(
  values: {
    mediaType: RequestMediaType;
    tmdbId: number;
    title: string;
    year: number | null;
    posterPath: string | null;
    status: RequestStatus;
    scope: RequestScope;
  },
  db: Db = defaultDb(),
): Promise<RequestRow> {
  const [row] = await db
    .insert(r)
    .values({ ...values, updatedAt: new Date() })
    .returning();
  return row;
}

export async function updateRequestRow(
  id: string,
  changes: Partial<Omit<RequestRow, "id" | "createdAt">>,
  db: Db = defaultDb(),
): Promise<RequestRow | null> {
  const [row] = await db
    .update(r)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(r.id, id))
    .returning();
  return row ?? null;
}

/** Changes the status only if it is still `from` (two workers deriving the same change publish it once). */
export async function moveStatus(
  id: string,
  from: RequestStatus,
  changes: { status: RequestStatus; progress: number | null },
  db: Db = defaultDb(),
): Promise<boolean> {
  const rows = await db
    .update(r)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(r.id, id), eq(r.status, from)))
    .returning({ id: r.id });
  return rows.length > 0;
}

export async function listRequestRows(filter: {
  status?: RequestStatus;
  statuses?: RequestStatus[];
  userId?: string;
  ids?: string[];
}): Promise<RequestRow[]> {
  const conditions = [
    filter.status ? eq(r.status, filter.status) : undefined,
    filter.statuses ? inArray(r.status, filter.statuses) : undefined,
    filter.ids ? inArray(r.id, filter.ids) : undefined,
    filter.userId
      ? inArray(r.id, defaultDb().select({ id: rr.requestId }).from(rr).where(eq(rr.userId, filter.userId)))
      : undefined,
  ].filter((c) => c !== undefined);
  return defaultDb()
    .select()
    .from(r)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(r.createdAt));
}

export async function requesterRows(requestIds: string[], db: Db = defaultDb()): Promise<RequesterRow[]> {
  if (requestIds.length === 0) return [];
  return db.select().from(rr).where(inArray(rr.requestId, requestIds)).orderBy(rr.createdAt);
}

export async function upsertRequester(
  values: { requestId: string; userId: string; note: string | null; movies: number; seasons: number },
  db: Db = defaultDb(),
): Promise<void> {
  await db
    .insert(rr)
    .values(values)
    .onConflictDoUpdate({
      target: [rr.requestId, rr.userId],
      set: {
        note: sql`coalesce(excluded.note, ${rr.note})`,
        movies: sql`${rr.movies} + excluded.movies`,
        seasons: sql`${rr.seasons} + excluded.seasons`,
      },
    });
}

export async function removeRequester(requestId: string, userId: string, db: Db = defaultDb()): Promise<void> {
  await db.delete(rr).where(and(eq(rr.requestId, requestId), eq(rr.userId, userId)));
}

/** What a user's requests (made or joined) count against their quota since `since`. */
export async function usageSince(userId: string, since: Date): Promise<{ movies: number; seasons: number }> {
  const [row] = await defaultDb()
    .select({
      movies: sql<number>`coalesce(sum(${rr.movies}), 0)`.mapWith(Number),
      seasons: sql<number>`coalesce(sum(${rr.seasons}), 0)`.mapWith(Number),
    })
    .from(rr)
    .where(and(eq(rr.userId, userId), gt(rr.createdAt, since)));
  return row ?? { movies: 0, seasons: 0 };
}

/** When the oldest of the user's counted requests leaves the window (the quota frees up then). */
export async function oldestUsageSince(userId: string, since: Date): Promise<Date | null> {
  const [row] = await defaultDb()
    .select({ createdAt: rr.createdAt })
    .from(rr)
    .where(and(eq(rr.userId, userId), gt(rr.createdAt, since), sql`(${rr.movies} + ${rr.seasons}) > 0`))
    .orderBy(rr.createdAt)
    .limit(1);
  return row?.createdAt ?? null;
}

export async function deleteRequestRow(id: string): Promise<boolean> {
  const rows = await defaultDb().delete(r).where(eq(r.id, id)).returning({ id: r.id });
  return rows.length > 0;
}

export async function insertProblemRow(
  values: { requestId: string; userId: string | null; kind: ProblemRow["kind"]; text: string | null },
  db: Db = defaultDb(),
): Promise<ProblemRow> {
  const [row] = await db.insert(p).values(values).returning();
  return row;
}

export async function findProblemRow(id: string): Promise<ProblemRow | null> {
  const [row] = await defaultDb().select().from(p).where(eq(p.id, id)).limit(1);
  return row ?? null;
}

export async function listProblemRows(filter: { open?: boolean; requestIds?: string[] }): Promise<ProblemRow[]> {
  const conditions = [
    filter.open ? isNull(p.resolvedAt) : undefined,
    filter.requestIds ? inArray(p.requestId, filter.requestIds) : undefined,
  ].filter((c) => c !== undefined);
  return defaultDb()
    .select()
    .from(p)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(p.createdAt));
}

export async function resolveProblemRow(id: string, resolution: string, db: Db = defaultDb()): Promise<boolean> {
  const rows = await db
    .update(p)
    .set({ resolvedAt: new Date(), resolution })
    .where(and(eq(p.id, id), isNull(p.resolvedAt)))
    .returning({ id: p.id });
  return rows.length > 0;
}
