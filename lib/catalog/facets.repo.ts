import { and, eq, sql } from "drizzle-orm";
import { db, getDbHandle, tables, type Db } from "@/lib/db";
import { selectRows } from "./query-helpers";

/** Genres and tags of movies and series, one row per title and value, kept with the title's JSON columns. */
export type FacetKind = "movie" | "series";
export type Facet = "genre" | "tag";

const mf = tables.movieFacets;
const sf = tables.seriesFacets;

/** Replaces a title's genres and/or tags (those given) by these values. */
export async function writeFacets(
  kind: FacetKind,
  titleId: string,
  values: { genres?: string[] | null; tags?: string[] | null },
  target: Db = db(),
): Promise<void> {
  for (const [facet, list] of [
    ["genre", values.genres],
    ["tag", values.tags],
  ] as const) {
    if (list === undefined) continue;
    const unique = [...new Set(list ?? [])];
    if (kind === "movie") {
      await target.delete(mf).where(and(eq(mf.movieId, titleId), eq(mf.facet, facet)));
      if (unique.length)
        await target
          .insert(mf)
          .values(unique.map((value) => ({ movieId: titleId, facet, value })))
          .onConflictDoNothing();
    } else {
      await target.delete(sf).where(and(eq(sf.seriesId, titleId), eq(sf.facet, facet)));
      if (unique.length)
        await target
          .insert(sf)
          .values(unique.map((value) => ({ seriesId: titleId, facet, value })))
          .onConflictDoNothing();
    }
  }
}

/**
 * The distinct values of a facet, sorted: a skip scan of the (facet, value) index written as a
 * recursive query, one index probe per distinct value however many titles there are.
 */
export async function distinctFacetValues(kind: FacetKind, facet: Facet): Promise<string[]> {
  const table = sql.raw(kind === "movie" ? "movie_facets" : "series_facets");
  const rows = await selectRows<{ value: string }>(sql`
    with recursive v(value) as (
      select min(value) from ${table} where facet = ${facet}
      union all
      select (select min(value) from ${table} where facet = ${facet} and value > v.value) from v where v.value is not null
    )
    select value from v where value is not null`);
  return rows.map((r) => r.value);
}

/** Fills the facet tables from the titles' JSON columns (benchmarks that write titles straight to the tables). */
export async function rebuildFacets(): Promise<void> {
  const handle = getDbHandle();
  const fill = (facetTable: string, idColumn: string, titles: string, facet: Facet, column: string) =>
    handle.dialect === "pg"
      ? `insert into ${facetTable} (${idColumn}, facet, value) select distinct t.id, '${facet}', v from ${titles} t, jsonb_array_elements_text(t.${column}) v on conflict do nothing`
      : `insert or ignore into ${facetTable} (${idColumn}, facet, value) select t.id, '${facet}', j.value from ${titles} t, json_each(t.${column}) j where j.type = 'text'`;
  const statements = [
    "delete from movie_facets",
    "delete from series_facets",
    fill("movie_facets", "movie_id", "movies", "genre", "genres"),
    fill("movie_facets", "movie_id", "movies", "tag", "tags"),
    fill("series_facets", "series_id", "series", "genre", "genres"),
    fill("series_facets", "series_id", "series", "tag", "tags"),
  ];
  if (handle.dialect === "sqlite") {
    const sqlite = handle.sqlite;
    // One synchronous transaction: nothing else of this process can run in between.
    sqlite.transaction(() => statements.forEach((statement) => sqlite.exec(statement)))();
  } else {
    await handle.sql.begin(async (t) => {
      for (const statement of statements) await t.unsafe(statement);
    });
  }
}
