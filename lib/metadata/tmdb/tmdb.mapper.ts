import type {
  EpisodeMetadata,
  MovieMetadata,
  ResultPage,
  SearchResult,
  SeasonMetadata,
  SeriesMetadata,
} from "../metadata.types";
import type {
  TmdbContentRatings,
  TmdbMovieDetails,
  TmdbMovieResult,
  TmdbReleaseDates,
  TmdbSeason,
  TmdbTvDetails,
  TmdbTvExternalIds,
  TmdbTvResult,
} from "./tmdb.schema";

/** TMDB uses "" for missing strings in places; normalize both to null. */
const text = (value: string | null | undefined): string | null => (value && value.trim() ? value : null);
const yearOf = (date: string | null | undefined): number | null => {
  const match = date?.match(/^(\d{4})-/);
  return match ? Number(match[1]) : null;
};
const day = (value: string | null | undefined): string | null =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

export function mapMovieResult(r: TmdbMovieResult): SearchResult {
  return {
    type: "movie",
    tmdbId: r.id,
    title: r.title,
    originalTitle: text(r.original_title),
    year: yearOf(r.release_date),
    overview: text(r.overview),
    posterPath: text(r.poster_path),
    backdropPath: text(r.backdrop_path),
    rating: r.vote_average ?? null,
    popularity: r.popularity ?? null,
    genreIds: r.genre_ids ?? [],
  };
}

export function mapTvResult(r: TmdbTvResult): SearchResult {
  return {
    type: "tv",
    tmdbId: r.id,
    title: r.name,
    originalTitle: text(r.original_name),
    year: yearOf(r.first_air_date),
    overview: text(r.overview),
    posterPath: text(r.poster_path),
    backdropPath: text(r.backdrop_path),
    rating: r.vote_average ?? null,
    popularity: r.popularity ?? null,
    genreIds: r.genre_ids ?? [],
  };
}

export function mapPage<T>(
  page: { page: number; total_pages: number; total_results: number; results: T[] },
  map: (item: T) => SearchResult | null,
): ResultPage {
  return {
    page: page.page,
    totalPages: page.total_pages,
    totalResults: page.total_results,
    results: page.results.map(map).filter((r): r is SearchResult => r !== null),
  };
}

// TMDB release types: 1 premiere, 2 limited theatrical, 3 theatrical, 4 digital, 5 physical, 6 TV.
function earliest(dates: { release_date: string; type: number }[], types: number[]): string | null {
  const days = dates
    .filter((d) => types.includes(d.type))
    .map((d) => day(d.release_date))
    .filter((d): d is string => d !== null);
  return days.sort()[0] ?? null;
}

/**
 * Release dates and certification for a region (the language's country, e.g. de-DE → DE), falling
 * back to the US and then to the details' own release_date.
 */
export function mapMovie(details: TmdbMovieDetails, releases: TmdbReleaseDates | null, region = "US"): MovieMetadata {
  const countries = releases?.results ?? [];
  const pick = (code: string) => countries.find((c) => c.iso_3166_1 === code)?.release_dates ?? [];
  const local = pick(region);
  const us = pick("US");
  const all = countries.flatMap((c) => c.release_dates);
  const firstOf = (types: number[]) => earliest(local, types) ?? earliest(us, types) ?? null;
  const theatrical = firstOf([3, 2]) ?? day(details.release_date) ?? earliest(all, [3, 2]);
  const certification =
    [...local, ...us]
      .filter((d) => d.type === 3 || d.type === 2)
      .map((d) => text(d.certification))
      .find(Boolean) ??
    [...local, ...us].map((d) => text(d.certification)).find(Boolean) ??
    null;
  return {
    tmdbId: details.id,
    imdbId: text(details.imdb_id),
    title: details.title,
    originalTitle: text(details.original_title),
    originalLanguage: text(details.original_language),
    year: yearOf(theatrical ?? details.release_date),
    overview: text(details.overview),
    runtime: details.runtime || null,
    tmdbStatus: text(details.status),
    releaseDates: { inCinemas: theatrical, digital: firstOf([4]), physical: firstOf([5]) },
    genres: (details.genres ?? []).map((g) => g.name),
    certification,
    rating: details.vote_average ?? null,
    votes: details.vote_count ?? null,
    popularity: details.popularity ?? null,
    posterPath: text(details.poster_path),
    backdropPath: text(details.backdrop_path),
    collection: details.belongs_to_collection
      ? { tmdbId: details.belongs_to_collection.id, name: details.belongs_to_collection.name }
      : null,
  };
}

export function mapSeries(
  details: TmdbTvDetails,
  externalIds: TmdbTvExternalIds | null,
  ratings: TmdbContentRatings | null,
  region = "US",
): SeriesMetadata {
  const rating = (code: string) => text(ratings?.results.find((r) => r.iso_3166_1 === code)?.rating);
  return {
    tmdbId: details.id,
    tvdbId: externalIds?.tvdb_id ?? null,
    imdbId: text(externalIds?.imdb_id),
    title: details.name,
    originalTitle: text(details.original_name),
    originalLanguage: text(details.original_language),
    year: yearOf(details.first_air_date),
    overview: text(details.overview),
    tmdbStatus: text(details.status),
    tmdbType: text(details.type),
    network: details.networks?.[0]?.name ?? null,
    runtime: details.episode_run_time?.[0] ?? null,
    genres: (details.genres ?? []).map((g) => g.name),
    certification: rating(region) ?? rating("US"),
    rating: details.vote_average ?? null,
    votes: details.vote_count ?? null,
    popularity: details.popularity ?? null,
    posterPath: text(details.poster_path),
    backdropPath: text(details.backdrop_path),
    firstAirDate: day(details.first_air_date),
    seasons: (details.seasons ?? []).map((s) => ({
      seasonNumber: s.season_number,
      title: text(s.name),
      overview: text(s.overview),
      posterPath: text(s.poster_path),
      airDate: day(s.air_date),
      episodeCount: s.episode_count ?? null,
    })),
  };
}

export function mapSeason(season: TmdbSeason): SeasonMetadata {
  const episodes: EpisodeMetadata[] = season.episodes.map((e) => ({
    tmdbId: e.id,
    seasonNumber: e.season_number,
    episodeNumber: e.episode_number,
    title: text(e.name),
    overview: text(e.overview),
    airDate: day(e.air_date),
    runtime: e.runtime ?? null,
    stillPath: text(e.still_path),
  }));
  return {
    seasonNumber: season.season_number,
    title: text(season.name),
    overview: text(season.overview),
    posterPath: text(season.poster_path),
    airDate: day(season.air_date),
    episodeCount: episodes.length,
    episodes,
  };
}
