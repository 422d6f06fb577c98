import path from "node:path";
import { z } from "zod";
import { patchSchemaOf } from "@/lib/validation";
import { folderInput, libraryFormInput } from "./library.input";
import { importModeSchema, libraryKindSchema, namingSettingsSchema, scanSummarySchema } from "./library.types";

/** The form's rules, and on the server the folder normalised ("/data//movies/" → "/data/movies"). */
export const libraryInput = libraryFormInput.extend({
  path: folderInput.transform((p) => path.normalize(p).replace(/(.)\/+$/, "$1")),
});
export type LibraryInput = z.input<typeof libraryInput>;

/** Only the named fields (and naming templates) change; see patchSchemaOf. */
export const updateLibraryInput = patchSchemaOf(libraryInput.omit({ kind: true }));
export type UpdateLibraryInput = z.input<typeof updateLibraryInput>;

export const librarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: libraryKindSchema,
  path: z.string(),
  qualityProfileId: z.string(),
  importMode: importModeSchema,
  monitorNew: z.boolean(),
  naming: namingSettingsSchema,
  scanIntervalHours: z.number().int(),
  recycleDays: z.number().int(),
  lastScanAt: z.string().nullable(),
  lastScan: scanSummarySchema.nullable(),
  /** Free and total bytes of the filesystem, or null when the folder cannot be read. */
  space: z.object({ freeBytes: z.number(), totalBytes: z.number() }).nullable(),
  /** Why the folder cannot be used right now (missing, not a directory, unreadable), else null. */
  problem: z.string().nullable(),
});
export type Library = z.infer<typeof librarySchema>;
/** What lists need of a library: its id, name and kind. */
export type LibraryName = Pick<Library, "id" | "name" | "kind">;
