import type { MinimumAvailability, MovieStatus, SeriesStatus } from "./catalog.types";

/**
 * Status at a glance, as Sonarr and Radarr show it. Pure: whether a file is on disk (lib/library)
 * and whether a download is on its way (lib/downloads) are inputs, so every screen derives the same
 * state from the same facts.
 */
export const episodeStates = ["downloaded", "downloading", "airing", "missing", "unaired", "unmonitored"] as const;
export type EpisodeState = (typeof episodeStates)[number];

export const movieStates = ["downloaded", "downloading", "missing", "unreleased", "unmonitored"] as const;
export type MovieState = (typeof movieStates)[number];

/** The colour family of a progress bar (Sonarr's): complete and ended, complete and running, missing, … */
export type ProgressKind = "complete" | "continuing" | "missing" | "unmonitored" | "downloading";

export interface EpisodeFacts {
  monitored: boolean;
  airDateUtc: Date | string | null;
  runtime: number | null;
  hasFile: boolean;
  downloading: boolean;
}

const DAY = 86_400_000;
const time = (value: Date | string | null) => (value === null ? null : new Date(value).getTime());

/**
 * A file wins over everything; then a download on its way; an unmonitored episode without a file
 * is "unmonitored"; a monitored one is "unaired" before its air day (UTC) or without a date,
 * "airing" on its air day (and while a broadcast that began the day before is still on), and
 * "missing" after.
 */
export function episodeState(e: EpisodeFacts, now: Date = new Date()): EpisodeState {
  if (e.hasFile) return "downloaded";
  if (e.downloading) return "downloading";
  if (!e.monitored) return "unmonitored";
  const air = time(e.airDateUtc);
  if (air === null) return "unaired";
  const at = now.getTime();
  const airDay = Math.floor(air / DAY);
  const today = Math.floor(at / DAY);
  if (airDay > today) return "unaired";
  if (airDay === today || at < air + (e.runtime ?? 0) * 60_000) return "airing";
  return "missing";
}

export interface Progress {
  /** Episodes with a file. */
  files: number;
  /** Episodes that count (as in Sonarr): with a file, on their way, or monitored, aired before today and missing. */
  wanted: number;
  /** Monitored episodes aired and still without a file or a download. */
  missing: number;
  downloading: number;
  total: number;
}

export function progressOf(states: EpisodeState[]): Progress {
  const count = (s: EpisodeState) => states.filter((x) => x === s).length;
  const files = count("downloaded");
  const missing = count("missing");
  const downloading = count("downloading");
  return {
    files,
    missing,
    downloading,
    wanted: files + missing + downloading,
    total: states.length,
  };
}

/** Sonarr's bar colour: downloading, then complete (ended vs. continuing), then missing while monitored, else unmonitored. */
export function progressKind(p: Progress, monitored: boolean, status: SeriesStatus): ProgressKind {
  if (p.downloading > 0) return "downloading";
  if (p.files >= p.wanted) return status === "ended" || status === "canceled" ? "complete" : "continuing";
  return monitored ? "missing" : "unmonitored";
}

/** Radarr's rule: a monitored movie without a file is missing once it reached its minimum availability. */
export function movieState(m: {
  monitored: boolean;
  status: MovieStatus;
  minimumAvailability: MinimumAvailability;
  hasFile: boolean;
  downloading: boolean;
}): MovieState {
  if (m.hasFile) return "downloaded";
  if (m.downloading) return "downloading";
  if (!m.monitored) return "unmonitored";
  const available =
    m.status !== "canceled" &&
    (m.minimumAvailability === "announced" ||
      m.status === "released" ||
      (m.minimumAvailability === "inCinemas" && m.status === "inCinemas"));
  return available ? "missing" : "unreleased";
}
