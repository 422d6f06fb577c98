import { inArray } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** How other contexts name a title (the queue, the history): title, year, poster, episode numbers. */
export interface MovieRef {
  id: string;
  title: string;
  year: number | null;
  posterPath: string | null;
}
export interface SeriesRef {
  id: string;
  title: string;
  year: number | null;
  posterPath: string | null;
}
export interface EpisodeRef {
  id: string;
  seriesId: string;
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
}
export interface TitleRefs {
  movies: Map<string, MovieRef>;
  series: Map<string, SeriesRef>;
  episodes: Map<string, EpisodeRef>;
}

const CHUNK = 400;

async function inChunks<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(...(await load(unique.slice(i, i + CHUNK))));
  return out;
}

/** The titles behind these ids; ids of titles removed since are simply absent. */
export async function titleRefs(ids: {
  movieIds: string[];
  seriesIds: string[];
  episodeIds: string[];
}): Promise<TitleRefs> {
  const m = tables.movies;
  const s = tables.series;
  const e = tables.episodes;
  const [movies, series, episodes] = await Promise.all([
    inChunks(ids.movieIds, (chunk) =>
      db()
        .select({ id: m.id, title: m.title, year: m.year, posterPath: m.posterPath })
        .from(m)
        .where(inArray(m.id, chunk)),
    ),
    inChunks(ids.seriesIds, (chunk) =>
      db()
        .select({ id: s.id, title: s.title, year: s.year, posterPath: s.posterPath })
        .from(s)
        .where(inArray(s.id, chunk)),
    ),
    inChunks(ids.episodeIds, (chunk) =>
      db()
        .select({
          id: e.id,
          seriesId: e.seriesId,
          seasonNumber: e.seasonNumber,
          episodeNumber: e.episodeNumber,
          title: e.title,
        })
        .from(e)
        .where(inArray(e.id, chunk)),
    ),
  ]);
  return {
    movies: new Map(movies.map((r) => [r.id, r])),
    series: new Map(series.map((r) => [r.id, r])),
    episodes: new Map(episodes.map((r) => [r.id, r])),
  };
}
