import { z } from "zod";
import {
  minimumAvailabilitySchema,
  movieStatusSchema,
  seriesMonitorSchema,
  seriesStatusSchema,
  seriesTypeSchema,
} from "./catalog.types";

export * from "./title.input";

/** What pages and the REST API see of the catalog. Dates are ISO strings; days are YYYY-MM-DD. */
const iso = z.string().nullable();

export const movieSchema = z.object({
  id: z.string(),
  tmdbId: z.number().int(),
  imdbId: z.string().nullable(),
  title: z.string(),
  originalTitle: z.string().nullable(),
  sortTitle: z.string(),
  year: z.number().int().nullable(),
  overview: z.string().nullable(),
  runtime: z.number().int().nullable(),
  status: movieStatusSchema,
  inCinemasAt: iso,
  digitalReleaseAt: iso,
  physicalReleaseAt: iso,
  genres: z.array(z.string()),
  certification: z.string().nullable(),
  rating: z.number().nullable(),
  votes: z.number().int().nullable(),
  posterPath: z.string().nullable(),
  backdropPath: z.string().nullable(),
  collection: z.object({ tmdbId: z.number().int(), name: z.string() }).nullable(),
  originalLanguage: z.string().nullable(),
  monitored: z.boolean(),
  minimumAvailability: minimumAvailabilitySchema,
  libraryId: z.string(),
  qualityProfileId: z.string(),
  tags: z.array(z.string()),
  searchRequestedAt: iso,
  addedAt: z.string(),
  refreshedAt: iso,
});
export type Movie = z.infer<typeof movieSchema>;

export const movieListItemSchema = movieSchema.pick({
  id: true,
  tmdbId: true,
  title: true,
  year: true,
  status: true,
  monitored: true,
  minimumAvailability: true,
  posterPath: true,
  rating: true,
  runtime: true,
  certification: true,
  libraryId: true,
  qualityProfileId: true,
  addedAt: true,
  tags: true,
});
export type MovieListItem = z.infer<typeof movieListItemSchema>;

export const seriesSchema = z.object({
  id: z.string(),
  tmdbId: z.number().int(),
  tvdbId: z.number().int().nullable(),
  imdbId: z.string().nullable(),
  title: z.string(),
  originalTitle: z.string().nullable(),
  sortTitle: z.string(),
  year: z.number().int().nullable(),
  overview: z.string().nullable(),
  status: seriesStatusSchema,
  network: z.string().nullable(),
  airTime: z.string().nullable(),
  seriesType: seriesTypeSchema,
  runtime: z.number().int().nullable(),
  genres: z.array(z.string()),
  certification: z.string().nullable(),
  rating: z.number().nullable(),
  votes: z.number().int().nullable(),
  posterPath: z.string().nullable(),
  backdropPath: z.string().nullable(),
  originalLanguage: z.string().nullable(),
  firstAiredAt: iso,
  monitored: z.boolean(),
  monitor: seriesMonitorSchema,
  monitorNewSeasons: z.boolean(),
  libraryId: z.string(),
  qualityProfileId: z.string(),
  tags: z.array(z.string()),
  searchRequestedAt: iso,
  addedAt: z.string(),
  refreshedAt: iso,
});
export type Series = z.infer<typeof seriesSchema>;

export const seriesListItemSchema = seriesSchema
  .pick({
    id: true,
    tmdbId: true,
    title: true,
    year: true,
    status: true,
    monitored: true,
    posterPath: true,
    network: true,
    rating: true,
    libraryId: true,
    qualityProfileId: true,
    addedAt: true,
    tags: true,
  })
  .extend({ seasonCount: z.number().int(), episodeCount: z.number().int() });
export type SeriesListItem = z.infer<typeof seriesListItemSchema>;

export const seasonSchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  seasonNumber: z.number().int(),
  title: z.string().nullable(),
  overview: z.string().nullable(),
  posterPath: z.string().nullable(),
  airDate: z.string().nullable(),
  monitored: z.boolean(),
  removedAt: iso,
});
export type Season = z.infer<typeof seasonSchema>;

export const episodeSchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  tmdbId: z.number().int().nullable(),
  seasonNumber: z.number().int(),
  episodeNumber: z.number().int(),
  absoluteNumber: z.number().int().nullable(),
  title: z.string().nullable(),
  overview: z.string().nullable(),
  airDate: z.string().nullable(),
  airDateUtc: iso,
  runtime: z.number().int().nullable(),
  stillPath: z.string().nullable(),
  monitored: z.boolean(),
  removedAt: iso,
});
export type Episode = z.infer<typeof episodeSchema>;

export const seriesDetailSchema = seriesSchema.extend({
  seasons: z.array(seasonSchema.extend({ episodes: z.array(episodeSchema) })),
});
export type SeriesDetail = z.infer<typeof seriesDetailSchema>;

const sortDir = z.enum(["asc", "desc"]).default("asc");
/** Query-string booleans; already-parsed booleans pass too, so services can re-validate. */
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

export const movieListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(60),
  sort: z.enum(["title", "year", "added", "rating", "release"]).default("title"),
  dir: sortDir,
  q: z.string().trim().max(200).optional(),
  monitored: flag.optional(),
  status: movieStatusSchema.optional(),
  genre: z.string().max(100).optional(),
  tag: z.string().trim().toLowerCase().max(50).optional(),
  libraryId: z.string().max(100).optional(),
});
export type MovieListQuery = z.input<typeof movieListQuery>;

export const seriesListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(60),
  sort: z.enum(["title", "year", "added", "rating"]).default("title"),
  dir: sortDir,
  q: z.string().trim().max(200).optional(),
  monitored: flag.optional(),
  status: seriesStatusSchema.optional(),
  genre: z.string().max(100).optional(),
  tag: z.string().trim().toLowerCase().max(50).optional(),
  libraryId: z.string().max(100).optional(),
});
export type SeriesListQuery = z.input<typeof seriesListQuery>;

export const updateEpisodeInput = z.object({ monitored: z.boolean() }).strict();

export const calendarQuery = z.object({
  start: z.iso.date({ message: "use YYYY-MM-DD" }),
  end: z.iso.date({ message: "use YYYY-MM-DD" }),
  monitoredOnly: flag.optional(),
});

/** The calendar page: the first `perDay` entries of each day in [start, end], with each day's total. */
export const calendarDaysQuery = calendarQuery.extend({
  perDay: z.coerce.number().int().min(1).max(100).default(4),
});

/** One day of the calendar, a page at a time. */
export const calendarDayQuery = z.object({
  date: z.iso.date({ message: "use YYYY-MM-DD" }),
  monitoredOnly: flag.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const calendarEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("episode"),
    id: z.string(),
    seriesId: z.string(),
    seriesTitle: z.string(),
    seasonNumber: z.number().int(),
    episodeNumber: z.number().int(),
    title: z.string().nullable(),
    at: z.string(),
    network: z.string().nullable(),
    runtime: z.number().int().nullable(),
    monitored: z.boolean(),
    posterPath: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("movie"),
    id: z.string(),
    title: z.string(),
    year: z.number().int().nullable(),
    release: z.enum(["inCinemas", "digital", "physical"]),
    at: z.string(),
    monitored: z.boolean(),
    posterPath: z.string().nullable(),
  }),
]);
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
