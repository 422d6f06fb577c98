import { HttpStatusError } from "@/lib/http";
import type {
  DiscoverList,
  ExternalIdMatches,
  Genre,
  MediaType,
  MovieMetadata,
  ResultPage,
  SeasonMetadata,
  SeriesMetadata,
} from "../metadata.types";
import type { MetadataProvider } from "../provider";
import { TmdbClient, ttl, type TmdbClientOptions } from "./tmdb.client";
import { mapMovie, mapMovieResult, mapPage, mapSeason, mapSeries, mapTvResult } from "./tmdb.mapper";
import {
  tmdbContentRatingsSchema,
  tmdbFindSchema,
  tmdbGenreListSchema,
  tmdbMixedPageSchema,
  tmdbMovieDetailsSchema,
  tmdbMoviePageSchema,
  tmdbMovieResultSchema,
  tmdbReleaseDatesSchema,
  tmdbSeasonSchema,
  tmdbTvDetailsSchema,
  tmdbTvExternalIdsSchema,
  tmdbTvPageSchema,
  tmdbTvResultSchema,
} from "./tmdb.schema";

const FALLBACK_LANGUAGE = "en-US";

/** TMDB v3, spoken directly (with a key) or through a Mydia metadata relay (same paths, no key). */
export class TmdbProvider implements MetadataProvider {
  private readonly client: TmdbClient;
  readonly region: string;

  constructor(
    readonly kind: "tmdb" | "relay",
    options: TmdbClientOptions,
    readonly language: string,
  ) {
    this.client = new TmdbClient(options);
    this.region = language.split("-")[1] ?? "US";
  }

  private async optional<T>(load: () => Promise<T>): Promise<T | null> {
    try {
      return await load();
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) return null;
      throw error;
    }
  }

  async test(): Promise<void> {
    await this.client.get("genre/movie/list", { language: this.language }, tmdbGenreListSchema, {
      ttlMs: 0,
      fresh: true,
    });
  }

  async search(type: MediaType, query: string, page = 1): Promise<ResultPage> {
    const params = { query, page, language: this.language, include_adult: "false" };
    if (type === "movie") {
      return mapPage(
        await this.client.get("search/movie", params, tmdbMoviePageSchema, { ttlMs: ttl.search }),
        mapMovieResult,
      );
    }
    return mapPage(await this.client.get("search/tv", params, tmdbTvPageSchema, { ttlMs: ttl.search }), mapTvResult);
  }

  async movie(tmdbId: number, options: { fresh?: boolean } = {}): Promise<MovieMetadata> {
    const get = { ttlMs: ttl.details, fresh: options.fresh };
    const [details, releases] = await Promise.all([
      this.client.get(`movie/${tmdbId}`, { language: this.language }, tmdbMovieDetailsSchema, get),
      this.optional(() => this.client.get(`movie/${tmdbId}/release_dates`, {}, tmdbReleaseDatesSchema, get)),
    ]);
    const movie = mapMovie(details, releases, this.region);
    if (this.language !== FALLBACK_LANGUAGE && !movie.overview) {
      const fallback = await this.client.get(
        `movie/${tmdbId}`,
        { language: FALLBACK_LANGUAGE },
        tmdbMovieDetailsSchema,
        get,
      );
      movie.overview = fallback.overview || null;
    }
    return movie;
  }

  async series(tmdbId: number, options: { fresh?: boolean } = {}): Promise<SeriesMetadata> {
    const get = { ttlMs: ttl.details, fresh: options.fresh };
    const [details, externalIds, ratings] = await Promise.all([
      this.client.get(`tv/${tmdbId}`, { language: this.language }, tmdbTvDetailsSchema, get),
      this.optional(() => this.client.get(`tv/${tmdbId}/external_ids`, {}, tmdbTvExternalIdsSchema, get)),
      this.optional(() => this.client.get(`tv/${tmdbId}/content_ratings`, {}, tmdbContentRatingsSchema, get)),
    ]);
    const series = mapSeries(details, externalIds, ratings, this.region);
    if (this.language !== FALLBACK_LANGUAGE && !series.overview) {
      const fallback = await this.client.get(`tv/${tmdbId}`, { language: FALLBACK_LANGUAGE }, tmdbTvDetailsSchema, get);
      series.overview = fallback.overview || null;
    }
    return series;
  }

  /** null when TMDB lists a season it cannot serve (it happens for specials and unaired seasons). */
  async season(
    tmdbId: number,
    seasonNumber: number,
    options: { fresh?: boolean } = {},
  ): Promise<SeasonMetadata | null> {
    const get = { ttlMs: ttl.details, fresh: options.fresh };
    const season = await this.optional(() =>
      this.client.get(`tv/${tmdbId}/season/${seasonNumber}`, { language: this.language }, tmdbSeasonSchema, get),
    );
    return season ? mapSeason(season) : null;
  }

  async list(type: MediaType, list: DiscoverList, page = 1): Promise<ResultPage> {
    const params = { page, language: this.language, region: list === "upcoming" ? this.region : undefined };
    if (list === "trending") {
      const raw = await this.client.get(`trending/${type}/week`, params, tmdbMixedPageSchema, { ttlMs: ttl.trending });
      return mapPage(raw, (item) => {
        const parsed = type === "movie" ? tmdbMovieResultSchema.safeParse(item) : tmdbTvResultSchema.safeParse(item);
        if (!parsed.success) return null;
        return "title" in parsed.data ? mapMovieResult(parsed.data) : mapTvResult(parsed.data);
      });
    }
    const path =
      type === "movie"
        ? { popular: "movie/popular", upcoming: "movie/upcoming", topRated: "movie/top_rated" }[list]
        : { popular: "tv/popular", upcoming: "tv/on_the_air", topRated: "tv/top_rated" }[list];
    return type === "movie"
      ? mapPage(await this.client.get(path, params, tmdbMoviePageSchema, { ttlMs: ttl.lists }), mapMovieResult)
      : mapPage(await this.client.get(path, params, tmdbTvPageSchema, { ttlMs: ttl.lists }), mapTvResult);
  }

  async byGenre(type: MediaType, genreId: number, page = 1): Promise<ResultPage> {
    const params = {
      page,
      language: this.language,
      with_genres: genreId,
      sort_by: "popularity.desc",
      include_adult: "false",
    };
    return type === "movie"
      ? mapPage(
          await this.client.get("discover/movie", params, tmdbMoviePageSchema, { ttlMs: ttl.lists }),
          mapMovieResult,
        )
      : mapPage(await this.client.get("discover/tv", params, tmdbTvPageSchema, { ttlMs: ttl.lists }), mapTvResult);
  }

  async genres(type: MediaType): Promise<Genre[]> {
    const raw = await this.client.get(`genre/${type}/list`, { language: this.language }, tmdbGenreListSchema, {
      ttlMs: ttl.genres,
    });
    return raw.genres;
  }

  async findByExternalId(source: "imdb" | "tvdb", externalId: string): Promise<ExternalIdMatches> {
    const found = await this.client.get(
      `find/${encodeURIComponent(externalId)}`,
      { external_source: `${source}_id` },
      tmdbFindSchema,
      { ttlMs: ttl.details },
    );
    return { movies: found.movie_results.map((r) => r.id), series: found.tv_results.map((r) => r.id) };
  }
}
