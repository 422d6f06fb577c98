import type { SeriesMonitor } from "./catalog.types";

export interface MonitorCandidate {
  id?: string;
  seasonNumber: number;
  episodeNumber: number;
  airDate: string | null;
}

export interface MonitorContext {
  now: Date;
  /** Whether an episode has a file on disk (the library knows; the catalog alone knows of none). */
  hasFile?: (episode: MonitorCandidate) => boolean;
}

/**
 * Whether a monitor mode picks an episode. Specials (season 0) are never picked by a mode; the user
 * monitors them by hand, as in Sonarr.
 */
export function monitorPicks(
  mode: SeriesMonitor,
  episode: MonitorCandidate,
  seasonNumbers: number[],
  ctx: MonitorContext,
): boolean {
  if (episode.seasonNumber === 0) return false;
  const regular = seasonNumbers.filter((n) => n > 0);
  const aired = !!episode.airDate && episode.airDate <= ctx.now.toISOString().slice(0, 10);
  const hasFile = ctx.hasFile?.(episode) ?? false;
  switch (mode) {
    case "all":
      return true;
    case "future":
      return !aired;
    case "missing":
      return !hasFile;
    case "existing":
      return hasFile;
    case "firstSeason":
      return episode.seasonNumber === Math.min(...regular);
    case "latestSeason":
      return episode.seasonNumber === Math.max(...regular);
    case "pilot":
      return episode.seasonNumber === Math.min(...regular) && episode.episodeNumber === 1;
    case "none":
      return false;
  }
}

/** A season is monitored when its mode would pick episodes in it (also before it has any). */
export function seasonPicked(
  mode: SeriesMonitor,
  seasonNumber: number,
  seasonNumbers: number[],
  episodes: MonitorCandidate[],
  ctx: MonitorContext,
): boolean {
  if (seasonNumber === 0) return false;
  const regular = seasonNumbers.filter((n) => n > 0);
  switch (mode) {
    case "all":
    case "missing":
      return true;
    case "future":
      return episodes.length === 0 || episodes.some((e) => monitorPicks(mode, e, seasonNumbers, ctx));
    case "existing":
      return episodes.some((e) => monitorPicks(mode, e, seasonNumbers, ctx));
    case "firstSeason":
    case "pilot":
      return seasonNumber === Math.min(...regular);
    case "latestSeason":
      return seasonNumber === Math.max(...regular);
    case "none":
      return false;
  }
}
