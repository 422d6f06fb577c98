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
