import { z } from "zod";

/**
 * The parts of Radarr's and Sonarr's v3 resources the import reads (their OpenAPI documents name
 * the rest). Unknown keys are dropped; a missing or mistyped field the import needs fails the read
 * with the resource and field named, before anything is written.
 */

const text = z.string().nullish();
const int = z.number().int();

export const statusSchema = z.object({
  appName: z.string(),
  version: z.string(),
  urlBase: text,
});

export const tagSchema = z.object({ id: int, label: z.string() });

export const rootFolderSchema = z.object({ id: int, path: z.string().min(1) });

const imageSchema = z.object({ coverType: z.string(), remoteUrl: text, url: text });

const qualityModelSchema = z.object({
  quality: z.object({ id: int, name: z.string() }),
});

export const movieFileSchema = z.object({
  id: int,
  relativePath: z.string().min(1),
  path: text,
  size: z.number(),
  quality: qualityModelSchema.nullish(),
  releaseGroup: text,
  edition: text,
});

const ratingsOf = z
  .object({ tmdb: z.object({ value: z.number(), votes: int }).nullish() })
  .passthrough()
  .nullish();

export const movieSchema = z.object({
  id: int,
  title: z.string().min(1),
  originalTitle: text,
  originalLanguage: z.object({ name: z.string() }).nullish(),
  year: int.nullish(),
  overview: text,
  runtime: int.nullish(),
  status: text,
  inCinemas: text,
  digitalRelease: text,
  physicalRelease: text,
  genres: z.array(z.string()).nullish(),
  certification: text,
  ratings: ratingsOf,
  popularity: z.number().nullish(),
  images: z.array(imageSchema).nullish(),
  collection: z.object({ tmdbId: int, title: text }).nullish(),
  tmdbId: int.positive(),
  imdbId: text,
  path: z.string().min(1),
  rootFolderPath: text,
  qualityProfileId: int,
  monitored: z.boolean(),
  minimumAvailability: z.enum(["tba", "announced", "inCinemas", "released", "deleted"]),
  tags: z.array(int).default([]),
  hasFile: z.boolean().nullish(),
  movieFile: movieFileSchema.nullish(),
});

export const seasonSchema = z.object({ seasonNumber: int.min(0), monitored: z.boolean() });

export const seriesSchema = z.object({
  id: int,
  title: z.string().min(1),
  year: int.nullish(),
  overview: text,
  status: text,
  network: text,
  runtime: int.nullish(),
  genres: z.array(z.string()).nullish(),
  certification: text,
  ratings: z.object({ value: z.number().nullish(), votes: int.nullish() }).nullish(),
  images: z.array(imageSchema).nullish(),
  firstAired: text,
  tvdbId: int.nullish(),
  tmdbId: int.nullish(),
  imdbId: text,
  path: z.string().min(1),
  rootFolderPath: text,
  qualityProfileId: int,
  seasonFolder: z.boolean().nullish(),
  monitored: z.boolean(),
  monitorNewItems: z.enum(["all", "none"]).nullish(),
  seriesType: z.enum(["standard", "daily", "anime"]),
  seasons: z.array(seasonSchema).default([]),
  tags: z.array(int).default([]),
});

export const episodeSchema = z.object({
  id: int,
  seriesId: int,
  seasonNumber: int.min(0),
  episodeNumber: int.min(0),
  title: text,
  overview: text,
  airDate: text,
  runtime: int.nullish(),
  monitored: z.boolean(),
  hasFile: z.boolean().nullish(),
  episodeFileId: int.nullish(),
});

export const episodeFileSchema = z.object({
  id: int,
  seriesId: int,
  seasonNumber: int,
  relativePath: z.string().min(1),
  path: text,
  size: z.number(),
  quality: qualityModelSchema.nullish(),
  releaseGroup: text,
});

/** Profiles, formats, indexers and naming are read by lib/arr's own resource schemas; these are the envelopes. */
export const qualityProfileSchema = z.object({ id: int, name: z.string().min(1) }).passthrough();
export const customFormatSchema = z.object({ id: int, name: z.string().min(1) }).passthrough();

const fieldSchema = z.object({ name: z.string(), value: z.unknown().optional() });

export const indexerSchema = z
  .object({ id: int, name: z.string().min(1), implementation: z.string(), fields: z.array(fieldSchema).default([]) })
  .passthrough();

export const downloadClientSchema = z.object({
  id: int,
  name: z.string().min(1),
  enable: z.boolean(),
  implementation: z.string(),
  priority: int.nullish(),
  removeCompletedDownloads: z.boolean().nullish(),
  removeFailedDownloads: z.boolean().nullish(),
  fields: z.array(fieldSchema).default([]),
});

export const namingSchema = z.object({}).passthrough();

export const blocklistPageSchema = z.object({
  totalRecords: int,
  records: z.array(
    z.object({
      id: int,
      sourceTitle: z.string().min(1),
      protocol: z.enum(["unknown", "usenet", "torrent"]),
      indexer: text,
      message: text,
      movieId: int.nullish(),
      seriesId: int.nullish(),
    }),
  ),
});

export type ArrStatus = z.output<typeof statusSchema>;
export type ArrTag = z.output<typeof tagSchema>;
export type ArrRootFolder = z.output<typeof rootFolderSchema>;
export type ArrMovie = z.output<typeof movieSchema>;
export type ArrSeries = z.output<typeof seriesSchema>;
export type ArrEpisode = z.output<typeof episodeSchema>;
export type ArrEpisodeFile = z.output<typeof episodeFileSchema>;
export type ArrQualityProfile = z.output<typeof qualityProfileSchema>;
export type ArrCustomFormat = z.output<typeof customFormatSchema>;
export type ArrIndexer = z.output<typeof indexerSchema>;
export type ArrDownloadClient = z.output<typeof downloadClientSchema>;
export type ArrBlocklistItem = z.output<typeof blocklistPageSchema>["records"][number];
