import { z } from "zod";
import { minimumAvailabilitySchema, seriesMonitorSchema, seriesTypeSchema, titleTagsSchema } from "./catalog.types";
import { patchSchemaOf } from "@/lib/validation";

/** Adding and editing a title: parsed by the server, and by the Add and Edit dialogs in the browser. */
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

/**
 * Everything the Add dialog set can be changed later; an update carries exactly the fields it names
 * (see patchSchemaOf). A new libraryId moves the title's files to that library (a library.move job).
 */
export const updateMovieInput = patchSchemaOf(addMovieInput.omit({ tmdbId: true, searchNow: true }));
export type UpdateMovieInput = z.input<typeof updateMovieInput>;

export const updateSeriesInput = patchSchemaOf(
  addSeriesInput.omit({ tmdbId: true, searchNow: true }).extend({
    /** A new mode is applied to every season and episode. */
    monitor: seriesMonitorSchema,
    airTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:MM (24 h, UTC)")
      .nullable(),
  }),
);
export type UpdateSeriesInput = z.input<typeof updateSeriesInput>;
