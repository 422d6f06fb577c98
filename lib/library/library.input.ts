import { z } from "zod";
import { safeText } from "@/lib/text";
import { importModeSchema, libraryKindSchema, namingSettingsSchema } from "./library.types";

/** A folder on the server (POSIX, as the server sees it). The server's schema also normalises it. */
export const folderInput = z
  .string()
  .trim()
  .min(1, "choose a folder")
  .max(4096)
  .refine((p) => p.startsWith("/"), "must be an absolute path such as /data/movies")
  .refine((p) => !p.includes("\0"), "must not contain NUL");

/** A library's settings as the forms check them in the browser; `libraryInput` (server) refines it. */
export const libraryFormInput = z.object({
  name: safeText().trim().min(1, "give the library a name").max(100),
  kind: libraryKindSchema,
  path: folderInput,
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
