import { assertCan, type Actor } from "@/lib/accounts";
import type { Episode, Movie, Season, Series } from "./catalog.schemas";
import { allMovieRows, allSeriesRows, episodeRowsById, seasonAndEpisodeRows } from "./whole-catalog.repo";

/**
 * Whole-catalog reads for clients that take every title in one answer (the *arr API's `GET movie`):
 * full resources, optionally narrowed to one external id, and the seasons and episodes of many series.
 */
export async function allMovies(actor: Actor, filter: { tmdbId?: number } = {}): Promise<Movie[]> {
  assertCan(actor, "browse");
  return allMovieRows(filter);
}

export async function allSeries(actor: Actor, filter: { tmdbId?: number; tvdbId?: number } = {}): Promise<Series[]> {
  assertCan(actor, "browse");
  return allSeriesRows(filter);
}

/** Seasons and episodes of these series (removed ones included: callers decide), in one batch. */
export async function seasonsAndEpisodesOf(
  actor: Actor,
  seriesIds: readonly string[],
): Promise<{ seasons: Season[]; episodes: Episode[] }> {
  assertCan(actor, "browse");
  return seasonAndEpisodeRows(seriesIds);
}

/** These episodes, by id. */
export async function episodesById(actor: Actor, ids: readonly string[]): Promise<Episode[]> {
  assertCan(actor, "browse");
  return episodeRowsById(ids);
}
