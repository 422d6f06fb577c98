import type { Actor } from "@/lib/accounts";
import { editMovies, editSeries } from "@/lib/catalog";
import { resolveLibrary } from "./library-choice";
import { episodeIdsWithFiles } from "./series-monitoring";

/** The catalog's bulk edits with the libraries and the files on disk they need to see. */
export const bulkEditMovies = (actor: Actor, input: unknown) => editMovies(actor, input, resolveLibrary);
export const bulkEditSeries = (actor: Actor, input: unknown) =>
  editSeries(actor, input, resolveLibrary, episodeIdsWithFiles);
