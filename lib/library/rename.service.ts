import path from "node:path";
import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { episodesByIds, movieForMatching, seriesOneForMatching } from "@/lib/catalog";
import { parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { parse } from "@/lib/release";
import { importFile } from "./import/importer";
import { destinationFor, type NamingContext } from "./import/naming";
import { findLibraryRow } from "./library.repo";
import { episodeIdsOf, filesOf, findMediaFileRows, type MediaFileRow } from "./media-files.repo";
import { extensionOf, resolveInLibrary, statedQuality } from "./paths";

export const renamePreviewInput = z
  .object({ movieId: z.string().min(1).optional(), seriesId: z.string().min(1).optional() })
  .strict()
  .refine((q) => !!q.movieId !== !!q.seriesId, { message: "give movieId or seriesId" });
export const renameInput = z.object({ mediaFileIds: z.array(z.string().min(1)).min(1).max(1000) }).strict();

export const renamePreviewItemSchema = z.object({ mediaFileId: z.string(), from: z.string(), to: z.string() });
export type RenamePreviewItem = z.infer<typeof renamePreviewItemSchema>;

async function contextOf(row: MediaFileRow, episodeIds: string[]): Promise<NamingContext | null> {
  const parsed = parse(path.posix.basename(row.relativePath));
  const base: NamingContext = {
    quality: row.quality ?? statedQuality(parsed.quality),
    releaseGroup: row.releaseGroup ?? parsed.group,
    edition: row.edition ?? parsed.edition,
    mediaInfo: row.mediaInfo ?? null,
  };
  if (row.movieId) {
    const movie = await movieForMatching(row.movieId);
    return movie ? { ...base, movie } : null;
  }
  if (row.seriesId && episodeIds.length > 0) {
    const series = await seriesOneForMatching(row.seriesId);
    const episodes = (await episodesByIds(episodeIds)).sort(
      (a, b) => a.seasonNumber - b.seasonNumber || a.episodeNumber - b.episodeNumber,
    );
    return series && episodes.length > 0 ? { ...base, series, episodes } : null;
  }
  return null;
}

async function plan(rows: MediaFileRow[]): Promise<{ row: MediaFileRow; to: string; episodeIds: string[] }[]> {
  const links = await episodeIdsOf(rows.map((r) => r.id));
  const out: { row: MediaFileRow; to: string; episodeIds: string[] }[] = [];
  for (const row of rows) {
    if (row.role !== "video" || row.status !== "matched" || row.missingAt) continue;
    const library = await findLibraryRow(row.libraryId);
    const episodeIds = links.get(row.id) ?? [];
    const ctx = await contextOf(row, episodeIds);
    if (!library || !ctx) continue;
    const to = destinationFor(
      library.kind,
      library.naming,
      ctx,
      extensionOf(row.relativePath),
      path.posix.basename(row.relativePath),
    );
    if (to !== row.relativePath) out.push({ row, to, episodeIds });
  }
  return out;
}

/** Files of a movie or series whose names differ from the current templates: from → to. */
export async function previewRename(actor: Actor, input: unknown): Promise<RenamePreviewItem[]> {
  assertCan(actor, "read");
  const q = parseInput(renamePreviewInput, input);
  const rows = await filesOf(q.movieId ? { movieId: q.movieId } : { seriesId: q.seriesId! });
  return (await plan(rows)).map(({ row, to }) => ({ mediaFileId: row.id, from: row.relativePath, to }));
}

/** Renames files (with their subtitles) to the current templates; never over another file. */
export async function renameFiles(
  actor: Actor,
  input: unknown,
): Promise<{ renamed: RenamePreviewItem[]; failed: { mediaFileId: string; error: string }[] }> {
  assertCan(actor, "manage");
  const { mediaFileIds } = parseInput(renameInput, input);
  const renamed: RenamePreviewItem[] = [];
  const failed: { mediaFileId: string; error: string }[] = [];
  for (const { row, episodeIds } of await plan(await findMediaFileRows(mediaFileIds))) {
    const library = (await findLibraryRow(row.libraryId))!;
    try {
      const result = await importFile({
        libraryId: library.id,
        source: resolveInLibrary(library.path, row.relativePath),
        target: row.movieId ? { movieId: row.movieId } : { seriesId: row.seriesId!, episodeIds },
        mode: "move",
        mediaInfo: row.mediaInfo ?? null,
        releaseName: row.relativePath,
        replaceExisting: false,
      });
      renamed.push({ mediaFileId: row.id, from: row.relativePath, to: result.relativePath });
    } catch (error) {
      failed.push({ mediaFileId: row.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  await publish("library.renamed", { renamed: renamed.length, failed: failed.length }, { actorId: actorId(actor) });
  return { renamed, failed };
}
