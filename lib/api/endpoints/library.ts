import { z } from "zod";
import { libraryInput, librarySchema, updateLibraryInput } from "@/lib/library";
import { manualImportInput, mediaFileSchema, mediaFilesQuery } from "@/lib/library";
import { renameInput, renamePreviewInput, renamePreviewItemSchema } from "@/lib/library";
import { recycleBinSchema, restoreInput, restoreResultSchema } from "@/lib/library";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });

export const listLibrariesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/libraries",
  summary: "Libraries (root folders) with free space and the last scan's summary",
  tag: "Libraries",
  access: "read",
  response: z.object({ items: z.array(librarySchema) }),
});

export const createLibraryEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/libraries",
  summary: "Add a library: an existing folder under LIBRARY_ALLOWED_ROOTS, not inside another library",
  tag: "Libraries",
  access: "admin",
  body: libraryInput,
  response: librarySchema,
  successStatus: 201,
});

export const getLibraryEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/libraries/{id}",
  summary: "One library",
  tag: "Libraries",
  access: "read",
  params: idParams,
  response: librarySchema,
});

export const updateLibraryEndpoints = updateEndpoints({
  path: "/api/v1/libraries/{id}",
  summary:
    "Change a library: name, path (moves the root: file paths are stored relative to it), profile, import mode, naming, schedule",
  tag: "Libraries",
  access: "admin",
  params: idParams,
  body: updateBodyOf(updateLibraryInput, librarySchema),
  response: librarySchema,
});

export const deleteLibraryEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/libraries/{id}",
  summary: "Forget a library and its file records (files on disk stay); 409 while movies or series use it",
  tag: "Libraries",
  access: "admin",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const scanLibraryEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/libraries/{id}/scan",
  summary: "Queue a scan of the library (progress: library.scan.progress events)",
  description: "jobId is null when a scan of this library is already queued or running.",
  tag: "Libraries",
  access: "manage",
  params: idParams,
  response: z.object({ jobId: z.string().nullable() }),
  successStatus: 202,
});

export const unmatchedEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/libraries/{id}/unmatched",
  summary: "Video files the scan could not match, grouped by folder, with the parser's guess",
  tag: "Libraries",
  access: "read",
  params: idParams,
  query: z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(200),
  }),
  response: z.object({
    groups: z.array(z.object({ folder: z.string(), files: z.array(mediaFileSchema) })),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
});

export const manualImportEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/manual-import",
  summary: "Link unmatched files to a movie or to episodes and move them into place, or ignore them",
  description: "Each item succeeds or fails on its own; the answer lists every outcome.",
  tag: "Libraries",
  access: "manage",
  body: manualImportInput,
  response: z.object({
    items: z.array(
      z.object({
        mediaFileId: z.string(),
        ok: z.boolean(),
        relativePath: z.string().optional(),
        ignored: z.boolean().optional(),
        error: z.string().optional(),
      }),
    ),
  }),
});

export const mediaFilesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/media-files",
  summary: "Files of a movie (movieId) or a series (seriesId): quality, media info, size, path",
  tag: "Libraries",
  access: "read",
  query: mediaFilesQuery,
  response: z.object({ items: z.array(mediaFileSchema) }),
});

export const renamePreviewEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/rename/preview",
  summary: "Files of a movie or series whose names differ from the current naming templates",
  tag: "Libraries",
  access: "read",
  body: renamePreviewInput,
  response: z.object({ items: z.array(renamePreviewItemSchema) }),
});

export const renameEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/rename",
  summary: "Rename files (with their subtitles) to the current templates; never over another file",
  tag: "Libraries",
  access: "manage",
  body: renameInput,
  response: z.object({
    renamed: z.array(renamePreviewItemSchema),
    failed: z.array(z.object({ mediaFileId: z.string(), error: z.string() })),
  }),
});

export const recycleBinEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/libraries/{id}/recycle-bin",
  summary: "Files in the library's recycle bin (replaced by upgrades or deleted), newest first, with where they were",
  tag: "Libraries",
  access: "read",
  params: idParams,
  response: recycleBinSchema,
});

export const restoreRecycledEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/libraries/{id}/recycle-bin/restore",
  summary: "Put a recycled file back where it was and register it again",
  description:
    "A file now at that place goes to the recycle bin first (nothing is overwritten). The id comes from the recycle-bin list; ids that point outside the bin are refused (400).",
  tag: "Libraries",
  access: "manage",
  params: idParams,
  body: restoreInput,
  response: restoreResultSchema,
});

export const libraryEndpoints = [
  listLibrariesEndpoint,
  createLibraryEndpoint,
  getLibraryEndpoint,
  ...Object.values(updateLibraryEndpoints),
  deleteLibraryEndpoint,
  scanLibraryEndpoint,
  unmatchedEndpoint,
  manualImportEndpoint,
  mediaFilesEndpoint,
  renamePreviewEndpoint,
  renameEndpoint,
  recycleBinEndpoint,
  restoreRecycledEndpoint,
];
