import { z } from "zod";

/** zod shapes of the TMDB v3 responses Mydia reads; unknown fields are dropped, absent ones tolerated. */
const str = z.string().nullish();
const num = z.number().nullish();

export const tmdbGenreSchema = z.object({ id: z.number(), name: z.string() });

export const tmdbMovieResultSchema = z.object({
  id: z.number(),
  title: z.string(),
  original_title: str,
  original_language: str,
  overview: str,
  release_date: str,
  poster_path: str,
  backdrop_path: str,
  vote_average: num,
  vote_count: num,
  popularity: num,
  genre_ids: z.array(z.number()).nullish(),
});

export const tmdbTvResultSchema = z.object({
  id: z.number(),
  name: z.string(),
  original_name: str,
  original_language: str,
  overview: str,
  first_air_date: str,
  poster_path: str,
  backdrop_path: str,
  vote_average: num,
  vote_count: num,
  popularity: num,
  genre_ids: z.array(z.number()).nullish(),
});

/** find/{external_id}: the titles an IMDb or TVDB id names. */
export const tmdbFindSchema = z.object({
  movie_results: z.array(z.object({ id: z.number() })).default([]),
  tv_results: z.array(z.object({ id: z.number() })).default([]),
});

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    page: z.number(),
    results: z.array(item),
    total_pages: z.number(),
    total_results: z.number(),
  });

export const tmdbMoviePageSchema = pageOf(tmdbMovieResultSchema);
export const tmdbTvPageSchema = pageOf(tmdbTvResultSchema);

/** trending/all mixes movies, shows and people: keep the raw items and pick by media_type. */
export const tmdbMixedPageSchema = pageOf(z.object({ media_type: z.string() }).loose());

export const tmdbMovieDetailsSchema = z.object({
  id: z.number(),
  imdb_id: str,
  title: z.string(),
  original_title: str,
  original_language: str,
  overview: str,
  release_date: str,
  runtime: num,
  status: str,
  genres: z.array(tmdbGenreSchema).nullish(),
  vote_average: num,
  vote_count: num,
  popularity: num,
  poster_path: str,
  backdrop_path: str,
  belongs_to_collection: z.object({ id: z.number(), name: z.string() }).nullish(),
});

export const tmdbReleaseDatesSchema = z.object({
  results: z.array(
    z.object({
      iso_3166_1: z.string(),
      release_dates: z.array(z.object({ certification: str, release_date: z.string(), type: z.number(), note: str })),
    }),
  ),
});

export const tmdbTvDetailsSchema = z.object({
  id: z.number(),
  name: z.string(),
  original_name: str,
  original_language: str,
  overview: str,
  first_air_date: str,
  status: str,
  type: str,
  episode_run_time: z.array(z.number()).nullish(),
  genres: z.array(tmdbGenreSchema).nullish(),
  networks: z.array(z.object({ id: z.number(), name: z.string() })).nullish(),
  vote_average: num,
  vote_count: num,
  popularity: num,
  poster_path: str,
  backdrop_path: str,
  seasons: z
    .array(
      z.object({
        id: z.number(),
        season_number: z.number(),
        name: str,
        overview: str,
        poster_path: str,
        air_date: str,
        episode_count: num,
      }),
    )
    .nullish(),
});

export const tmdbTvExternalIdsSchema = z.object({ id: z.number(), imdb_id: str, tvdb_id: num });

export const tmdbContentRatingsSchema = z.object({
  results: z.array(z.object({ iso_3166_1: z.string(), rating: z.string() })),
});

export const tmdbEpisodeSchema = z.object({
  id: z.number(),
  season_number: z.number(),
  episode_number: z.number(),
  name: str,
  overview: str,
  air_date: str,
  runtime: num,
  still_path: str,
});

export const tmdbSeasonSchema = z.object({
  id: z.number(),
  season_number: z.number(),
  name: str,
  overview: str,
  poster_path: str,
  air_date: str,
  episodes: z.array(tmdbEpisodeSchema),
});

export const tmdbGenreListSchema = z.object({ genres: z.array(tmdbGenreSchema) });

export const tmdbConfigurationSchema = z.object({
  images: z.object({ secure_base_url: z.string(), poster_sizes: z.array(z.string()) }),
});

export type TmdbMovieResult = z.infer<typeof tmdbMovieResultSchema>;
export type TmdbTvResult = z.infer<typeof tmdbTvResultSchema>;
export type TmdbMovieDetails = z.infer<typeof tmdbMovieDetailsSchema>;
export type TmdbReleaseDates = z.infer<typeof tmdbReleaseDatesSchema>;
export type TmdbTvDetails = z.infer<typeof tmdbTvDetailsSchema>;
export type TmdbTvExternalIds = z.infer<typeof tmdbTvExternalIdsSchema>;
export type TmdbContentRatings = z.infer<typeof tmdbContentRatingsSchema>;
export type TmdbSeason = z.infer<typeof tmdbSeasonSchema>;
