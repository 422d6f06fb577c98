import { z } from "zod";
import { titleTagsSchema } from "./catalog.types";
import { updateMovieInput, updateSeriesInput } from "./title.input";

export const tagChangeSchema = z
  .object({
    mode: z.enum(["add", "remove", "replace"]).describe("add to, remove from, or replace each title's tags"),
    values: titleTagsSchema,
  })
  .strict();
export type TagChange = z.output<typeof tagChangeSchema>;

/** What a bulk edit changes on every selected title (the Bulk edit dialog's values, parsed in the browser too). */
export const bulkChangesInput = {
  movie: z.object({ changes: updateMovieInput, tags: tagChangeSchema.optional() }).strict(),
  series: z.object({ changes: updateSeriesInput, tags: tagChangeSchema.optional() }).strict(),
};
