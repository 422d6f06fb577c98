import { z } from "zod";

/** The library's column types and their zod schemas (lib/db owns them; lib/library re-exports them). Dates are ISO strings in views. */
export const libraryKindSchema = z.enum(["movie", "tv"]);
export type LibraryKind = z.infer<typeof libraryKindSchema>;

export const importModeSchema = z.enum(["hardlink", "copy", "move"]);
/** hardlink: link, else copy (verified) when the library is on another filesystem; copy; move. */
export type ImportMode = z.infer<typeof importModeSchema>;

export const multiEpisodeStyleSchema = z.enum(["extend", "duplicate", "repeat", "scene", "range", "prefixed-range"]);
export type MultiEpisodeStyle = z.infer<typeof multiEpisodeStyleSchema>;

export const colonReplacementSchema = z.enum(["delete", "dash", "space-dash", "space-dash-space", "smart"]);
export type ColonReplacement = z.infer<typeof colonReplacementSchema>;

const template = z.string().trim().min(1, "a template cannot be empty").max(500);

export const namingSettingsSchema = z.object({
  /** Rename files to the templates on import (off: keep the original file name). */
  renameFiles: z.boolean().default(true),
  movieFolder: template.default("{Movie Title} ({Release Year}) {tmdb-{TmdbId}}"),
  movieFile: template.default(
    "{Movie Title} ({Release Year}) {Edition Tags }{[Quality Full]}{[MediaInfo VideoDynamicRange]}{[MediaInfo VideoCodec]}{-Release Group}",
  ),
  seriesFolder: template.default("{Series Title} ({Release Year}) {tvdb-{TvdbId}}"),
  seasonFolder: template.default("Season {season:00}"),
  episodeFile: template.default(
    "{Series Title} - S{season:00}E{episode:00} - {Episode Title} {[Quality Full]}{[MediaInfo VideoCodec]}{-Release Group}",
  ),
  dailyEpisodeFile: template.default("{Series Title} - {Air-Date} - {Episode Title} {[Quality Full]}"),
  animeEpisodeFile: template.default(
    "{Series Title} - S{season:00}E{episode:00} - {absolute:000} - {Episode Title} {[Quality Full]}",
  ),
  multiEpisodeStyle: multiEpisodeStyleSchema.default("prefixed-range"),
  colonReplacement: colonReplacementSchema.default("smart"),
});
export type NamingSettings = z.infer<typeof namingSettingsSchema>;
export const defaultNaming = (): NamingSettings => namingSettingsSchema.parse({});

export type MediaFileRole = "video" | "sample" | "trailer" | "featurette" | "extra" | "subtitle" | "nfo";
export type MediaFileStatus = "matched" | "unmatched" | "ignored";

/** The parser's best guess for a file, kept for the Unmatched page. */
/** The best metadata search result for a folder that was not sure enough to add on its own. */
export interface MatchCandidate {
  tmdbId: number;
  title: string;
  year: number | null;
  /** 0..1 */
  confidence: number;
}

export type MatchedBy = "id" | "nfo" | "catalog" | "search";

export interface MediaFileGuess {
  title: string;
  year: number | null;
  season: number | null;
  episodes: number[];
  airDate: string | null;
  kind: string;
  reason?: string;
  /** How the folder was matched: an id in its name, its .nfo, a catalog title, or a metadata search. */
  matchedBy?: MatchedBy;
  /** 0..1: 1 for ids and catalog titles, the search score otherwise. */
  confidence?: number;
  /** Unsure: the best result the search found, for the review to accept or replace. */
  candidate?: MatchCandidate;
}

export const scanSummarySchema = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  seen: z.number().int(),
  unchanged: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  missing: z.number().int(),
  reappeared: z.number().int(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ScanSummary = z.infer<typeof scanSummarySchema>;

export const audioTrackSchema = z.object({
  codec: z.string(),
  channels: z.number().int().nullable(),
  layout: z.string().nullable(),
  language: z.string().nullable(),
  title: z.string().nullable(),
});
export const subtitleTrackSchema = z.object({
  codec: z.string(),
  language: z.string().nullable(),
  forced: z.boolean(),
  title: z.string().nullable(),
});
export const mediaInfoSchema = z.object({
  container: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  bitrate: z.number().nullable(),
  video: z
    .object({
      codec: z.string(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
      resolution: z.string().nullable(),
      bitDepth: z.number().int().nullable(),
      hdr: z.enum(["HDR10", "HDR10+", "DV", "HLG"]).nullable(),
      frameRate: z.number().nullable(),
    })
    .nullable(),
  audio: z.array(audioTrackSchema),
  subtitles: z.array(subtitleTrackSchema),
});
export type MediaInfo = z.infer<typeof mediaInfoSchema>;
