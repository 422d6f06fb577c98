import type {
  DiscoverList,
  ExternalIdMatches,
  Genre,
  MediaType,
  MovieMetadata,
  ResultPage,
  SeasonMetadata,
  SeriesMetadata,
} from "./metadata.types";

/** One interface for every metadata source (TMDB direct, a Mydia relay). Errors are lib/http's typed ones. */
export interface MetadataProvider {
  readonly kind: "tmdb" | "relay";
  readonly language: string;
  /** Cheapest authenticated call, for Settings → Metadata → Test. */
  test(): Promise<void>;
  search(type: MediaType, query: string, page?: number): Promise<ResultPage>;
  movie(tmdbId: number, options?: { fresh?: boolean }): Promise<MovieMetadata>;
  series(tmdbId: number, options?: { fresh?: boolean }): Promise<SeriesMetadata>;
  season(tmdbId: number, seasonNumber: number, options?: { fresh?: boolean }): Promise<SeasonMetadata | null>;
  list(type: MediaType, list: DiscoverList, page?: number): Promise<ResultPage>;
  byGenre(type: MediaType, genreId: number, page?: number): Promise<ResultPage>;
  genres(type: MediaType): Promise<Genre[]>;
  /** TMDB ids of the titles an IMDb id ("tt0137523") or a TVDB id ("121361") names. */
  findByExternalId(source: "imdb" | "tvdb", externalId: string): Promise<ExternalIdMatches>;
}
