import type { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { tx, type Db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import {
  movieEditorInput,
  movieFilterInput,
  seriesEditorInput,
  seriesFilterInput,
  type EditorResult,
  type TagChange,
} from "./bulk-edit.schemas";
import type { LibraryLookup } from "./library-lookup";
import { getMovie, updateMovie } from "./movies.service";
import { findMovieRow, movieIdsWhere } from "./movies.repo";
import { getSeries, updateSeries } from "./series.service";
import { findSeriesRow, seriesIdsWhere } from "./series.repo";

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

function withTags(current: string[], change: TagChange): string[] {
  if (change.mode === "replace") return change.values;
  if (change.mode === "add") return [...new Set([...current, ...change.values])];
  return current.filter((tag) => !change.values.includes(tag));
}

type Selection<F> = { ids?: string[]; filter?: F };

/** The ids a bulk request names: its ids, or every movie its filter matches (all pages). */
export async function selectMovies(
  actor: Actor,
  selection: Selection<z.output<typeof movieFilterInput>>,
): Promise<string[]> {
  assertCan(actor, "browse");
  return selection.ids ? [...new Set(selection.ids)] : movieIdsWhere(selection.filter ?? {});
}

export async function selectSeries(
  actor: Actor,
  selection: Selection<z.output<typeof seriesFilterInput>>,
): Promise<string[]> {
  assertCan(actor, "browse");
  return selection.ids ? [...new Set(selection.ids)] : seriesIdsWhere(selection.filter ?? {});
}

/** Every named id exists, checked before a removal touches anything. */
export async function assertMoviesExist(actor: Actor, ids: string[]): Promise<void> {
  for (const id of ids) await getMovie(actor, id);
}

export async function assertSeriesExist(actor: Actor, ids: string[]): Promise<void> {
  for (const id of ids) await getSeries(actor, id);
}

/** The changes of one title: the shared ones, and its own tags after a tag change. */
async function changesFor(
  shared: Record<string, unknown>,
  tags: TagChange | undefined,
  current: (t: Db) => Promise<{ tags: string[] } | null>,
  t: Db,
): Promise<Record<string, unknown> | null> {
  const changes = { ...shared };
  if (tags) changes.tags = withTags((await current(t))?.tags ?? [], tags);
  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * Changes many movies at once through updateMovie, in one transaction: each title is validated as
 * it is changed, and one failure (an unknown id, a library of the wrong kind) leaves every title as it was.
 */
export async function editMovies(actor: Actor, input: unknown, libraries: LibraryLookup): Promise<EditorResult> {
  assertCan(actor, "manage");
  const body = parseInput(movieEditorInput, input);
  const ids = await selectMovies(actor, body);
  const lookup = memoized(libraries);
  const searchesQueued = body.search ? ids.length : 0;
  await tx(async (t) => {
    for (const id of ids) {
      const changes = await changesFor(body.changes ?? {}, body.tags, (db) => findMovieRow(id, db), t);
      if (changes) await updateMovie(actor, id, changes, lookup, { db: t });
      if (body.search) await sendJob("automation.search", { movieId: id, trigger: "user" }, { db: t });
    }
    await publish(
      "catalog.movie.bulk-updated",
      { count: ids.length, searchesQueued },
      { actorId: actorId(actor), db: t },
    );
  });
  return { count: ids.length, ids, searchesQueued };
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
  const ids = await selectSeries(actor, body);
  const lookup = memoized(libraries);
  const files = new Map<string, ReadonlySet<string>>();
  if (body.changes?.monitor !== undefined) for (const id of ids) files.set(id, await episodeIdsWithFiles(id));
  const searchesQueued = body.search ? ids.length : 0;
  await tx(async (t) => {
    for (const id of ids) {
      const changes = await changesFor(body.changes ?? {}, body.tags, (db) => findSeriesRow(id, db), t);
      if (changes) await updateSeries(actor, id, changes, lookup, { episodeIdsWithFiles: files.get(id), db: t });
      if (body.search) await sendJob("automation.search", { seriesId: id, trigger: "user" }, { db: t });
    }
    await publish(
      "catalog.series.bulk-updated",
      { count: ids.length, searchesQueued },
      { actorId: actorId(actor), db: t },
    );
  });
  return { count: ids.length, ids, searchesQueued };
}
