import path from "node:path";
import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { importFile, type ImportResult } from "./import/importer";
import { recordOf, recycle } from "./import/recycle";
import { requireLibraryRow } from "./library.service";
import { findLibraryRow, listLibraryRows } from "./library.repo";
import { resolveInLibrary } from "./paths";
import { mediaInfoSchema } from "./library.types";
import {
  deleteMediaFileRow,
  episodeIdsOf,
  filesOf,
  findMediaFileRow,
  findMediaFileRows,
  unmatchedFiles,
  updateMediaFiles,
  videoFilesOf,
  type MediaFileRow,
} from "./media-files.repo";

export const mediaFileSchema = z.object({
  id: z.string(),
  libraryId: z.string(),
  relativePath: z.string(),
  /** Absolute path as this server sees it (root + relative path). */
  path: z.string(),
  role: z.enum(["video", "sample", "trailer", "featurette", "extra", "subtitle", "nfo"]),
  size: z.number(),
  status: z.enum(["matched", "unmatched", "ignored"]),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  episodeIds: z.array(z.string()),
  quality: z.string().nullable(),
  releaseGroup: z.string().nullable(),
  edition: z.string().nullable(),
  guess: z
    .object({
      title: z.string(),
      year: z.number().nullable(),
      season: z.number().nullable(),
      episodes: z.array(z.number()),
      airDate: z.string().nullable(),
      kind: z.string(),
      reason: z.string().optional(),
      matchedBy: z.enum(["id", "nfo", "catalog", "search"]).optional(),
      confidence: z.number().optional(),
      candidate: z
        .object({ tmdbId: z.number(), title: z.string(), year: z.number().nullable(), confidence: z.number() })
        .optional(),
    })
    .nullable(),
  mediaInfo: mediaInfoSchema.nullable(),
  mediaInfoError: z.string().nullable(),
  missingAt: z.string().nullable(),
  addedAt: z.string(),
});
export type MediaFile = z.infer<typeof mediaFileSchema>;

async function toViews(rows: MediaFileRow[]): Promise<MediaFile[]> {
  const roots = new Map((await listLibraryRows()).map((l) => [l.id, l.path]));
  const links = await episodeIdsOf(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    libraryId: r.libraryId,
    relativePath: r.relativePath,
    path: path.join(roots.get(r.libraryId) ?? "/", r.relativePath),
    role: r.role,
    size: r.size,
    status: r.status,
    movieId: r.movieId,
    seriesId: r.seriesId,
    episodeIds: links.get(r.id) ?? [],
    quality: r.quality,
    releaseGroup: r.releaseGroup,
    edition: r.edition,
    guess: r.guess ?? null,
    mediaInfo: r.mediaInfo ?? null,
    mediaInfoError: r.mediaInfoError,
    missingAt: r.missingAt?.toISOString() ?? null,
    addedAt: r.addedAt.toISOString(),
  }));
}

export const mediaFilesQuery = z
  .object({ movieId: z.string().min(1).optional(), seriesId: z.string().min(1).optional() })
  .refine((q) => !!q.movieId !== !!q.seriesId, { message: "give movieId or seriesId" });

export async function listMediaFiles(actor: Actor, query: unknown): Promise<MediaFile[]> {
  assertCan(actor, "read");
  const q = parseInput(mediaFilesQuery, query);
  return toViews(await filesOf(q.movieId ? { movieId: q.movieId } : { seriesId: q.seriesId! }));
}

/** The present video files of these movies or of these series, in one call for a list. */
export async function listTitleVideoFiles(
  actor: Actor,
  of: { movieIds: string[] } | { seriesIds: string[] },
): Promise<MediaFile[]> {
  assertCan(actor, "read");
  return toViews(await videoFilesOf(of));
}

export async function getMediaFile(actor: Actor, id: string): Promise<MediaFile> {
  assertCan(actor, "read");
  const row = await findMediaFileRow(id);
  if (!row) throw new NotFoundError("No such file");
  const [view] = await toViews([row]);
  return view;
}

export interface UnmatchedGroup {
  folder: string;
  files: MediaFile[];
}

/** Unmatched videos of a library grouped by folder, with the parser's guess. */
export async function listUnmatched(
  actor: Actor,
  libraryId: string,
  page = 1,
  pageSize = 200,
): Promise<{ groups: UnmatchedGroup[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "read");
  await requireLibraryRow(libraryId);
  const { rows, total } = await unmatchedFiles(libraryId, page, pageSize);
  const groups = new Map<string, MediaFile[]>();
  for (const file of await toViews(rows)) {
    const folder = path.posix.dirname(file.relativePath);
    groups.set(folder, [...(groups.get(folder) ?? []), file]);
  }
  return {
    groups: [...groups].map(([folder, files]) => ({ folder: folder === "." ? "" : folder, files })),
    total,
    page,
    pageSize,
  };
}

export const manualImportInput = z.object({
  items: z
    .array(
      z.union([
        z.object({ mediaFileId: z.string().min(1), movieId: z.string().min(1) }).strict(),
        z
          .object({
            mediaFileId: z.string().min(1),
            seriesId: z.string().min(1),
            episodeIds: z.array(z.string().min(1)).min(1).max(50),
          })
          .strict(),
        z.object({ mediaFileId: z.string().min(1), ignore: z.literal(true) }).strict(),
      ]),
    )
    .min(1)
    .max(500),
});
export type ManualImportInput = z.input<typeof manualImportInput>;

export interface ManualImportOutcome {
  mediaFileId: string;
  ok: boolean;
  relativePath?: string;
  ignored?: boolean;
  error?: string;
}

/**
 * Unmatched page → "Import": each file is linked to the chosen movie or episodes and moved to its
 * place under the naming templates (inside its library); "Ignore" hides it from the list.
 * Items are independent: one failing (a different file already at the destination) does not stop the others.
 */
export async function manualImport(actor: Actor, input: unknown): Promise<ManualImportOutcome[]> {
  assertCan(actor, "manage");
  const { items } = parseInput(manualImportInput, input);
  const rows = new Map((await findMediaFileRows(items.map((i) => i.mediaFileId))).map((r) => [r.id, r]));
  const outcomes: ManualImportOutcome[] = [];
  for (const item of items) {
    const row = rows.get(item.mediaFileId);
    if (!row) {
      outcomes.push({ mediaFileId: item.mediaFileId, ok: false, error: "No such file" });
      continue;
    }
    try {
      if ("ignore" in item) {
        await updateMediaFiles([{ id: row.id, values: { status: "ignored", updatedAt: new Date() } }]);
        outcomes.push({ mediaFileId: row.id, ok: true, ignored: true });
        continue;
      }
      const library = await requireLibraryRow(row.libraryId);
      const kindOk = "movieId" in item ? library.kind === "movie" : library.kind === "tv";
      if (!kindOk)
        throw new ValidationError(
          `This file is in the ${library.kind === "movie" ? "movies" : "TV"} library "${library.name}"`,
        );
      if (row.missingAt) throw new ValidationError("The file is missing on disk; scan the library again");
      const result: ImportResult = await importFile({
        libraryId: library.id,
        source: resolveInLibrary(library.path, row.relativePath),
        target:
          "movieId" in item ? { movieId: item.movieId } : { seriesId: item.seriesId, episodeIds: item.episodeIds },
      });
      outcomes.push({ mediaFileId: result.mediaFileId, ok: true, relativePath: result.relativePath });
    } catch (error) {
      outcomes.push({ mediaFileId: row.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  await publish(
    "library.manual-import",
    {
      imported: outcomes.filter((o) => o.ok && !o.ignored).length,
      ignored: outcomes.filter((o) => o.ignored).length,
      failed: outcomes.filter((o) => !o.ok).length,
    },
    { actorId: actorId(actor) },
  );
  return outcomes;
}

/** Deletes a file: it goes to the library's recycle bin (kept as the library says), and its record is removed. */
export async function deleteMediaFile(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "manage");
  const row = await findMediaFileRow(id);
  if (!row) throw new NotFoundError("No such file");
  const library = await findLibraryRow(row.libraryId);
  if (library && !row.missingAt) {
    try {
      const links = await episodeIdsOf([row.id]);
      await recycle(library.path, row.relativePath, recordOf(row, links.get(row.id) ?? []));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        throw new ValidationError(`Could not move the file to the recycle bin: ${(error as Error).message}`);
    }
  }
  await deleteMediaFileRow(id);
  await publish(
    "library.file.deleted",
    { id, libraryId: row.libraryId, relativePath: row.relativePath, movieId: row.movieId, seriesId: row.seriesId },
    { actorId: actorId(actor) },
  );
}
