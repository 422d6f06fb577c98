import path from "node:path";
import { z } from "zod";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";
import { importModeSchema, libraryKindSchema, namingSettingsSchema, scanSummarySchema } from "./library.types";

const absolutePath = z
  .string()
  .trim()
  .min(1, "choose a folder")
  .max(4096)
  .refine((p) => path.isAbsolute(p), "must be an absolute path such as /data/movies")
  .refine((p) => !p.includes("\0"), "must not contain NUL")
  .transform((p) => path.normalize(p).replace(/(.)\/+$/, "$1"));

export const libraryInput = z.object({
  name: safeText().trim().min(1, "give the library a name").max(100),
  kind: libraryKindSchema,
  path: absolutePath,
  qualityProfileId: z.string().min(1).max(100).default("default"),
  importMode: importModeSchema.default("hardlink"),
  monitorNew: z.boolean().default(false),
  naming: namingSettingsSchema.partial().default({}),
  scanIntervalHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(12),
  recycleDays: z.number().int().min(0).max(365).default(7),
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
