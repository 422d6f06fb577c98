import { asc, eq, inArray, type SQL } from "drizzle-orm";
import { db, tables } from "@/lib/db";
import { toMovie } from "./movies.repo";
import { toEpisode, toSeason, toSeries } from "./series.repo";
import type { Episode, Movie, Season, Series } from "./catalog.schemas";

const CHUNK = 400;

export async function allMovieRows(filter: { tmdbId?: number }): Promise<Movie[]> {
  const m = tables.movies;
  const where: SQL | undefined = filter.tmdbId !== undefined ? eq(m.tmdbId, filter.tmdbId) : undefined;
  return (await db().select().from(m).where(where).orderBy(asc(m.sortTitle), asc(m.id))).map(toMovie);
}

export async function allSeriesRows(filter: { tmdbId?: number; tvdbId?: number }): Promise<Series[]> {
  const s = tables.series;
  const where: SQL | undefined =
    filter.tmdbId !== undefined
      ? eq(s.tmdbId, filter.tmdbId)
      : filter.tvdbId !== undefined
        ? eq(s.tvdbId, filter.tvdbId)
        : undefined;
  return (await db().select().from(s).where(where).orderBy(asc(s.sortTitle), asc(s.id))).map(toSeries);
}

export async function seasonAndEpisodeRows(
  seriesIds: readonly string[],
): Promise<{ seasons: Season[]; episodes: Episode[] }> {
  const se = tables.seasons;
  const ep = tables.episodes;
  const seasons: Season[] = [];
  const episodes: Episode[] = [];
  for (let i = 0; i < seriesIds.length; i += CHUNK) {
    const ids = seriesIds.slice(i, i + CHUNK);
    const [seasonRows, episodeRows] = await Promise.all([
      db().select().from(se).where(inArray(se.seriesId, ids)).orderBy(asc(se.seasonNumber)),
      db().select().from(ep).where(inArray(ep.seriesId, ids)).orderBy(asc(ep.seasonNumber), asc(ep.episodeNumber)),
    ]);
    seasons.push(...seasonRows.map(toSeason));
    episodes.push(...episodeRows.map(toEpisode));
  }
  return { seasons, episodes };
}

export async function episodeRowsById(ids: readonly string[]): Promise<Episode[]> {
  const ep = tables.episodes;
  const out: Episode[] = [];
  for (let i = 0; i < ids.length; i += CHUNK)
    out.push(
      ...(
        await db()
          .select()
          .from(ep)
          .where(inArray(ep.id, ids.slice(i, i + CHUNK)))
      ).map(toEpisode),
    );
  return out;
}
