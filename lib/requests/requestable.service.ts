import { assertCan, type Actor } from "@/lib/accounts";
import { withMetadata } from "@/lib/metadata";
import { z } from "zod";

export const requestableSchema = z.object({
  mediaType: z.enum(["movie", "series"]),
  tmdbId: z.number().int(),
  title: z.string(),
  year: z.number().int().nullable(),
  overview: z.string().nullable(),
  posterPath: z.string().nullable(),
  seasons: z.array(
    z.object({
      seasonNumber: z.number().int(),
      title: z.string().nullable(),
      episodeCount: z.number().int().nullable(),
      airDate: z.string().nullable(),
    }),
  ),
});
export type Requestable = z.infer<typeof requestableSchema>;

export const requestableEpisodeSchema = z.object({
  episodeNumber: z.number().int(),
  title: z.string().nullable(),
  airDate: z.string().nullable(),
});
export type RequestableEpisode = z.infer<typeof requestableEpisodeSchema>;

/** What the request dialog offers for a title: its regular seasons (specials are requested by episode only). */
export async function requestable(actor: Actor, mediaType: "movie" | "series", tmdbId: number): Promise<Requestable> {
  assertCan(actor, "request");
  if (mediaType === "movie") {
    const m = await withMetadata((p) => p.movie(tmdbId));
    return {
      mediaType,
      tmdbId,
      title: m.title,
      year: m.year,
      overview: m.overview,
      posterPath: m.posterPath,
      seasons: [],
    };
  }
  const s = await withMetadata((p) => p.series(tmdbId));
  return {
    mediaType,
    tmdbId,
    title: s.title,
    year: s.year,
    overview: s.overview,
    posterPath: s.posterPath,
    seasons: s.seasons
      .filter((x) => x.seasonNumber > 0)
      .map((x) => ({ seasonNumber: x.seasonNumber, title: x.title, episodeCount: x.episodeCount, airDate: x.airDate })),
  };
}

/** The episodes of one season, to request single ones. */
export async function requestableEpisodes(actor: Actor, tmdbId: number, season: number): Promise<RequestableEpisode[]> {
  assertCan(actor, "request");
  const found = await withMetadata((p) => p.season(tmdbId, season));
  return (found?.episodes ?? []).map((e) => ({ episodeNumber: e.episodeNumber, title: e.title, airDate: e.airDate }));
}
