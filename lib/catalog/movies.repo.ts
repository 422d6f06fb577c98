import { and, count, eq, inArray, isNull, lt, not, or, type SQL } from "drizzle-orm";
import { db, readDb, tables, type Db } from "@/lib/db";
import type { Movie, MovieListItem } from "./catalog.schemas";
import { writeFacets } from "./facets.repo";
import { catalogWhere, isoOrNull, orderBy, type CatalogFilter } from "./query-helpers";

const m = tables.movies;
export type MovieRow = typeof m.$inferSelect;
export type NewMovieRow = typeof m.$inferInsert;

export function toMovie(row: MovieRow): Movie {
  return {
    id: row.id,
    tmdbId: row.tmdbId,
    imdbId: row.imdbId,
    title: row.title,
    originalTitle: row.originalTitle,
    sortTitle: row.sortTitle,
    year: row.year,
    overview: row.overview,
    runtime: row.runtime,
    status: row.status,
    inCinemasAt: isoOrNull(row.inCinemasAt),
    digitalReleaseAt: isoOrNull(row.digitalReleaseAt),
    physicalReleaseAt: isoOrNull(row.physicalReleaseAt),
    genres: row.genres,
    certification: row.certification,
    rating: row.rating,
    votes: row.votes,
    posterPath: row.posterPath,
    backdropPath: row.backdropPath,
    collection:
      row.collectionTmdbId && row.collectionName ? { tmdbId: row.collectionTmdbId, name: row.collectionName } : null,
    originalLanguage: row.originalLanguage,
    monitored: row.monitored,
    minimumAvailability: row.minimumAvailability,
    libraryId: row.libraryId,
    qualityProfileId: row.qualityProfileId,
    tags: row.tags,
    searchRequestedAt: isoOrNull(row.searchRequestedAt),
    addedAt: row.addedAt.toISOString(),
    refreshedAt: isoOrNull(row.refreshedAt),
  };
}

export type MovieFilter = CatalogFilter<Movie["status"]>;

const where = (filter: MovieFilter): SQL | undefined => catalogWhere(m, filter);

const sortColumns = {
  title: m.sortTitle,
  year: m.year,
  added: m.addedAt,
  rating: m.rating,
  release: m.inCinemasAt,
} as const;

export async function listMovieRows(
  filter: MovieFilter,
  sort: keyof typeof sortColumns,
  dir: "asc" | "desc",
  page: number,
  pageSize: number,
): Promise<{ items: MovieListItem[]; total: number }> {
  const condition = where(filter);
  const [items, [{ total }]] = await Promise.all([
    readDb()
      .select({
        id: m.id,
        tmdbId: m.tmdbId,
        title: m.title,
        year: m.year,
        status: m.status,
        monitored: m.monitored,
        minimumAvailability: m.minimumAvailability,
        posterPath: m.posterPath,
        rating: m.rating,
        runtime: m.runtime,
        certification: m.certification,
        libraryId: m.libraryId,
        qualityProfileId: m.qualityProfileId,
        addedAt: m.addedAt,
        tags: m.tags,
      })
      .from(m)
      .where(condition)
      .orderBy(orderBy(sortColumns[sort], dir), orderBy(m.sortTitle, "asc"), orderBy(m.id, "asc"))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    readDb().select({ total: count() }).from(m).where(condition),
  ]);
  return { items: items.map((item) => ({ ...item, addedAt: item.addedAt.toISOString() })), total };
}

/** Ids of every movie the grid filter matches (bulk edits select "all that match"). */
export async function movieIdsWhere(filter: MovieFilter): Promise<string[]> {
  const rows = await db().select({ id: m.id }).from(m).where(where(filter)).orderBy(m.sortTitle, m.id);
  return rows.map((r) => r.id);
}

export async function findMovieRow(id: string, target: Db = db()): Promise<MovieRow | null> {
  const [row] = await target.select().from(m).where(eq(m.id, id)).limit(1);
  return row ?? null;
}

export async function findMovieByTmdbId(tmdbId: number): Promise<MovieRow | null> {
  const [row] = await db().select().from(m).where(eq(m.tmdbId, tmdbId)).limit(1);
  return row ?? null;
}

/** tmdbId → catalog id, for "already in library" badges. */
export async function movieIdsByTmdbIds(tmdbIds: number[]): Promise<Map<number, string>> {
  if (!tmdbIds.length) return new Map();
  const rows = await db().select({ id: m.id, tmdbId: m.tmdbId }).from(m).where(inArray(m.tmdbId, tmdbIds));
  return new Map(rows.map((r) => [r.tmdbId, r.id]));
}

export async function insertMovieRow(row: NewMovieRow, target: Db = db()): Promise<MovieRow> {
  const [inserted] = await target.insert(m).values(row).returning();
  await writeFacets("movie", inserted.id, { genres: inserted.genres, tags: inserted.tags }, target);
  return inserted;
}

export async function updateMovieRow(
  id: string,
  values: Partial<NewMovieRow>,
  target: Db = db(),
): Promise<MovieRow | null> {
  const [row] = await target.update(m).set(values).where(eq(m.id, id)).returning();
  if (row && (values.genres !== undefined || values.tags !== undefined))
    await writeFacets("movie", id, { genres: values.genres, tags: values.tags }, target);
  return row ?? null;
}

export async function deleteMovieRow(id: string, target: Db = db()): Promise<boolean> {
  const rows = await target.delete(m).where(eq(m.id, id)).returning({ id: m.id });
  return rows.length > 0;
}

/** Movies due a refresh: settled ones (released, canceled) less often than the rest. */
export async function movieIdsForRefresh(olderThan: { active: Date; settled: Date }): Promise<string[]> {
  const settled = inArray(m.status, ["released", "canceled"]);
  const rows = await db()
    .select({ id: m.id })
    .from(m)
    .where(
      or(
        isNull(m.refreshedAt),
        and(settled, lt(m.refreshedAt, olderThan.settled)),
        and(not(settled), lt(m.refreshedAt, olderThan.active)),
      ),
    )
    .orderBy(m.refreshedAt);
  return rows.map((r) => r.id);
}
