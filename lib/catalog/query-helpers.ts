import { and, asc, desc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { getDbHandle, sqliteGate } from "@/lib/db";

/** Case-insensitive "contains" on both dialects (SQLite has no ILIKE). */
export function containsText(column: AnyColumn, needle: string): SQL {
  const escaped = needle.normalize("NFC").replace(/[\\%_]/g, (c) => `\\${c}`);
  // Both sides lowered by the database (Unicode-aware on SQLite too, see lib/db/client.ts).
  return sql`lower(${column}) like lower(${`%${escaped}%`}) escape '\\'`;
}

/** A JSON array column (genres, tags) holds the value. */
export function jsonArrayHas(column: AnyColumn, value: string): SQL {
  return getDbHandle().dialect === "pg"
    ? sql`${column} @> ${JSON.stringify([value])}::jsonb`
    : sql`exists (select 1 from json_each(${column}) where json_each.value = ${value})`;
}

/** The filters of the Movies and TV grids. */
export interface CatalogFilter<Status extends string> {
  q?: string;
  monitored?: boolean;
  status?: Status;
  genre?: string;
  tag?: string;
  libraryId?: string;
}

/** WHERE of a grid filter over the columns movies and series share. */
export function catalogWhere<Status extends string>(
  columns: {
    title: AnyColumn;
    monitored: AnyColumn;
    status: AnyColumn;
    genres: AnyColumn;
    tags: AnyColumn;
    libraryId: AnyColumn;
  },
  filter: CatalogFilter<Status>,
): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.q) parts.push(containsText(columns.title, filter.q));
  if (filter.monitored !== undefined) parts.push(eq(columns.monitored, filter.monitored));
  if (filter.status) parts.push(eq(columns.status, filter.status));
  if (filter.genre) parts.push(jsonArrayHas(columns.genres, filter.genre));
  if (filter.tag) parts.push(jsonArrayHas(columns.tags, filter.tag));
  if (filter.libraryId) parts.push(eq(columns.libraryId, filter.libraryId));
  return parts.length ? and(...parts) : undefined;
}

/** The distinct values of a JSON array column across a table, sorted. */
export async function distinctJsonValues(table: string, column: string): Promise<string[]> {
  const handle = getDbHandle();
  if (handle.dialect === "pg") {
    const rows = await handle.sql.unsafe<{ value: string }[]>(
      `select distinct jsonb_array_elements_text(${column}) as value from ${table} order by 1`,
    );
    return rows.map((r) => r.value);
  }
  const query = handle.sqlite.prepare(
    `select distinct j.value as value from ${table}, json_each(${table}.${column}) j order by 1`,
  );
  const rows = (await sqliteGate(handle.sqlite).statement(() => query.all())) as { value: string }[];
  return rows.map((r) => r.value);
}

/** ORDER BY with NULLs last in both directions, on both dialects. */
export function orderBy(column: AnyColumn, dir: "asc" | "desc"): SQL {
  return dir === "asc" ? sql`${asc(column)} nulls last` : sql`${desc(column)} nulls last`;
}

export const isoOrNull = (date: Date | null): string | null => date?.toISOString() ?? null;
