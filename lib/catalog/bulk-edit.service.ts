import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { tx } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import {
  movieEditorInput,
  movieRemoveInput,
  seriesEditorInput,
  seriesRemoveInput,
  type EditorResult,
} from "./bulk-edit.schemas";
import type { LibraryLookup } from "./library-lookup";
import { deleteMovie, getMovie, updateMovie } from "./movies.service";
import { movieIdsWhere } from "./movies.repo";
import { deleteSeries, getSeries, updateSeries } from "./series.service";
import { seriesIdsWhere } from "./series.repo";

/** Each library is looked up once per request, not once per title. */
function memoized(libraries: LibraryLookup): LibraryLookup {
  const seen = new Map<string, ReturnType<LibraryLookup>>();
  return (kind, libraryId) => {
    const key = `${kind}:${libraryId ?? ""}`;
    let found = seen.get(key);
    if (!found) seen.set(key, (found = libraries(kind, libraryId)));
    return found;
  };
}

async function selected<F>(
  body: { ids?: string[]; filter?: F },
  idsWhere: (filter: F) => Promise<string[]>,
): Promise<string[]> {
  return body.ids ? [...new Set(body.ids)] : idsWhere(body.filter as F);
}

/**
 * Changes many movies at once through updateMovie, in one transaction: each title is validated as
 * it is changed, and one failure (an unknown id, a library of the wrong kind) leaves every title as it was.
 */
export async function editMovies(actor: Actor, input: unknown, libraries: LibraryLookup): Promise<EditorResult> {
  assertCan(actor, "manage");
  const body = parseInput(movieEditorInput, input);
  const ids = await selected(body, movieIdsWhere);
  const lookup = memoized(libraries);
  const changes = body.changes && Object.keys(body.changes).length > 0 ? body.changes : null;
  await tx(async (t) => {
    for (const id of ids) {
      if (changes) await updateMovie(actor, id, changes, lookup, { db: t });
      if (body.search) await sendJob("automation.search", { movieId: id, trigger: "user" }, { db: t });
    }
    const searchesQueued = body.search ? ids.length : 0;
    await publish(
      "catalog.movie.bulk-updated",
      { count: ids.length, searchesQueued },
      { actorId: actorId(actor), db: t },
    );
  });
  return { count: ids.length, ids, searchesQueued: body.search ? ids.length : 0 };
}

/**
 * Changes many series at once through updateSeries, in one transaction. `episodeIdsWithFiles`
 * (lib/library's) is read before the transaction, only when the monitor mode changes.
 */
export async function editSeries(
  actor: Actor,
  input: unknown,
  libraries: LibraryLookup,
  episodeIdsWithFiles: (seriesId: string) => Promise<ReadonlySet<string>>,
): Promise<EditorResult> {
  assertCan(actor, "manage");
  const body = parseInput(seriesEditorInput, input);
  const ids = await selected(body, seriesIdsWhere);
  const lookup = memoized(libraries);
  const changes = body.changes && Object.keys(body.changes).length > 0 ? body.changes : null;
  const files = new Map<string, ReadonlySet<string>>();
  if (changes?.monitor !== undefined) for (const id of ids) files.set(id, await episodeIdsWithFiles(id));
  await tx(async (t) => {
    for (const id of ids) {
      if (changes) await updateSeries(actor, id, changes, lookup, { episodeIdsWithFiles: files.get(id), db: t });
      if (body.search) await sendJob("automation.search", { seriesId: id, trigger: "user" }, { db: t });
    }
    const searchesQueued = body.search ? ids.length : 0;
    await publish(
      "catalog.series.bulk-updated",
      { count: ids.length, searchesQueued },
      { actorId: actorId(actor), db: t },
    );
  });
  return { count: ids.length, ids, searchesQueued: body.search ? ids.length : 0 };
}

/** Removes many movies; every named id must exist before the first is removed. */
export async function removeMovies(actor: Actor, input: unknown): Promise<EditorResult> {
  assertCan(actor, "manage");
  const ids = await selected(parseInput(movieRemoveInput, input), movieIdsWhere);
  for (const id of ids) await getMovie(actor, id);
  for (const id of ids) await deleteMovie(actor, id);
  return { count: ids.length, ids, searchesQueued: 0 };
}

/** Removes many series; every named id must exist before the first is removed. */
export async function removeSeries(actor: Actor, input: unknown): Promise<EditorResult> {
  assertCan(actor, "manage");
  const ids = await selected(parseInput(seriesRemoveInput, input), seriesIdsWhere);
  for (const id of ids) await getSeries(actor, id);
  for (const id of ids) await deleteSeries(actor, id);
  return { count: ids.length, ids, searchesQueued: 0 };
}
