import { and, asc, eq, inArray } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";

const x = tables.importExclusions;
export type ExclusionRow = typeof x.$inferSelect;
export type ExclusionKind = ExclusionRow["kind"];

export async function listExclusionRows(): Promise<ExclusionRow[]> {
  return db().select().from(x).orderBy(asc(x.kind), asc(x.title), asc(x.tmdbId));
}

export async function findExclusion(
  kind: ExclusionKind,
  tmdbId: number,
  target: Db = db(),
): Promise<ExclusionRow | null> {
  const [row] = await target
    .select()
    .from(x)
    .where(and(eq(x.kind, kind), eq(x.tmdbId, tmdbId)))
    .limit(1);
  return row ?? null;
}

/** tmdbId → exclusion id of the ones on the list. */
export async function excludedTmdbIds(kind: ExclusionKind, tmdbIds: number[]): Promise<Map<number, string>> {
  if (tmdbIds.length === 0) return new Map();
  const rows = await db()
    .select({ id: x.id, tmdbId: x.tmdbId })
    .from(x)
    .where(and(eq(x.kind, kind), inArray(x.tmdbId, tmdbIds)));
  return new Map(rows.map((r) => [r.tmdbId, r.id]));
}

/** Adds the entry unless that title is already listed; returns the stored entry either way. */
export async function upsertExclusion(
  values: { kind: ExclusionKind; tmdbId: number; title: string; year: number | null },
  target: Db = db(),
): Promise<ExclusionRow> {
  await target.insert(x).values(values).onConflictDoNothing();
  return (await findExclusion(values.kind, values.tmdbId, target))!;
}

export async function deleteExclusionRow(id: string): Promise<ExclusionRow | null> {
  const [row] = await db().delete(x).where(eq(x.id, id)).returning();
  return row ?? null;
}
