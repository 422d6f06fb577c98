import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import {
  assertMoviesExist,
  assertSeriesExist,
  bulkSelectionShape,
  editMovies,
  editSeries,
  exactlyOneSelection,
  movieFilterInput,
  selectionMessage,
  selectMovies,
  selectSeries,
  seriesFilterInput,
  type EditorResult,
} from "@/lib/catalog";
import { parseInput } from "@/lib/errors";
import { resolveLibrary } from "./library-choice";
import { deleteMovie, deleteSeries, removeTitleOptions } from "./remove-title";
import { episodeIdsWithFiles } from "./series-monitoring";

/** The catalog's bulk edits with the libraries and the files on disk they need to see. */
export const bulkEditMovies = (actor: Actor, input: unknown) => editMovies(actor, input, resolveLibrary);
export const bulkEditSeries = (actor: Actor, input: unknown) =>
  editSeries(actor, input, resolveLibrary, episodeIdsWithFiles);

const removeBody = <F extends z.ZodType>(filter: F) =>
  z
    .object({ ...bulkSelectionShape(filter), ...removeTitleOptions.shape })
    .strict()
    .refine(exactlyOneSelection, selectionMessage);
export const movieRemoveInput = removeBody(movieFilterInput);
export type MovieRemoveInput = z.input<typeof movieRemoveInput>;
export const seriesRemoveInput = removeBody(seriesFilterInput);
export type SeriesRemoveInput = z.input<typeof seriesRemoveInput>;

/**
 * Removes many movies through deleteMovie (files to the recycle bin with deleteFiles, an import
 * exclusion with addExclusion). Every named id must exist before the first is removed; each title
 * is then removed in its own transaction, because recycling files is not a database step.
 */
export async function bulkRemoveMovies(actor: Actor, input: unknown): Promise<EditorResult> {
  assertCan(actor, "manage");
  const { deleteFiles, addExclusion, ...selection } = parseInput(movieRemoveInput, input);
  const ids = await selectMovies(actor, selection);
  await assertMoviesExist(actor, ids);
  for (const id of ids) await deleteMovie(actor, id, { deleteFiles, addExclusion });
  return { count: ids.length, ids, searchesQueued: 0 };
}

export async function bulkRemoveSeries(actor: Actor, input: unknown): Promise<EditorResult> {
  assertCan(actor, "manage");
  const { deleteFiles, addExclusion, ...selection } = parseInput(seriesRemoveInput, input);
  const ids = await selectSeries(actor, selection);
  await assertSeriesExist(actor, ids);
  for (const id of ids) await deleteSeries(actor, id, { deleteFiles, addExclusion });
  return { count: ids.length, ids, searchesQueued: 0 };
}
