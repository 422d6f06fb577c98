import type { SeasonMetadata, SeriesMetadata } from "@/lib/metadata";
import type { SeriesMonitor } from "./catalog.types";
import { dayToDate } from "./derive";
import { monitorPicks, seasonPicked, type MonitorContext } from "./monitoring";

/** What the database holds for a series, as far as syncing is concerned. */
export interface ExistingSeason {
  id: string;
  seasonNumber: number;
  monitored: boolean;
  removedAt: Date | null;
}
export interface ExistingEpisode {
  id: string;
  seasonNumber: number;
  episodeNumber: number;
  monitored: boolean;
  tmdbId: number | null;
  title: string | null;
  overview: string | null;
  airDate: string | null;
  airDateUtc: Date | null;
  runtime: number | null;
  stillPath: string | null;
  absoluteNumber: number | null;
  removedAt: Date | null;
}

export interface EpisodeFields {
  tmdbId: number;
  title: string | null;
  overview: string | null;
  airDate: string | null;
  airDateUtc: Date | null;
  runtime: number | null;
  stillPath: string | null;
  absoluteNumber: number | null;
}

export interface SyncPlan {
  newSeasons: {
    seasonNumber: number;
    title: string | null;
    overview: string | null;
    posterPath: string | null;
    airDate: string | null;
    monitored: boolean;
  }[];
  changedSeasons: {
    id: string;
    title: string | null;
    overview: string | null;
    posterPath: string | null;
    airDate: string | null;
    removedAt: null;
  }[];
  removedSeasonIds: string[];
  newEpisodes: (EpisodeFields & { seasonNumber: number; episodeNumber: number; monitored: boolean })[];
  changedEpisodes: { id: string; fields: EpisodeFields; airDateChanged: boolean }[];
  removedEpisodeIds: string[];
}

export interface SyncOptions {
  /** First sync (on add): the series' monitor mode decides; later, new seasons follow monitorNewSeasons. */
  initial: boolean;
  monitor: SeriesMonitor;
  monitorNewSeasons: boolean;
  airTime: string | null;
  ctx: MonitorContext;
}

const key = (season: number, episode: number) => `${season}x${episode}`;

/**
 * Compares what TMDB says now with what is stored: new seasons and episodes are added, changed
 * ones updated, and ones TMDB no longer lists are flagged (removedAt), never deleted. Seasons
 * TMDB could not serve (`fetched` lacks them) keep their episodes untouched.
 */
export function planSync(
  meta: SeriesMetadata,
  fetched: SeasonMetadata[],
  existingSeasons: ExistingSeason[],
  existingEpisodes: ExistingEpisode[],
  options: SyncOptions,
): SyncPlan {
  const seasonNumbers = meta.seasons.map((s) => s.seasonNumber);
  const storedSeasons = new Map(existingSeasons.map((s) => [s.seasonNumber, s]));
  const storedEpisodes = new Map(existingEpisodes.map((e) => [key(e.seasonNumber, e.episodeNumber), e]));
  const fetchedBySeason = new Map(fetched.map((s) => [s.seasonNumber, s]));

  // Absolute numbers count regular episodes in order (anime is searched by them).
  const absolute = new Map<string, number>();
  let n = 0;
  for (const season of [...fetched].sort((a, b) => a.seasonNumber - b.seasonNumber)) {
    if (season.seasonNumber === 0) continue;
    for (const e of [...season.episodes].sort((a, b) => a.episodeNumber - b.episodeNumber))
      absolute.set(key(e.seasonNumber, e.episodeNumber), ++n);
  }

  const plan: SyncPlan = {
    newSeasons: [],
    changedSeasons: [],
    removedSeasonIds: [],
    newEpisodes: [],
    changedEpisodes: [],
    removedEpisodeIds: [],
  };
  const seasonMonitored = new Map<number, boolean>();

  for (const summary of meta.seasons) {
    const stored = storedSeasons.get(summary.seasonNumber);
    const episodes = fetchedBySeason.get(summary.seasonNumber)?.episodes ?? [];
    if (stored) {
      seasonMonitored.set(summary.seasonNumber, stored.monitored);
      plan.changedSeasons.push({
        id: stored.id,
        title: summary.title,
        overview: summary.overview,
        posterPath: summary.posterPath,
        airDate: summary.airDate,
        removedAt: null,
      });
    } else {
      const monitored = options.initial
        ? seasonPicked(options.monitor, summary.seasonNumber, seasonNumbers, episodes, options.ctx)
        : options.monitorNewSeasons && summary.seasonNumber > 0;
      seasonMonitored.set(summary.seasonNumber, monitored);
      plan.newSeasons.push({
        seasonNumber: summary.seasonNumber,
        title: summary.title,
        overview: summary.overview,
        posterPath: summary.posterPath,
        airDate: summary.airDate,
        monitored,
      });
    }
  }
  const listed = new Set(seasonNumbers);
  for (const stored of existingSeasons)
    if (!listed.has(stored.seasonNumber) && !stored.removedAt) plan.removedSeasonIds.push(stored.id);

  for (const season of fetched) {
    const seen = new Set<string>();
    for (const e of season.episodes) {
      const k = key(e.seasonNumber, e.episodeNumber);
      seen.add(k);
      const fields: EpisodeFields = {
        tmdbId: e.tmdbId,
        title: e.title,
        overview: e.overview,
        airDate: e.airDate,
        airDateUtc: dayToDate(e.airDate, options.airTime),
        runtime: e.runtime,
        stillPath: e.stillPath,
        absoluteNumber: absolute.get(k) ?? null,
      };
      const stored = storedEpisodes.get(k);
      if (!stored) {
        const monitored = options.initial
          ? monitorPicks(options.monitor, e, seasonNumbers, options.ctx)
          : (seasonMonitored.get(e.seasonNumber) ?? false);
        plan.newEpisodes.push({ ...fields, seasonNumber: e.seasonNumber, episodeNumber: e.episodeNumber, monitored });
        continue;
      }
      const changed =
        stored.removedAt !== null ||
        stored.tmdbId !== fields.tmdbId ||
        stored.title !== fields.title ||
        stored.overview !== fields.overview ||
        stored.airDate !== fields.airDate ||
        (stored.airDateUtc?.getTime() ?? null) !== (fields.airDateUtc?.getTime() ?? null) ||
        stored.runtime !== fields.runtime ||
        stored.stillPath !== fields.stillPath ||
        stored.absoluteNumber !== fields.absoluteNumber;
      if (changed)
        plan.changedEpisodes.push({ id: stored.id, fields, airDateChanged: stored.airDate !== fields.airDate });
    }
    for (const stored of existingEpisodes) {
      if (
        stored.seasonNumber === season.seasonNumber &&
        !seen.has(key(stored.seasonNumber, stored.episodeNumber)) &&
        !stored.removedAt
      ) {
        plan.removedEpisodeIds.push(stored.id);
      }
    }
  }
  // Episodes of seasons TMDB dropped altogether.
  for (const stored of existingEpisodes) {
    if (!listed.has(stored.seasonNumber) && !stored.removedAt) plan.removedEpisodeIds.push(stored.id);
  }
  return plan;
}
