import type { Actor } from "@/lib/accounts";
import { getArrMovie } from "../movies.service";
import type { MovieResource } from "../movie.mapper";

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
