import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/**
 * Read-only lookups for the library context (matching files, naming them): plain rows, no actor,
 * no metadata calls. Kept lean so a scan of a large tree loads each list once.
 */
export interface MovieForMatch {
  id: string;
  title: string;
  originalTitle: string | null;
  year: number | null;
  tmdbId: number;
  imdbId: string | null;
}
export interface SeriesForMatch {
  id: string;
  title: string;
  originalTitle: string | null;
  year: number | null;
  tmdbId: number;
  tvdbId: number | null;
  imdbId: string | null;
  seriesType: "standard" | "daily" | "anime";
}
export interface EpisodeForMatch {
  id: string;
  seriesId: string;
  seasonNumber: number;
  episodeNumber: number;
  absoluteNumber: number | null;
  airDate: string | null;
  title: string | null;
}

const m = tables.movies;
const s = tables.series;
const e = tables.episodes;
const movieColumns = {
  id: m.id,
  title: m.title,
  originalTitle: m.originalTitle,
  year: m.year,
  tmdbId: m.tmdbId,
  imdbId: m.imdbId,
};
const seriesColumns = {
  id: s.id,
  title: s.title,
  originalTitle: s.originalTitle,
  year: s.year,
  tmdbId: s.tmdbId,
  tvdbId: s.tvdbId,
  imdbId: s.imdbId,
  seriesType: s.seriesType,
};
const episodeColumns = {
  id: e.id,
  seriesId: e.seriesId,
  seasonNumber: e.seasonNumber,
  episodeNumber: e.episodeNumber,
  absoluteNumber: e.absoluteNumber,
  airDate: e.airDate,
  title: e.title,
};

export async function moviesForMatching(): Promise<MovieForMatch[]> {
  return db().select(movieColumns).from(m);
}

export async function seriesForMatching(): Promise<SeriesForMatch[]> {
  return db().select(seriesColumns).from(s);
}

export async function movieForMatching(id: string): Promise<MovieForMatch | null> {
  const [row] = await db().select(movieColumns).from(m).where(eq(m.id, id)).limit(1);
  return row ?? null;
}

export async function seriesOneForMatching(id: string): Promise<SeriesForMatch | null> {
  const [row] = await db().select(seriesColumns).from(s).where(eq(s.id, id)).limit(1);
  return row ?? null;
}

/** Episodes TMDB still lists, of one series. */
export async function episodesForMatching(seriesId: string): Promise<EpisodeForMatch[]> {
  return db()
    .select(episodeColumns)
    .from(e)
    .where(and(eq(e.seriesId, seriesId), isNull(e.removedAt)));
}

export async function episodesByIds(ids: string[]): Promise<EpisodeForMatch[]> {
  if (ids.length === 0) return [];
  return db().select(episodeColumns).from(e).where(inArray(e.id, ids));
}

/** Movies plus series that belong to a library. */
export async function itemsInLibrary(libraryId: string): Promise<number> {
  const [movies] = await db().select({ n: count() }).from(m).where(eq(m.libraryId, libraryId));
  const [series] = await db().select({ n: count() }).from(s).where(eq(s.libraryId, libraryId));
  return Number(movies.n) + Number(series.n);
}

/** The library a movie or series belongs to now (its files follow it, see lib/library's title move). */
export async function titlePlacement(
  owner: { movieId: string } | { seriesId: string },
): Promise<{ libraryId: string; title: string } | null> {
  const [row] =
    "movieId" in owner
      ? await db().select({ libraryId: m.libraryId, title: m.title }).from(m).where(eq(m.id, owner.movieId)).limit(1)
      : await db().select({ libraryId: s.libraryId, title: s.title }).from(s).where(eq(s.id, owner.seriesId)).limit(1);
  return row ?? null;
}
