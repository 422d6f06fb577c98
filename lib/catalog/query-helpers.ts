import { and, asc, desc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { getDbHandle } from "@/lib/db";

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

/** Rows of a hand-written query on either dialect (values as the driver returns them). */
export async function selectRows<Row>(query: SQL): Promise<Row[]> {
  const handle = getDbHandle();
  if (handle.dialect === "pg") return (await handle.db.execute(query)) as unknown as Row[];
  return (handle.db as unknown as BaseSQLiteDatabase<"sync", unknown>).all<Row>(query);
}

/** ORDER BY with NULLs last in both directions, on both dialects. */
export function orderBy(column: AnyColumn, dir: "asc" | "desc"): SQL {
  // A NOT NULL column needs no NULLS clause, and without one its index serves the order (a page
  // of the grid reads 60 index entries instead of sorting every title).
  if (column.notNull) return dir === "asc" ? asc(column) : desc(column);
  return dir === "asc" ? sql`${asc(column)} nulls last` : sql`${desc(column)} nulls last`;
}

export const isoOrNull = (date: Date | null): string | null => date?.toISOString() ?? null;
