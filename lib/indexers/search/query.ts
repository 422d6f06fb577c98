import { z } from "zod";

/** What to look for, independent of the indexer kind. Built from the catalog or typed by the user. */
export const searchQuerySchema = z.object({
  type: z.enum(["search", "movie", "tv", "rss"]),
  /** Free text (search), or the title used for the text fallback of movie/tv searches. */
  q: z.string().trim().max(300).optional(),
  imdbId: z
    .string()
    .regex(/^tt\d+$/)
    .optional(),
  tmdbId: z.number().int().positive().optional(),
  tvdbId: z.number().int().positive().optional(),
  year: z.number().int().min(1870).max(2200).optional(),
  season: z.number().int().min(0).optional(),
  episode: z.number().int().min(0).optional(),
  /** Newznab categories; empty = the indexer's own for the search type. */
  categories: z.array(z.number().int()).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).optional(),
  /** Pages to fetch per indexer (offset/limit). */
  pages: z.number().int().min(1).max(10).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const MOVIE_CATEGORY = 2000;
export const TV_CATEGORY = 5000;

const inRange = (id: number, base: number) =>
  (id >= base && id < base + 1000) || (id >= base * 10 && id < base * 10 + 10000);

/** Categories for a search: the indexer's configured ones that fit the type, else the standard parent. */
export function categoriesFor(query: SearchQuery, configured: number[]): number[] {
  if (query.categories?.length) return query.categories;
  if (query.type === "movie") {
    const fit = configured.filter((c) => inRange(c, MOVIE_CATEGORY));
    return fit.length ? fit : [MOVIE_CATEGORY];
  }
  if (query.type === "tv") {
    const fit = configured.filter((c) => inRange(c, TV_CATEGORY));
    return fit.length ? fit : [TV_CATEGORY];
  }
  return configured;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "Title 2019", "Title S01E02", "Title S01" — the text form of a query. */
export function textOf(query: SearchQuery): string {
  const title = query.q ?? "";
  if (query.type === "movie") return [title, query.year].filter(Boolean).join(" ");
  if (query.type === "tv" && query.season !== undefined) {
    const episode = query.episode !== undefined ? `E${pad(query.episode)}` : "";
    return `${title} S${pad(query.season)}${episode}`.trim();
  }
  return title;
}

/** A short label for logs and the UI: "movie tt0137523", "tv tvdb 121361 S01E01", "search 'dune'". */
export function describeQuery(query: SearchQuery): string {
  const ids = [query.imdbId, query.tmdbId && `tmdb ${query.tmdbId}`, query.tvdbId && `tvdb ${query.tvdbId}`]
    .filter(Boolean)
    .join(" ");
  const episode =
    query.season !== undefined
      ? ` S${pad(query.season)}${query.episode !== undefined ? `E${pad(query.episode)}` : ""}`
      : "";
  return `${query.type}${ids ? ` ${ids}` : ""}${query.q ? ` '${query.q}'` : ""}${episode}`;
}
