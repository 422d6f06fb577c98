import { systemActor } from "@/lib/accounts";
import { listEpisodes, moviesInLibrary, seriesInLibrary, type Episode } from "@/lib/catalog";
import { listQueue } from "@/lib/downloads";
import { episodesWithFiles, moviesWithFiles } from "@/lib/library";
import type { RequestMediaType, RequestScope } from "@/lib/db/types";

/** A title as the catalog and the library see it now: nothing here is stored with the request, so it cannot drift. */
export interface TitleAvailability {
  /** The catalog's id of the movie or series; null while it is not in the catalog. */
  catalogId: string | null;
  /** The requested movie, or the requested episodes that have aired (ids of the catalog). */
  wanted: string[];
  /** Of `wanted`, those with a video file in the library. */
  present: string[];
}

interface Titled {
  mediaType: RequestMediaType;
  tmdbId: number;
  scope: RequestScope;
}

export function inScope(scope: RequestScope, e: { seasonNumber: number; episodeNumber: number }): boolean {
  if (e.seasonNumber === 0) return scope.episodes.some((x) => x.season === 0 && x.episode === e.episodeNumber);
  return (
    scope.whole ||
    scope.seasons.includes(e.seasonNumber) ||
    scope.episodes.some((x) => x.season === e.seasonNumber && x.episode === e.episodeNumber)
  );
}

function aired(e: Episode, today: string): boolean {
  return !!e.airDate && e.airDate <= today;
}

/** Requested episodes of a series in the catalog (aired ones: an episode not out yet cannot be missing). */
export async function wantedEpisodes(seriesId: string, scope: RequestScope, now = new Date()): Promise<Episode[]> {
  const today = now.toISOString().slice(0, 10);
  return (await listEpisodes(systemActor, seriesId)).filter(
    (e) => !e.removedAt && aired(e, today) && inScope(scope, e),
  );
}

export async function availabilityOf(titles: Titled[], now = new Date()): Promise<TitleAvailability[]> {
  const movieIds = await moviesInLibrary(
    systemActor,
    titles.filter((t) => t.mediaType === "movie").map((t) => t.tmdbId),
  );
  const seriesIds = await seriesInLibrary(
    systemActor,
    titles.filter((t) => t.mediaType === "series").map((t) => t.tmdbId),
  );
  const withFile = await moviesWithFiles(systemActor, [...movieIds.values()]);
  return Promise.all(
    titles.map(async (t): Promise<TitleAvailability> => {
      if (t.mediaType === "movie") {
        const id = movieIds.get(t.tmdbId) ?? null;
        return { catalogId: id, wanted: id ? [id] : [], present: id && withFile.has(id) ? [id] : [] };
      }
      const id = seriesIds.get(t.tmdbId) ?? null;
      if (!id) return { catalogId: null, wanted: [], present: [] };
      const wanted = (await wantedEpisodes(id, t.scope, now)).map((e) => e.id);
      const present = await episodesWithFiles(systemActor, wanted);
      return { catalogId: id, wanted, present: wanted.filter((e) => present.has(e)) };
    }),
  );
}

export function isAvailable(a: TitleAvailability): boolean {
  return a.wanted.length > 0 && a.present.length === a.wanted.length;
}

/** Downloads on their way for a title's missing requested items, with their average progress (null: none). */
export async function downloadProgressOf(
  titles: { mediaType: RequestMediaType; availability: TitleAvailability }[],
): Promise<(number | null)[]> {
  const queue = (await listQueue(systemActor)).filter((q) => q.status !== "failed" && q.status !== "removed");
  return titles.map(({ mediaType, availability: a }) => {
    if (!a.catalogId) return null;
    const missing = new Set(a.wanted.filter((id) => !a.present.includes(id)));
    const mine = queue.filter((q) =>
      mediaType === "movie"
        ? q.movieId === a.catalogId
        : q.seriesId === a.catalogId && (q.episodeIds.length === 0 || q.episodeIds.some((e) => missing.has(e))),
    );
    if (mine.length === 0) return null;
    return Math.round((mine.reduce((sum, q) => sum + q.progress, 0) / mine.length) * 10) / 10;
  });
}
