import { not, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/accounts";
import {
  titleIdsAfter,
  wantedEpisodes,
  wantedMovies,
  type MonitoredEpisode,
  type MonitoredMovie,
  type WantedListQuery,
  type WantedRows,
} from "@/lib/catalog";
import { parseInput } from "@/lib/errors";
import { bestHeldMatchesSql, bestHeldSql, heldSql, type HeldItem } from "@/lib/library";
import { qualityProfilesForWanted } from "@/lib/quality";
import { qualityById } from "./qualities";
import { belowCutoffSql, decodeKey, fileKeySql, perProfileSql, type WantedProfile } from "./wanted-sql";
import { wantedQuery, type WantedItem, type WantedPage, type WantedQuery } from "./wanted.schemas";

type WantedKind = "all" | "movie" | "episode";

/** Has the movie reached its minimum availability (the rule automatic searches obey)? */
export function movieAvailable(
  movie: Pick<
    MonitoredMovie,
    "status" | "minimumAvailability" | "inCinemasAt" | "digitalReleaseAt" | "physicalReleaseAt"
  >,
  now: number,
): boolean {
  const reached = (at: Date | null) => at !== null && at.getTime() <= now;
  const released = movie.status === "released" || reached(movie.digitalReleaseAt) || reached(movie.physicalReleaseAt);
  const inCinemas = released || movie.status === "inCinemas" || reached(movie.inCinemasAt);
  return movie.minimumAvailability === "announced"
    ? true
    : movie.minimumAvailability === "inCinemas"
      ? inCinemas
      : released;
}

const empty = { quality: null, formatScore: null, cutoff: null, cutoffFormatScore: null };

const movieItem = (m: MonitoredMovie): WantedItem => ({
  kind: "movie",
  id: m.id,
  title: m.title,
  year: m.year,
  seriesId: null,
  seriesTitle: null,
  seasonNumber: null,
  episodeNumber: null,
  airDate: null,
  href: `/movies/${m.id}`,
  ...empty,
});

const episodeItem = (e: MonitoredEpisode): WantedItem => ({
  kind: "episode",
  id: e.id,
  title: e.title,
  year: null,
  seriesId: e.seriesId,
  seriesTitle: e.seriesTitle,
  seasonNumber: e.seasonNumber,
  episodeNumber: e.episodeNumber,
  airDate: e.airDate,
  href: `/tv/${e.seriesId}`,
  ...empty,
});

/** One Wanted list as SQL: the condition on movies and on episodes, what to compute for listed rows, how to show them. */
interface WantedList {
  movies: Pick<WantedListQuery, "where" | "extra"> & { availableAt?: number };
  episodes: Pick<WantedListQuery, "where" | "extra"> & { airedBefore?: number };
  toItem: (
    row: (MonitoredMovie | MonitoredEpisode) & { extra: number | null },
    kind: "movie" | "episode",
  ) => WantedItem;
}

const asMovie = (id: AnyColumn): HeldItem => ({ movieId: id });
const asEpisode = (id: AnyColumn): HeldItem => ({ episodeId: id });

function missingList(now: number): WantedList {
  return {
    movies: { where: (i) => not(heldSql(asMovie(i.id))), availableAt: now },
    episodes: { where: (i) => not(heldSql(asEpisode(i.id))), airedBefore: now },
    toItem: (row, kind) => (kind === "movie" ? movieItem(row as MonitoredMovie) : episodeItem(row as MonitoredEpisode)),
  };
}

async function cutoffList(): Promise<WantedList> {
  const profiles: WantedProfile[] = await qualityProfilesForWanted();
  const byId = new Map(profiles.map((p) => [p.storedId, p.profile]));
  const side = (held: (id: AnyColumn) => HeldItem): Pick<WantedListQuery, "where" | "extra"> => ({
    where: (i) =>
      perProfileSql(
        profiles,
        i.qualityProfileId,
        (profile) =>
          profile.upgradeAllowed
            ? bestHeldMatchesSql(
                held(i.id),
                (file) => fileKeySql(profile, file),
                (best) => belowCutoffSql(profile, best),
              )
            : null,
        sql`1 = 0`,
      ),
    extra: (i) =>
      perProfileSql(
        profiles,
        i.qualityProfileId,
        (profile) => bestHeldSql(held(i.id), (file) => fileKeySql(profile, file)),
        sql`NULL`,
      ) as SQL<number | null>,
  });
  return {
    movies: side(asMovie),
    episodes: side(asEpisode),
    toItem: (row, kind) => {
      const base = kind === "movie" ? movieItem(row as MonitoredMovie) : episodeItem(row as MonitoredEpisode);
      const profile = byId.get(row.qualityProfileId);
      if (!profile || row.extra === null) return base;
      const best = decodeKey(row.extra);
      return {
        ...base,
        quality: qualityById(best.qualityId),
        formatScore: best.formatScore,
        cutoff: profile.items.find((i) => i.id === profile.cutoff)?.name ?? null,
        cutoffFormatScore: profile.cutoffFormatScore,
      };
    },
  };
}

/** A page of the list: movies first, then episodes, each paged and counted in SQL. */
async function pageOf(list: WantedList, q: { page: number; pageSize: number; kind: WantedKind }): Promise<WantedPage> {
  const offset = (q.page - 1) * q.pageSize;
  const items: WantedItem[] = [];
  let total = 0;
  let skip = offset;
  let room = q.pageSize;
  if (q.kind !== "episode") {
    const movies: WantedRows<MonitoredMovie> = await wantedMovies({
      ...list.movies,
      limit: room,
      offset: skip,
      withTotal: true,
    });
    items.push(...movies.rows.map((r) => list.toItem(r, "movie")));
    total += movies.total ?? 0;
    skip = Math.max(0, skip - (movies.total ?? 0));
    room -= movies.rows.length;
  }
  if (q.kind !== "movie") {
    const episodes = await wantedEpisodes({ ...list.episodes, limit: room, offset: skip, withTotal: true });
    items.push(...episodes.rows.map((r) => list.toItem(r, "episode")));
    total += episodes.total ?? 0;
  }
  return { items, page: q.page, pageSize: q.pageSize, total };
}

/**
 * Monitored movies that reached their minimum availability and monitored episodes (of monitored
 * series) that have aired, with no video on disk. Movies by title, then episodes newest first.
 */
export async function wantedMissing(actor: Actor, query: WantedQuery = {}, now = Date.now()): Promise<WantedPage> {
  assertCan(actor, "read");
  const q = parseInput(wantedQuery, query);
  return pageOf(missingList(now), q);
}

/**
 * Monitored items with a file whose quality is below their profile's cutoff, or whose
 * custom-format score is below the cutoff score, when the profile allows upgrades. Each item
 * says what it has and what the profile wants.
 */
export async function wantedCutoffUnmet(actor: Actor, query: WantedQuery = {}): Promise<WantedPage> {
  assertCan(actor, "read");
  const q = parseInput(wantedQuery, query);
  return pageOf(await cutoffList(), q);
}

const MOVIES_PER_BATCH = 1000;
const SERIES_PER_BATCH = 50;

/**
 * The whole list in batches (1,000 movies, or the episodes of 50 series, at a time; movies by
 * id, then episodes by series, season and number): what the scheduled searches walk, with memory
 * and the cost of each batch flat in the library's size.
 */
export async function* wantedBatches(list: "missing" | "cutoff", now = Date.now()): AsyncGenerator<WantedItem[]> {
  const spec = list === "missing" ? missingList(now) : await cutoffList();
  for (let after = ""; ;) {
    const ids = await titleIdsAfter("movie", after, MOVIES_PER_BATCH);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    const { rows } = await wantedMovies({ ...spec.movies, ids, limit: ids.length });
    if (rows.length > 0) yield rows.map((r) => spec.toItem(r, "movie"));
  }
  for (let after = ""; ;) {
    const seriesIds = await titleIdsAfter("series", after, SERIES_PER_BATCH);
    if (seriesIds.length === 0) break;
    after = seriesIds[seriesIds.length - 1];
    const { rows } = await wantedEpisodes({ ...spec.episodes, seriesIds, limit: 1_000_000 });
    if (rows.length > 0) yield rows.map((r) => spec.toItem(r, "episode"));
  }
}
