import { tx, type Db } from "@/lib/db";
import type { MetadataProvider, SeasonMetadata, SeriesMetadata } from "@/lib/metadata";
import type { SeriesMonitor } from "./catalog.types";
import { dayToDate, seriesStatusOf, seriesTypeOf, sortTitleOf } from "./derive";
import { planSync, type SyncPlan } from "./episode-sync";
import { monitorPicks, seasonPicked } from "./monitoring";
import {
  episodeRows,
  insertEpisodeRows,
  insertSeasonRows,
  seasonRows,
  updateEpisodeRow,
  updateSeasonRow,
  type NewSeriesRow,
} from "./series.repo";

/** The series columns that come from metadata. */
export function seriesFieldsOf(meta: SeriesMetadata, now = new Date()) {
  return {
    tmdbId: meta.tmdbId,
    tvdbId: meta.tvdbId,
    imdbId: meta.imdbId,
    title: meta.title,
    originalTitle: meta.originalTitle,
    sortTitle: sortTitleOf(meta.title),
    year: meta.year,
    overview: meta.overview,
    status: seriesStatusOf(meta),
    network: meta.network,
    runtime: meta.runtime,
    genres: meta.genres,
    certification: meta.certification,
    rating: meta.rating,
    votes: meta.votes,
    popularity: meta.popularity,
    posterPath: meta.posterPath,
    backdropPath: meta.backdropPath,
    originalLanguage: meta.originalLanguage,
    firstAiredAt: dayToDate(meta.firstAirDate),
    refreshedAt: now,
    updatedAt: now,
  } satisfies Partial<NewSeriesRow>;
}

export { seriesTypeOf };

/** Series details plus every season TMDB can serve (four at a time). */
export async function fetchSeriesWithSeasons(
  provider: MetadataProvider,
  tmdbId: number,
  options: { fresh?: boolean; signal?: AbortSignal } = {},
): Promise<{ meta: SeriesMetadata; seasons: SeasonMetadata[] }> {
  const meta = await provider.series(tmdbId, { fresh: options.fresh });
  const numbers = meta.seasons.map((s) => s.seasonNumber);
  const seasons: SeasonMetadata[] = [];
  for (let i = 0; i < numbers.length; i += 4) {
    options.signal?.throwIfAborted();
    const batch = await Promise.all(
      numbers.slice(i, i + 4).map((n) => provider.season(tmdbId, n, { fresh: options.fresh })),
    );
    for (const season of batch) if (season) seasons.push(season);
  }
  return { meta, seasons };
}

export interface SyncCounts {
  added: number;
  updated: number;
  removed: number;
  airDatesChanged: number;
}

/** Writes a sync plan (inside the caller's transaction). */
export async function applySyncPlan(t: Db, seriesId: string, plan: SyncPlan, now = new Date()): Promise<SyncCounts> {
  await insertSeasonRows(
    plan.newSeasons.map((s) => ({ ...s, seriesId })),
    t,
  );
  for (const s of plan.changedSeasons) {
    const { id, ...values } = s;
    await updateSeasonRow(id, values, t);
  }
  for (const id of plan.removedSeasonIds) await updateSeasonRow(id, { removedAt: now }, t);
  await insertEpisodeRows(
    plan.newEpisodes.map((e) => ({ ...e, seriesId, addedAt: now, updatedAt: now })),
    t,
  );
  for (const e of plan.changedEpisodes)
    await updateEpisodeRow(e.id, { ...e.fields, removedAt: null, updatedAt: now }, t);
  for (const id of plan.removedEpisodeIds) await updateEpisodeRow(id, { removedAt: now, updatedAt: now }, t);
  return {
    added: plan.newEpisodes.length,
    updated: plan.changedEpisodes.length,
    removed: plan.removedEpisodeIds.length,
    airDatesChanged: plan.changedEpisodes.filter((e) => e.airDateChanged).length,
  };
}

/** Loads what is stored and syncs it with fresh metadata, in one transaction. */
export async function syncSeries(
  seriesId: string,
  meta: SeriesMetadata,
  seasons: SeasonMetadata[],
  options: { initial: boolean; monitor: SeriesMonitor; monitorNewSeasons: boolean; airTime: string | null },
  extra: (t: Db) => Promise<void> = async () => {},
): Promise<SyncCounts> {
  const now = new Date();
  return tx(async (t) => {
    await extra(t);
    const plan = planSync(meta, seasons, await seasonRows(seriesId, t), await episodeRows(seriesId, t), {
      ...options,
      ctx: { now },
    });
    return applySyncPlan(t, seriesId, plan, now);
  });
}

/**
 * Re-applies a monitor mode to every stored season and episode (the user changed the mode).
 * "missing" and "existing" need to know which episodes have a file: the library passes them in.
 */
export async function applyMonitorMode(
  t: Db,
  seriesId: string,
  mode: SeriesMonitor,
  now = new Date(),
  episodeIdsWithFiles: ReadonlySet<string> = new Set(),
): Promise<void> {
  const seasons = await seasonRows(seriesId, t);
  const episodes = await episodeRows(seriesId, t);
  const numbers = seasons.filter((s) => !s.removedAt).map((s) => s.seasonNumber);
  const ctx = { now, hasFile: (episode: { id?: string }) => !!episode.id && episodeIdsWithFiles.has(episode.id) };
  for (const season of seasons) {
    const inSeason = episodes.filter((e) => e.seasonNumber === season.seasonNumber);
    const monitored = seasonPicked(mode, season.seasonNumber, numbers, inSeason, ctx);
    if (monitored !== season.monitored) await updateSeasonRow(season.id, { monitored }, t);
  }
  for (const episode of episodes) {
    const monitored = monitorPicks(mode, episode, numbers, ctx);
    if (monitored !== episode.monitored) await updateEpisodeRow(episode.id, { monitored, updatedAt: now }, t);
  }
}
