import type { z } from "zod";
import { addMovieInput, addSeriesInput } from "@/lib/catalog/title.input";
import { libraryFormInput } from "@/lib/library/library.input";

/**
 * The Add dialog's form: the server's add schemas (a movie's availability and a series' monitor both
 * held, the dialog shows the one its kind uses) and, when the kind has no library yet, the new
 * library's name and folder as the library forms check them.
 */
export const addFormSchema = addMovieInput.omit({ tmdbId: true }).extend({
  monitor: addSeriesInput.shape.monitor,
  library: libraryFormInput.pick({ name: true, path: true }).optional(),
});
export type AddFormValues = z.input<typeof addFormSchema>;
export type AddFormOutput = z.output<typeof addFormSchema>;
