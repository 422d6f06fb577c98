import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNull,
  lte,
  notInArray,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from "drizzle-orm";
import { readDb, tables } from "@/lib/db";
import type { MinimumAvailability, MovieStatus } from "./catalog.types";

/**
 * Read-only lookups for the automation context (Wanted lists, searches): monitored items as plain
 * rows, no actor, no metadata calls. Paged, filtered and sorted in SQL: the caller adds its
 * condition on each item (lib/library's files, as SQL correlated with the item's columns).
 */
export interface MonitoredMovie {
  id: string;
  title: string;
  year: number | null;
  status: MovieStatus;
  minimumAvailability: MinimumAvailability;
  inCinemasAt: Date | null;
  digitalReleaseAt: Date | null;
  physicalReleaseAt: Date | null;
  qualityProfileId: string;
  posterPath: string | null;
}

export interface MonitoredEpisode {
  id: string;
  seriesId: string;
  seriesTitle: string;
  seriesType: "standard" | "daily" | "anime";
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
  airDate: string | null;
  airDateUtc: Date | null;
  qualityProfileId: string;
}

/** The item's columns a caller's SQL may refer to. */
export interface WantedItemColumns {
  id: AnyColumn;
  qualityProfileId: AnyColumn;
}

export interface WantedListQuery {
  /** The caller's condition on each item (e.g. "has no file"). */
  where: (item: WantedItemColumns) => SQL;
  /** A value computed for the returned rows only (e.g. the best file's rank), as `extra`. */
  extra?: (item: WantedItemColumns) => SQL<number | null>;
  limit: number;
  /** Skip this many (a page). */
  offset?: number;
  /** Count every match too (a page's total). */
  withTotal?: boolean;
}

export interface WantedRows<T> {
  rows: (T & { extra: number | null })[];
  total: number | null;
}

const m = tables.movies;
const s = tables.series;
const e = tables.episodes;

/** Has the movie reached its minimum availability at `now` (the SQL twin of automation's movieAvailable)? */
function availableSql(now: number): SQL {
  const at = new Date(now);
  const released = or(eq(m.status, "released"), lte(m.digitalReleaseAt, at), lte(m.physicalReleaseAt, at))!;
  const inCinemas = or(released, eq(m.status, "inCinemas"), lte(m.inCinemasAt, at))!;
  return or(
    eq(m.minimumAvailability, "announced"),
    and(eq(m.minimumAvailability, "inCinemas"), inCinemas),
    and(notInArray(m.minimumAvailability, ["announced", "inCinemas"]), released),
  )!;
}

const numberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The page's rows with the caller's `extra` (computed for these rows only) and the total (one pass: a window count). */
async function finish<T extends { id: string; total: unknown }>(
  page: T[],
  q: WantedListQuery,
  countAll: () => Promise<number>,
  extras: (ids: string[]) => Promise<{ id: string; extra: unknown }[]>,
): Promise<WantedRows<Omit<T, "total">>> {
  const byId = new Map(
    q.extra && page.length > 0 ? (await extras(page.map((r) => r.id))).map((r) => [r.id, numberOrNull(r.extra)]) : [],
  );
  const total = !q.withTotal
    ? null
    : page.length > 0
      ? Number(page[0].total)
      : (q.offset ?? 0) > 0 || q.limit === 0
        ? await countAll()
        : 0;
  return { rows: page.map(({ total: _total, ...r }) => ({ ...r, extra: byId.get(r.id) ?? null })), total };
}

const windowTotal = (wanted: boolean | undefined) => (wanted ? sql<number>`count(*) over ()` : sql<null>`NULL`);

/** Monitored movies meeting the caller's condition, by sort title (or by id with afterId); `availableAt` keeps available ones. */
export async function wantedMovies(
  q: WantedListQuery & { availableAt?: number; /** Only these (a batch of a job). */ ids?: string[] },
): Promise<WantedRows<MonitoredMovie>> {
  const item = { id: m.id, qualityProfileId: m.qualityProfileId };
  const conditions = [eq(m.monitored, true), q.where(item)];
  if (q.ids) conditions.push(inArray(m.id, q.ids));
  if (q.availableAt !== undefined) conditions.push(availableSql(q.availableAt));
  const where = and(...conditions);
  const page = await readDb()
    .select({
      id: m.id,
      title: m.title,
      year: m.year,
      status: m.status,
      minimumAvailability: m.minimumAvailability,
      inCinemasAt: m.inCinemasAt,
      digitalReleaseAt: m.digitalReleaseAt,
      physicalReleaseAt: m.physicalReleaseAt,
      qualityProfileId: m.qualityProfileId,
      posterPath: m.posterPath,
      total: windowTotal(q.withTotal),
    })
    .from(m)
    .where(where)
    .orderBy(asc(m.sortTitle), asc(m.id))
    .limit(q.limit)
    .offset(q.offset ?? 0);
  return finish(
    page,
    q,
    async () => (await readDb().select({ n: count() }).from(m).where(where))[0].n,
    (ids) =>
      readDb()
        .select({ id: m.id, extra: q.extra!(item) })
        .from(m)
        .where(inArray(m.id, ids)),
  );
}

/**
 * The next `limit` movie or series ids after `afterId`, by id (a read of the primary key only):
 * how a job walks the catalog in batches whose cost does not grow with the catalog.
 */
export async function titleIdsAfter(kind: "movie" | "series", afterId: string, limit: number): Promise<string[]> {
  const t = kind === "movie" ? m : s;
  const rows = await readDb().select({ id: t.id }).from(t).where(gt(t.id, afterId)).orderBy(asc(t.id)).limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Monitored episodes (still listed by TMDB) of monitored series meeting the caller's condition:
 * `airedBefore` keeps those aired by then, newest first; otherwise by series and number. With
 * `seriesIds`, a job's batch: those series' episodes, by series id, season and number.
 */
export async function wantedEpisodes(
  q: WantedListQuery & { airedBefore?: number; seriesIds?: string[] },
): Promise<WantedRows<MonitoredEpisode>> {
  const item = { id: e.id, qualityProfileId: s.qualityProfileId };
  const conditions = [eq(s.monitored, true), eq(e.monitored, true), isNull(e.removedAt), q.where(item)];
  if (q.seriesIds) conditions.push(inArray(e.seriesId, q.seriesIds), inArray(s.id, q.seriesIds));
  if (q.airedBefore !== undefined) conditions.push(lte(e.airDateUtc, new Date(q.airedBefore)));
  const where = and(...conditions);
  const bySeries = [asc(s.sortTitle), asc(e.seriesId), asc(e.seasonNumber), asc(e.episodeNumber)];
  const walk = [asc(e.seriesId), asc(e.seasonNumber), asc(e.episodeNumber)];
  const order = q.seriesIds ? walk : q.airedBefore !== undefined ? [desc(e.airDateUtc), ...bySeries] : bySeries;
  const page = await readDb()
    .select({
      id: e.id,
      seriesId: e.seriesId,
      seriesTitle: s.title,
      seriesType: s.seriesType,
      seasonNumber: e.seasonNumber,
      episodeNumber: e.episodeNumber,
      title: e.title,
      airDate: e.airDate,
      airDateUtc: e.airDateUtc,
      qualityProfileId: s.qualityProfileId,
      total: windowTotal(q.withTotal),
    })
    .from(e)
    .innerJoin(s, eq(s.id, e.seriesId))
    .where(where)
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset ?? 0);
  return finish(
    page,
    q,
    async () => (await readDb().select({ n: count() }).from(e).innerJoin(s, eq(s.id, e.seriesId)).where(where))[0].n,
    (ids) =>
      readDb()
        .select({ id: e.id, extra: q.extra!(item) })
        .from(e)
        .innerJoin(s, eq(s.id, e.seriesId))
        .where(inArray(e.id, ids)),
  );
}
