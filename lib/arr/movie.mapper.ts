import { movieAvailable } from "@/lib/automation";
import type { Movie } from "@/lib/catalog";
import type { Library, MediaFile } from "@/lib/library";
import { titleFolder } from "@/lib/library";
import type { MovieMetadata, SearchResult } from "@/lib/metadata";
import { toMovieFile } from "./file.mapper";
import { arrLanguageOf } from "./languages";
import { NEVER, cleanTitleOf, coversOf, dateTime, remotePosterOf, sum, titleSlugOf } from "./title-common";

/** What Radarr's MovieResource is built from, whether the movie is in the library or only looked up. */
export type MovieFacts = Pick<
  Movie,
  | "tmdbId"
  | "imdbId"
  | "title"
  | "originalTitle"
  | "originalLanguage"
  | "year"
  | "overview"
  | "runtime"
  | "status"
  | "inCinemasAt"
  | "digitalReleaseAt"
  | "physicalReleaseAt"
  | "genres"
  | "certification"
  | "rating"
  | "votes"
  | "posterPath"
  | "backdropPath"
  | "collection"
>;

/** A movie of the library: its ids and choices, its library and its video files. */
export interface MovieInLibrary {
  id: number;
  movie: Movie;
  qualityProfileId: number;
  tagIds: number[];
  library: Library | undefined;
  files: { id: number; file: MediaFile }[];
}

const day = (value: string | null) => (value ? `${value}T00:00:00.000Z` : null);

export function factsOfMetadata(meta: MovieMetadata, status: Movie["status"]): MovieFacts {
  return {
    ...meta,
    status,
    inCinemasAt: day(meta.releaseDates.inCinemas),
    digitalReleaseAt: day(meta.releaseDates.digital),
    physicalReleaseAt: day(meta.releaseDates.physical),
  };
}

export function factsOfSearchResult(result: SearchResult): MovieFacts {
  return {
    tmdbId: result.tmdbId,
    imdbId: null,
    title: result.title,
    originalTitle: result.originalTitle,
    originalLanguage: null,
    year: result.year,
    overview: result.overview,
    runtime: null,
    status: "announced",
    inCinemasAt: null,
    digitalReleaseAt: null,
    physicalReleaseAt: null,
    genres: [],
    certification: null,
    rating: result.rating,
    votes: null,
    posterPath: result.posterPath,
    backdropPath: result.backdropPath,
    collection: null,
  };
}

/** Radarr's statuses: Mydia's "canceled" has none, and answers "deleted" as Radarr does for a vanished title. */
const statusOf = (status: Movie["status"]) => (status === "canceled" ? "deleted" : status);

const toDate = (value: string | null) => (value ? new Date(value) : null);

function folderOf(facts: MovieFacts, library: Library): string {
  return titleFolder(library, {
    movie: { title: facts.title, year: facts.year, tmdbId: facts.tmdbId, imdbId: facts.imdbId },
  });
}

export function toMovieResource(facts: MovieFacts, inLibrary: MovieInLibrary | null, defaultLibrary?: Library) {
  const files = inLibrary?.files ?? [];
  const library = inLibrary?.library ?? defaultLibrary;
  const folderName = files[0]?.file.relativePath.split("/")[0] ?? (library ? folderOf(facts, library) : facts.title);
  const sizeOnDisk = sum(files.map((f) => f.file.size));
  const movie = inLibrary?.movie;
  const releaseDate = [facts.digitalReleaseAt, facts.physicalReleaseAt].filter((d) => d !== null).sort()[0] ?? null;
  const movieFile = files[0] && inLibrary ? toMovieFile(files[0].file, files[0].id, inLibrary.id) : undefined;
  return {
    ...(inLibrary ? { id: inLibrary.id } : {}),
    title: facts.title,
    originalTitle: facts.originalTitle ?? facts.title,
    originalLanguage: arrLanguageOf(facts.originalLanguage),
    alternateTitles: [],
    secondaryYearSourceId: 0,
    sortTitle: facts.title.toLowerCase(),
    sizeOnDisk,
    status: statusOf(facts.status),
    overview: facts.overview ?? "",
    inCinemas: dateTime(facts.inCinemasAt),
    physicalRelease: dateTime(facts.physicalReleaseAt),
    digitalRelease: dateTime(facts.digitalReleaseAt),
    releaseDate: dateTime(releaseDate),
    images: coversOf(facts.posterPath, facts.backdropPath),
    remotePoster: remotePosterOf(facts.posterPath),
    year: facts.year ?? 0,
    path: library && inLibrary ? `${library.path}/${folderName}` : null,
    qualityProfileId: inLibrary?.qualityProfileId ?? 0,
    hasFile: files.length > 0,
    movieFileId: files[0]?.id ?? 0,
    monitored: movie?.monitored ?? false,
    minimumAvailability: movie?.minimumAvailability ?? "released",
    isAvailable: movieAvailable(
      {
        status: facts.status,
        minimumAvailability: movie?.minimumAvailability ?? "released",
        inCinemasAt: toDate(facts.inCinemasAt),
        digitalReleaseAt: toDate(facts.digitalReleaseAt),
        physicalReleaseAt: toDate(facts.physicalReleaseAt),
      },
      Date.now(),
    ),
    folderName: library ? `${library.path}/${folderName}` : folderName,
    runtime: facts.runtime ?? 0,
    cleanTitle: cleanTitleOf(facts.title),
    imdbId: facts.imdbId,
    tmdbId: facts.tmdbId,
    titleSlug: titleSlugOf(facts.title, facts.tmdbId),
    rootFolderPath: inLibrary && library ? library.path : null,
    folder: folderName,
    certification: facts.certification,
    genres: facts.genres,
    keywords: [],
    tags: inLibrary?.tagIds ?? [],
    added: movie ? new Date(movie.addedAt).toISOString() : NEVER,
    ratings: { tmdb: { votes: facts.votes ?? 0, value: facts.rating ?? 0, type: "user" as const } },
    ...(movieFile ? { movieFile } : {}),
    ...(facts.collection ? { collection: { title: facts.collection.name, tmdbId: facts.collection.tmdbId } } : {}),
    popularity: 0,
    lastSearchTime: dateTime(movie?.searchRequestedAt),
    statistics: {
      movieFileCount: files.length,
      sizeOnDisk,
      releaseGroups: [...new Set(files.map((f) => f.file.releaseGroup).filter((g): g is string => !!g))],
    },
  };
}
export type MovieResource = ReturnType<typeof toMovieResource>;
