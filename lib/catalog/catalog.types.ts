import { z } from "zod";
import { safeText } from "@/lib/text";

import {
  minimumAvailabilities,
  movieStatuses,
  seriesMonitors,
  seriesStatuses,
  seriesTypes,
  type MinimumAvailability,
  type MovieStatus,
  type SeriesMonitor,
  type SeriesStatus,
  type SeriesType,
} from "@/lib/db/types";

export {
  minimumAvailabilities,
  movieStatuses,
  seriesMonitors,
  seriesStatuses,
  seriesTypes,
  type MinimumAvailability,
  type MovieStatus,
  type SeriesMonitor,
  type SeriesStatus,
  type SeriesType,
};

export const movieStatusSchema = z.enum(movieStatuses);
export const minimumAvailabilitySchema = z.enum(minimumAvailabilities);
export const seriesStatusSchema = z.enum(seriesStatuses);
export const seriesTypeSchema = z.enum(seriesTypes);
export const seriesMonitorSchema = z.enum(seriesMonitors);

/** Free labels on movies and series (lower case, each once), for filtering and bulk edits. */
export const titleTagsSchema = z
  .array(safeText().trim().toLowerCase().min(1, "a tag cannot be empty").max(50, "a tag has at most 50 characters"))
  .max(50, "at most 50 tags")
  .transform((tags) => [...new Set(tags)]);

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
