import type { EpisodeMetadata, MovieMetadata, SeasonMetadata, SeriesMetadata } from "@/lib/metadata";
import type { ArrEpisode, ArrMovie, ArrSeries } from "./arr-resources.schema";

/**
 * The facts Radarr and Sonarr already hold, as Mydia's metadata: the import adds hundreds of titles
 * without one metadata lookup each; the next metadata refresh brings them up to date.
 */

/** "https://image.tmdb.org/t/p/original/abc.jpg" → "/abc.jpg" (Mydia stores TMDB image paths); other hosts → null. */
function tmdbImagePath(images: { coverType: string; remoteUrl?: string | null }[] | null | undefined, type: string) {
  const url = images?.find((i) => i.coverType === type)?.remoteUrl;
  const match = url
    ? /^https:\/\/image\.tmdb\.org\/t\/p\/[a-z0-9]+(\/[A-Za-z0-9_-]+\.(?:jpg|png|webp))$/.exec(url)
    : null;
  return match ? match[1] : null;
}

const day = (value: string | null | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

const movieStatus: Record<string, string> = {
  tba: "Rumored",
  announced: "Planned",
  inCinemas: "Released",
  released: "Released",
  deleted: "Canceled",
};

export function movieMetadataOf(movie: ArrMovie): MovieMetadata {
  return {
    tmdbId: movie.tmdbId,
    imdbId: movie.imdbId || null,
    title: movie.title,
    originalTitle: movie.originalTitle ?? null,
    originalLanguage: null,
    year: movie.year || null,
    overview: movie.overview ?? null,
    runtime: movie.runtime || null,
    tmdbStatus: movieStatus[movie.status ?? ""] ?? null,
    releaseDates: {
      inCinemas: day(movie.inCinemas),
      digital: day(movie.digitalRelease),
      physical: day(movie.physicalRelease),
    },
    genres: movie.genres ?? [],
    certification: movie.certification ?? null,
    rating: movie.ratings?.tmdb?.value ?? null,
    votes: movie.ratings?.tmdb?.votes ?? null,
    popularity: movie.popularity ?? null,
    posterPath: tmdbImagePath(movie.images, "poster"),
    backdropPath: tmdbImagePath(movie.images, "fanart"),
    collection: movie.collection ? { tmdbId: movie.collection.tmdbId, name: movie.collection.title ?? "" } : null,
  };
}

const seriesStatus: Record<string, string> = {
  continuing: "Returning Series",
  ended: "Ended",
  upcoming: "Planned",
  deleted: "Canceled",
};

export function seriesMetadataOf(
  series: ArrSeries & { tmdbId: number },
  episodes: readonly ArrEpisode[],
): { meta: SeriesMetadata; seasons: SeasonMetadata[] } {
  const numbers = [...new Set([...series.seasons.map((s) => s.seasonNumber), ...episodes.map((e) => e.seasonNumber)])];
  const seasons: SeasonMetadata[] = numbers
    .sort((a, b) => a - b)
    .map((seasonNumber) => {
      const own = episodes
        .filter((e) => e.seasonNumber === seasonNumber)
        .sort((a, b) => a.episodeNumber - b.episodeNumber)
        .map((e): EpisodeMetadata => ({
          tmdbId: 0,
          seasonNumber,
          episodeNumber: e.episodeNumber,
          title: e.title ?? null,
          overview: e.overview ?? null,
          airDate: day(e.airDate),
          runtime: e.runtime || null,
          stillPath: null,
        }));
      return {
        seasonNumber,
        title: seasonNumber === 0 ? "Specials" : `Season ${seasonNumber}`,
        overview: null,
        posterPath: null,
        airDate: own[0]?.airDate ?? null,
        episodeCount: own.length,
        episodes: own,
      };
    });
  return {
    meta: {
      tmdbId: series.tmdbId,
      tvdbId: series.tvdbId || null,
      imdbId: series.imdbId || null,
      title: series.title,
      originalTitle: null,
      originalLanguage: null,
      year: series.year || null,
      overview: series.overview ?? null,
      tmdbStatus: seriesStatus[series.status ?? ""] ?? null,
      tmdbType: null,
      network: series.network ?? null,
      runtime: series.runtime || null,
      genres: series.genres ?? [],
      certification: series.certification ?? null,
      rating: series.ratings?.value ?? null,
      votes: series.ratings?.votes ?? null,
      popularity: null,
      posterPath: tmdbImagePath(series.images, "poster"),
      backdropPath: tmdbImagePath(series.images, "fanart"),
      firstAirDate: day(series.firstAired),
      seasons: seasons.map(({ episodes: _episodes, ...summary }) => summary),
    },
    seasons,
  };
}
