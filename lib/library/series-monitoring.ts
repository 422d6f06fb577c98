import type { Actor } from "@/lib/accounts";
import { updateSeries, type Series } from "@/lib/catalog";
import { resolveLibrary } from "./library-choice";
import { episodeIdsOf, filesOf } from "./media-files.repo";

/** Episodes of a series that have a present file in a library. */
export async function episodeIdsWithFiles(seriesId: string): Promise<Set<string>> {
  const present = (await filesOf({ seriesId })).filter((file) => !file.missingAt).map((file) => file.id);
  return new Set([...(await episodeIdsOf(present)).values()].flat());
}

/** Updates a series; a change of monitor mode sees which episodes are on disk ("missing", "existing"). */
export async function updateSeriesMonitoring(actor: Actor, id: string, input: unknown): Promise<Series> {
  return updateSeries(actor, id, input, resolveLibrary, { episodeIdsWithFiles: await episodeIdsWithFiles(id) });
}
