import { z } from "zod";

/** Normalized metadata, whatever the provider. Dates are ISO strings (YYYY-MM-DD for days). */
export const mediaTypeSchema = z.enum(["movie", "tv"]);
export type MediaType = z.infer<typeof mediaTypeSchema>;

export const searchResultSchema = z.object({
  type: mediaTypeSchema,
  tmdbId: z.number().int(),
  title: z.string(),
  originalTitle: z.string().nullable(),
  year: z.number().int().nullable(),
  overview: z.string().nullable(),
  posterPath: z.string().nullable(),
  backdropPath: z.string().nullable(),
  rating: z.number().nullable(),
  popularity: z.number().nullable(),
  genreIds: z.array(z.number().int()),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export interface ResultPage {
  page: number;
  totalPages: number;
  totalResults: number;
  results: SearchResult[];
}

export interface MovieMetadata {
  tmdbId: number;
  imdbId: string | null;
  title: string;
  originalTitle: string | null;
  originalLanguage: string | null;
  year: number | null;
  overview: string | null;
  runtime: number | null;
  /** TMDB's own status: Rumored, Planned, In Production, Post Production, Released, Canceled. */
  tmdbStatus: string | null;
  releaseDates: { inCinemas: string | null; digital: string | null; physical: string | null };
  genres: string[];
  certification: string | null;
  rating: number | null;
  votes: number | null;
  popularity: number | null;
  posterPath: string | null;
  backdropPath: string | null;
  collection: { tmdbId: number; name: string } | null;
}

export interface SeasonSummary {
  seasonNumber: number;
  title: string | null;
  overview: string | null;
  posterPath: string | null;
  airDate: string | null;
  episodeCount: number | null;
}

export interface SeriesMetadata {
  tmdbId: number;
  tvdbId: number | null;
  imdbId: string | null;
  title: string;
  originalTitle: string | null;
  originalLanguage: string | null;
  year: number | null;
  overview: string | null;
  /** TMDB's status: Returning Series, Planned, In Production, Ended, Canceled, Pilot. */
  tmdbStatus: string | null;
  /** TMDB's type: Scripted, Reality, Documentary, News, Talk Show, Miniseries, Video. */
  tmdbType: string | null;
  network: string | null;
  runtime: number | null;
  genres: string[];
  certification: string | null;
  rating: number | null;
  votes: number | null;
  popularity: number | null;
  posterPath: string | null;
  backdropPath: string | null;
  firstAirDate: string | null;
  seasons: SeasonSummary[];
}

export interface EpisodeMetadata {
  tmdbId: number;
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
  overview: string | null;
  airDate: string | null;
  runtime: number | null;
  stillPath: string | null;
}

export interface SeasonMetadata extends SeasonSummary {
  episodes: EpisodeMetadata[];
}

export interface Genre {
  id: number;
  name: string;
}

export type DiscoverList = "trending" | "popular" | "upcoming" | "topRated";

/** TMDB ids found for an external (IMDb, TVDB) id. */
export interface ExternalIdMatches {
  movies: number[];
  series: number[];
}
