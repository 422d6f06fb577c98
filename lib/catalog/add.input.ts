import { z } from "zod";
import { minimumAvailabilitySchema, seriesMonitorSchema, seriesTypeSchema, titleTagsSchema } from "./catalog.types";

/** Adding a title from the search page (the Add dialog checks the same schema in the browser). */
export const addMovieInput = z.object({
  tmdbId: z.number().int().positive(),
  libraryId: z.string().optional(),
  qualityProfileId: z.string().optional(),
  monitored: z.boolean().default(true),
  minimumAvailability: minimumAvailabilitySchema.default("released"),
  tags: titleTagsSchema.default([]),
  searchNow: z.boolean().default(false),
});
export type AddMovieInput = z.input<typeof addMovieInput>;

export const addSeriesInput = z.object({
  tmdbId: z.number().int().positive(),
  libraryId: z.string().optional(),
  qualityProfileId: z.string().optional(),
  monitored: z.boolean().default(true),
  monitor: seriesMonitorSchema.default("all"),
  monitorNewSeasons: z.boolean().default(true),
  seriesType: seriesTypeSchema.optional(),
  tags: titleTagsSchema.default([]),
  searchNow: z.boolean().default(false),
});
export type AddSeriesInput = z.input<typeof addSeriesInput>;
