import { and, asc, count, countDistinct, eq, gt, inArray, isNull, lt, not, or, type SQL } from "drizzle-orm";
import { db, readDb, tables, type Db } from "@/lib/db";
import type { Episode, Season, Series, SeriesListItem } from "./catalog.schemas";
import { writeFacets } from "./facets.repo";
import { catalogWhere, isoOrNull, orderBy, type CatalogFilter } from "./query-helpers";

const s = tables.series;
const se = tables.seasons;
const ep = tables.episodes;
export type SeriesRow = typeof s.$inferSelect;
export type NewSeriesRow = typeof s.$inferInsert;
export type SeasonRow = typeof se.$inferSelect;
export type NewSeasonRow = typeof se.$inferInsert;
export type EpisodeRow = typeof ep.$inferSelect;
export type NewEpisodeRow = typeof ep.$inferInsert;

export function toSeries(row: SeriesRow): Series {
  return {
    id: row.id,
    tmdbId: row.tmdbId,
    tvdbId: row.tvdbId,
    imdbId: row.imdbId,
    title: row.title,
    originalTitle: row.originalTitle,
    sortTitle: row.sortTitle,
    year: row.year,
    overview: row.overview,
    status: row.status,
    network: row.network,
    airTime: row.airTime,
    seriesType: row.seriesType,
    runtime: row.runtime,
    genres: row.genres,
    certification: row.certification,
    rating: row.rating,
    votes: row.votes,
    posterPath: row.posterPath,
    backdropPath: row.backdropPath,
    originalLanguage: row.originalLanguage,
    firstAiredAt: isoOrNull(row.firstAiredAt),
    monitored: row.monitored,
    monitor: row.monitor,
    monitorNewSeasons: row.monitorNewSeasons,
    libraryId: row.libraryId,
    qualityProfileId: row.qualityProfileId,
    tags: row.tags,
    searchRequestedAt: isoOrNull(row.searchRequestedAt),
    addedAt: row.addedAt.toISOString(),
    refreshedAt: isoOrNull(row.refreshedAt),
  };
}

export const toSeason = (row: SeasonRow): Season => ({ ...row, removedAt: isoOrNull(row.removedAt) });

export const toEpisode = (row: EpisodeRow): Episode => ({
  id: row.id,
  seriesId: row.seriesId,
  tmdbId: row.tmdbId,
  seasonNumber: row.seasonNumber,
  episodeNumber: row.episodeNumber,
  absoluteNumber: row.absoluteNumber,
  title: row.title,
  overview: row.overview,
  airDate: row.airDate,
  airDateUtc: isoOrNull(row.airDateUtc),
  runtime: row.runtime,
  stillPath: row.stillPath,
  monitored: row.monitored,
  removedAt: isoOrNull(row.removedAt),
});

export type SeriesFilter = CatalogFilter<Series["status"]>;

const where = (filter: SeriesFilter): SQL | undefined => catalogWhere(s, filter);

const sortColumns = { title: s.sortTitle, year: s.year, added: s.addedAt, rating: s.rating } as const;

export async function listSeriesRows(
  filter: SeriesFilter,
  sort: keyof typeof sortColumns,
  dir: "asc" | "desc",
  page: number,
  pageSize: number,
): Promise<{ items: SeriesListItem[]; total: number }> {
  const condition = where(filter);
  const [rows, [{ total }]] = await Promise.all([
    readDb()
      .select({
        id: s.id,
        tmdbId: s.tmdbId,
        title: s.title,
        year: s.year,
        status: s.status,
        monitored: s.monitored,
        posterPath: s.posterPath,
        network: s.network,
        rating: s.rating,
        libraryId: s.libraryId,
        qualityProfileId: s.qualityProfileId,
        addedAt: s.addedAt,
        tags: s.tags,
      })
      .from(s)
      .where(condition)
      .orderBy(orderBy(sortColumns[sort], dir), orderBy(s.sortTitle, "asc"), orderBy(s.id, "asc"))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    readDb().select({ total: count() }).from(s).where(condition),
  ]);
  const counts = rows.length
    ? await readDb()
        .select({ seriesId: ep.seriesId, episodes: count(), seasons: countDistinct(ep.seasonNumber) })
        .from(ep)
        .where(
          and(
            inArray(
              ep.seriesId,
              rows.map((r) => r.id),
            ),
            isNull(ep.removedAt),
            gt(ep.seasonNumber, 0),
          ),
        )
        .groupBy(ep.seriesId)
    : [];
  const bySeries = new Map(counts.map((c) => [c.seriesId, c]));
  return {
    items: rows.map((r) => ({
      ...r,
      addedAt: r.addedAt.toISOString(),
      episodeCount: bySeries.get(r.id)?.episodes ?? 0,
      seasonCount: bySeries.get(r.id)?.seasons ?? 0,
    })),
    total,
  };
}

/** Ids of every series the grid filter matches (bulk edits select "all that match"). */
export async function seriesIdsWhere(filter: SeriesFilter): Promise<string[]> {
  const rows = await db().select({ id: s.id }).from(s).where(where(filter)).orderBy(s.sortTitle, s.id);
  return rows.map((r) => r.id);
}

export async function findSeriesRow(id: string, target: Db = db()): Promise<SeriesRow | null> {
  const [row] = await target.select().from(s).where(eq(s.id, id)).limit(1);
  return row ?? null;
}

export async function findSeriesByTmdbId(tmdbId: number): Promise<SeriesRow | null> {
  const [row] = await db().select().from(s).where(eq(s.tmdbId, tmdbId)).limit(1);
  return row ?? null;
}

export async function seriesIdsByTmdbIds(tmdbIds: number[]): Promise<Map<number, string>> {
  if (!tmdbIds.length) return new Map();
  const rows = await db().select({ id: s.id, tmdbId: s.tmdbId }).from(s).where(inArray(s.tmdbId, tmdbIds));
  return new Map(rows.map((r) => [r.tmdbId, r.id]));
}

export async function seasonRows(seriesId: string, target: Db = db()): Promise<SeasonRow[]> {
  return target.select().from(se).where(eq(se.seriesId, seriesId)).orderBy(asc(se.seasonNumber));
}

export async function episodeRows(seriesId: string, target: Db = db()): Promise<EpisodeRow[]> {
  return target.select().from(ep).where(eq(ep.seriesId, seriesId)).orderBy(asc(ep.seasonNumber), asc(ep.episodeNumber));
}

export async function findEpisodeRow(id: string): Promise<EpisodeRow | null> {
  const [row] = await db().select().from(ep).where(eq(ep.id, id)).limit(1);
  return row ?? null;
}

export async function insertSeriesRow(row: NewSeriesRow, target: Db): Promise<SeriesRow> {
  const [inserted] = await target.insert(s).values(row).returning();
  await writeFacets("series", inserted.id, { genres: inserted.genres, tags: inserted.tags }, target);
  return inserted;
}

export async function updateSeriesRow(
  id: string,
  values: Partial<NewSeriesRow>,
  target: Db = db(),
): Promise<SeriesRow | null> {
  const [row] = await target.update(s).set(values).where(eq(s.id, id)).returning();
  if (row && (values.genres !== undefined || values.tags !== undefined))
    await writeFacets("series", id, { genres: values.genres, tags: values.tags }, target);
  return row ?? null;
}

export async function deleteSeriesRow(id: string, target: Db = db()): Promise<boolean> {
  const rows = await target.delete(s).where(eq(s.id, id)).returning({ id: s.id });
  return rows.length > 0;
}

export async function insertSeasonRows(rows: NewSeasonRow[], target: Db): Promise<void> {
  if (rows.length) await target.insert(se).values(rows);
}

export async function updateSeasonRow(id: string, values: Partial<NewSeasonRow>, target: Db = db()): Promise<void> {
  await target.update(se).set(values).where(eq(se.id, id));
}

/** Inserted in chunks: SQLite limits bound parameters per statement. */
export async function insertEpisodeRows(rows: NewEpisodeRow[], target: Db): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await target.insert(ep).values(rows.slice(i, i + 200));
}

export async function updateEpisodeRow(
  id: string,
  values: Partial<NewEpisodeRow>,
  target: Db = db(),
): Promise<EpisodeRow | null> {
  const [row] = await target.update(ep).set(values).where(eq(ep.id, id)).returning();
  return row ?? null;
}

export async function setEpisodesMonitored(
  seriesId: string,
  ids: string[],
  monitored: boolean,
  target: Db = db(),
): Promise<number> {
  if (!ids.length) return 0;
  const rows = await target
    .update(ep)
    .set({ monitored, updatedAt: new Date() })
    .where(and(eq(ep.seriesId, seriesId), inArray(ep.id, ids)))
    .returning({ id: ep.id });
  return rows.length;
}

export async function setSeasonEpisodesMonitored(
  seriesId: string,
  seasonNumber: number,
  monitored: boolean,
  target: Db = db(),
): Promise<void> {
  await target
    .update(ep)
    .set({ monitored, updatedAt: new Date() })
    .where(and(eq(ep.seriesId, seriesId), eq(ep.seasonNumber, seasonNumber)));
}

export async function seriesIdsForRefresh(olderThan: { active: Date; settled: Date }): Promise<string[]> {
  const settled = inArray(s.status, ["ended", "canceled"]);
  const rows = await db()
    .select({ id: s.id })
    .from(s)
    .where(
      or(
        isNull(s.refreshedAt),
        and(settled, lt(s.refreshedAt, olderThan.settled)),
        and(not(settled), lt(s.refreshedAt, olderThan.active)),
      ),
    )
    .orderBy(s.refreshedAt);
  return rows.map((r) => r.id);
}
