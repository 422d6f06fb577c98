import type { Actor } from "@/lib/accounts";
import { listArrEpisodes } from "../episodes.service";
import { getArrMovie } from "../movies.service";
import type { MovieResource } from "../movie.mapper";
import type { SeriesResource } from "../series.mapper";
import { getArrSeries } from "../series.service";

/**
 * The MovieResources of these movies (by integer id), each read once: for `includeMovie` on queue and
 * history, and for the lists (calendar, wanted) whose records are movies. Ids that name no movie are left out.
 */
export async function movieResourcesOf(actor: Actor, ids: readonly number[]): Promise<Map<number, MovieResource>> {
  const found = new Map<number, MovieResource>();
  for (const id of new Set(ids)) {
    const movie = await getArrMovie(actor, id).catch(() => null);
    if (movie) found.set(id, movie);
  }
  return found;
}

/** Records with their movie embedded as `movie` (Radarr's includeMovie); a record of no movie stays as it is. */
export async function withMovies<T extends object>(
  actor: Actor,
  records: T[],
): Promise<(T & { movie?: MovieResource })[]> {
  const idOf = (record: T) => ("movieId" in record && typeof record.movieId === "number" ? record.movieId : null);
  const movies = await movieResourcesOf(
    actor,
    records.flatMap((r) => idOf(r) ?? []),
  );
  return records.map((record) => {
    const id = idOf(record);
    const movie = id ? movies.get(id) : undefined;
    return movie ? { ...record, movie } : record;
  });
}

type EpisodeResource = Awaited<ReturnType<typeof listArrEpisodes>>[number];

/** The EpisodeResources of these episodes (by integer id), with their series and file when asked. */
export async function episodeResourcesOf(
  actor: Actor,
  ids: readonly number[],
  options: { series?: boolean; file?: boolean } = {},
): Promise<Map<number, EpisodeResource>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const episodes = await listArrEpisodes(actor, {
    episodeIds: unique,
    includeSeries: options.series ?? false,
    includeEpisodeFile: options.file ?? false,
  });
  return new Map(episodes.map((episode) => [episode.id, episode]));
}

/** Sonarr's records with `series` and `episode` inside (includeSeries, includeEpisode). */
export async function withSeriesAndEpisodes<T extends object>(
  actor: Actor,
  records: T[],
  include: { series?: boolean; episode?: boolean },
): Promise<T[]> {
  const numberOf = (record: T, key: "seriesId" | "episodeId") =>
    key in record && typeof (record as Record<string, unknown>)[key] === "number"
      ? ((record as Record<string, unknown>)[key] as number)
      : null;
  const series = new Map<number, SeriesResource>();
  if (include.series)
    for (const id of new Set(records.flatMap((r) => numberOf(r, "seriesId") ?? []))) {
      const found = await getArrSeries(actor, id).catch(() => null);
      if (found) series.set(id, found);
    }
  const episodes = include.episode
    ? await episodeResourcesOf(
        actor,
        records.flatMap((r) => numberOf(r, "episodeId") ?? []),
      )
    : new Map<number, EpisodeResource>();
  return records.map((record) => {
    const seriesId = numberOf(record, "seriesId");
    const episodeId = numberOf(record, "episodeId");
    const s = seriesId !== null ? series.get(seriesId) : undefined;
    const e = episodeId !== null ? episodes.get(episodeId) : undefined;
    return { ...record, ...(s ? { series: s } : {}), ...(e ? { episode: e } : {}) };
  });
}

/** Radarr's includeMovie, Sonarr's includeSeries and includeEpisode, for the records of either persona. */
export async function withTitles<T extends object>(
  actor: Actor,
  persona: "radarr" | "sonarr",
  records: T[],
  include: { includeMovie?: boolean; includeSeries?: boolean; includeEpisode?: boolean },
): Promise<T[]> {
  if (persona === "radarr") return include.includeMovie ? withMovies(actor, records) : records;
  if (!include.includeSeries && !include.includeEpisode) return records;
  return withSeriesAndEpisodes(actor, records, { series: include.includeSeries, episode: include.includeEpisode });
}
