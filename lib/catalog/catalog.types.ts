import { z } from "zod";

/** Where a movie stands, derived from TMDB's status and its release dates at each refresh. */
export const movieStatuses = ["announced", "inCinemas", "released", "canceled"] as const;
export type MovieStatus = (typeof movieStatuses)[number];

/** The earliest a movie counts as available for searching. */
export const minimumAvailabilities = ["announced", "inCinemas", "released"] as const;
export type MinimumAvailability = (typeof minimumAvailabilities)[number];

export const seriesStatuses = ["continuing", "ended", "upcoming", "canceled"] as const;
export type SeriesStatus = (typeof seriesStatuses)[number];

export const seriesTypes = ["standard", "daily", "anime"] as const;
export type SeriesType = (typeof seriesTypes)[number];

/** Which episodes a series monitors when added (and re-applied when the user changes it). */
export const seriesMonitors = [
  "all",
  "future",
  "missing",
  "existing",
  "firstSeason",
  "latestSeason",
  "pilot",
  "none",
] as const;
export type SeriesMonitor = (typeof seriesMonitors)[number];

export const movieStatusSchema = z.enum(movieStatuses);
export const minimumAvailabilitySchema = z.enum(minimumAvailabilities);
export const seriesStatusSchema = z.enum(seriesStatuses);
export const seriesTypeSchema = z.enum(seriesTypes);
export const seriesMonitorSchema = z.enum(seriesMonitors);

export const labels = {
  movieStatus: { announced: "Announced", inCinemas: "In cinemas", released: "Released", canceled: "Canceled" },
  minimumAvailability: { announced: "Announced", inCinemas: "In cinemas", released: "Released" },
  seriesStatus: { continuing: "Continuing", ended: "Ended", upcoming: "Upcoming", canceled: "Canceled" },
  seriesType: { standard: "Standard", daily: "Daily", anime: "Anime" },
  seriesMonitor: {
    all: "All episodes",
    future: "Future episodes",
    missing: "Missing episodes",
    existing: "Existing episodes",
    firstSeason: "First season",
    latestSeason: "Latest season",
    pilot: "Pilot only",
    none: "None",
  },
} as const satisfies Record<string, Record<string, string>>;
