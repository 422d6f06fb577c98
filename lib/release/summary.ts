import { z } from "zod";
import type { ReleaseInfo } from "./types";

export const parseSummarySchema = z
  .object({
    input: z.string(),
    kind: z.enum(["movie", "episode", "season-pack", "multi-season", "daily", "anime", "unknown"]),
    title: z.string().nullable(),
    year: z.number().int().nullable(),
    season: z.number().int().nullable(),
    seasons: z.array(z.number().int()),
    episodes: z.array(z.number().int()),
    absolute: z.array(z.number().int()),
    airDate: z.string().nullable().describe("YYYY-MM-DD"),
    fullSeason: z.boolean(),
    resolution: z.number().int().nullable(),
    source: z.enum(["bluray", "webdl", "webrip", "tv", "dvd", "cam", "telesync", "telecine", "workprint", "unknown"]),
    modifier: z.enum(["none", "remux", "brdisk", "rawhd", "regional", "screener"]),
    quality: z.string().describe('Quality name, e.g. "WEBDL-1080p"'),
    codec: z.string().nullable(),
    hdr: z.array(z.string()),
    audio: z.object({ codecs: z.array(z.string()), channels: z.string().nullable(), atmos: z.boolean() }).nullable(),
    languages: z.array(z.string()),
    edition: z.string().nullable(),
    group: z.string().nullable(),
    version: z.number().int(),
    special: z.boolean(),
  })
  .describe("Flat summary of a parsed release name");

export type ParseSummary = z.infer<typeof parseSummarySchema>;

/** The flat object the CLI prints and the API returns. */
export function toParseSummary(r: ReleaseInfo): ParseSummary {
  const hasAudio = r.audio.codecs.length > 0 || r.audio.channels !== null || r.audio.atmos;
  return {
    input: r.input,
    kind: r.kind,
    title: r.title.length > 0 ? r.title : null,
    year: r.year,
    season: r.season,
    seasons: r.seasons,
    episodes: r.episodes,
    absolute: r.absolute,
    airDate: r.airDate,
    fullSeason: r.fullSeason,
    resolution: r.quality.resolution,
    source: r.quality.source,
    modifier: r.quality.modifier,
    quality: r.quality.name,
    codec: r.codec,
    hdr: r.hdr,
    audio: hasAudio ? { codecs: r.audio.codecs, channels: r.audio.channels, atmos: r.audio.atmos } : null,
    languages: r.languages,
    edition: r.edition,
    group: r.group,
    version: r.quality.revision.version,
    special: r.special,
  };
}
