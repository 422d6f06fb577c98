import { z } from "zod";
import { movieListQuery, seriesListQuery, updateMovieInput, updateSeriesInput } from "./catalog.schemas";
import { tagChangeSchema } from "./bulk-edit.input";

export * from "./bulk-edit.input";

const id = z.string().min(1).max(100);
/** One request names at most this many ids (a filter selects any number). */
export const BULK_LIMIT = 20_000;

const filterKeys = { q: true, monitored: true, status: true, genre: true, tag: true, libraryId: true } as const;
export const movieFilterInput = movieListQuery.pick(filterKeys).strict();
export const seriesFilterInput = seriesListQuery.pick(filterKeys).strict();

/** The titles a bulk request acts on: ids, or every title the list filter matches. */
export const bulkSelectionShape = <F extends z.ZodType>(filter: F) => ({
  ids: z
    .array(id)
    .min(1)
    .max(BULK_LIMIT)
    .optional()
    .describe("The titles to change, by id. Give ids or filter, not both."),
  filter: filter
    .optional()
    .describe(
      "Every title the list filter matches (the Movies/TV list's q, monitored, status, genre, tag, libraryId), on every page",
    ),
});

export const exactlyOneSelection = (body: { ids?: unknown; filter?: unknown }) =>
  (body.ids === undefined) !== (body.filter === undefined);
export const selectionMessage = { message: "Name the titles: give ids or a filter (not both)", path: ["ids"] };

const editorBody = <F extends z.ZodType, C extends z.ZodObject>(filter: F, changes: C) =>
  z
    .object({
      ...bulkSelectionShape(filter),
      changes: changes.optional().describe("Only the named fields change; the rest stay"),
      tags: tagChangeSchema.optional().describe("Tags to add, remove or replace on every title"),
      search: z.boolean().default(false).describe("Queue an automatic search for each title after the change"),
    })
    .strict()
    .refine(exactlyOneSelection, selectionMessage)
    .refine((body) => !(body.tags && body.changes && "tags" in body.changes), {
      message: "Give tags once: either changes.tags or tags",
      path: ["tags"],
    })
    .refine((body) => body.search || body.tags || Object.keys(body.changes ?? {}).length > 0, {
      message: "Nothing to do: name a change or ask for a search",
      path: ["changes"],
    });

export const movieEditorInput = editorBody(movieFilterInput, updateMovieInput);
export type MovieEditorInput = z.input<typeof movieEditorInput>;
export const seriesEditorInput = editorBody(seriesFilterInput, updateSeriesInput);
export type SeriesEditorInput = z.input<typeof seriesEditorInput>;

export const editorResultSchema = z.object({
  count: z.number().int().describe("Titles changed (or removed)"),
  ids: z.array(z.string()),
  searchesQueued: z.number().int().describe("Automatic searches queued (0 unless search was asked)"),
});
export type EditorResult = z.infer<typeof editorResultSchema>;
