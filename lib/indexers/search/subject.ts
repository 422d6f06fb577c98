import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { findEpisode, getMovie, getSeries } from "@/lib/catalog";
import { ValidationError } from "@/lib/errors";
import type { SearchQuery } from "./query";

/** What an interactive search is for: a catalog item (ids come from the catalog) or free text. */
export const searchSubjectSchema = z
  .object({
    movieId: z.string().min(1).optional(),
    episodeId: z.string().min(1).optional(),
    seriesId: z.string().min(1).optional(),
    season: z.coerce.number().int().min(0).optional().describe("With seriesId: one season"),
    seasonNumber: z.coerce.number().int().min(0).optional().describe("The same as season (the name commands use)"),
    q: z.string().trim().min(1).max(300).optional(),
  })
  .transform(({ seasonNumber, ...subject }) =>
    subject.season === undefined && seasonNumber !== undefined ? { ...subject, season: seasonNumber } : subject,
  );
export type SearchSubject = z.infer<typeof searchSubjectSchema>;

/** Builds the query for a subject through the catalog's own functions (ids, title, year, numbers). */
export async function queryForSubject(actor: Actor, subject: SearchSubject): Promise<SearchQuery> {
  if (subject.movieId) {
    const movie = await getMovie(actor, subject.movieId);
    return {
      type: "movie",
      q: movie.title,
      year: movie.year ?? undefined,
      imdbId: movie.imdbId && /^tt\d+$/.test(movie.imdbId) ? movie.imdbId : undefined,
      tmdbId: movie.tmdbId,
    };
  }
  if (subject.episodeId) {
    const episode = await findEpisode(actor, subject.episodeId);
    const series = await getSeries(actor, episode.seriesId);
    return {
      type: "tv",
      q: series.title,
      tvdbId: series.tvdbId ?? undefined,
      tmdbId: series.tmdbId,
      imdbId: series.imdbId && /^tt\d+$/.test(series.imdbId) ? series.imdbId : undefined,
      season: episode.seasonNumber,
      episode: episode.episodeNumber,
    };
  }
  if (subject.seriesId) {
    const series = await getSeries(actor, subject.seriesId);
    return {
      type: "tv",
      q: series.title,
      tvdbId: series.tvdbId ?? undefined,
      tmdbId: series.tmdbId,
      imdbId: series.imdbId && /^tt\d+$/.test(series.imdbId) ? series.imdbId : undefined,
      ...(subject.season !== undefined ? { season: subject.season } : {}),
    };
  }
  if (subject.q) return { type: "search", q: subject.q };
  throw new ValidationError("Say what to search for: movieId, episodeId, seriesId (+ season) or q", {
    fields: { q: "is required" },
  });
}
