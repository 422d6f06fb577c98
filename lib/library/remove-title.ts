import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { removeMovieFromCatalog, removeSeriesFromCatalog, titlePlacement } from "@/lib/catalog";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { logger as rootLogger } from "@/lib/logger";
import { recordOf, recycleFiles } from "./import/recycle";
import { findLibraryRow } from "./library.repo";
import { deleteMediaFileRow, episodeIdsOf, filesOf, updateMediaFiles, type MediaFileRow } from "./media-files.repo";
import { pruneEmptyFolders } from "./move-title";

const logger = rootLogger.child({ context: "library.remove" });

export const removeTitleOptions = z
  .object({
    /** The title's files go to their library's recycle bin (restorable from Activity → Recycle bin until it is emptied). */
    deleteFiles: z.boolean().default(false),
    /** Put the title on the import exclusion list: add, search and discover refuse it until it is taken off. */
    addExclusion: z.boolean().default(false),
  })
  .strict();
export type RemoveTitleOptions = z.input<typeof removeTitleOptions>;

type Owner = { movieId: string } | { seriesId: string };

/**
 * Every library keeps a recycle bin in its root (files stay there for its recycleDays, 0 = until
 * emptied by hand), so "delete the files" moves them there: a rename on the same file system, and
 * the bin remembers what each file was so a restore registers it again.
 */
async function recycleTitleFiles(owner: Owner): Promise<number> {
  const files = await filesOf(owner);
  if (files.length === 0) return 0;
  const links = await episodeIdsOf(files.map((f) => f.id));
  const byLibrary = new Map<string, MediaFileRow[]>();
  for (const file of files) byLibrary.set(file.libraryId, [...(byLibrary.get(file.libraryId) ?? []), file]);
  let recycled = 0;
  for (const [libraryId, rows] of byLibrary) {
    const library = await findLibraryRow(libraryId);
    if (!library) continue;
    try {
      const moved = await recycleFiles(
        library.path,
        rows.map((row) => ({ relativePath: row.relativePath, record: recordOf(row, links.get(row.id) ?? []) })),
      );
      recycled += moved.size;
    } catch (error) {
      throw new ValidationError(`Could not move the files to the recycle bin: ${(error as Error).message}`);
    }
    for (const row of rows) await deleteMediaFileRow(row.id);
    await pruneEmptyFolders(
      library.path,
      rows.map((r) => r.relativePath),
    );
  }
  return recycled;
}

async function remove(actor: Actor, owner: Owner, input: RemoveTitleOptions): Promise<{ recycledFiles: number }> {
  assertCan(actor, "manage");
  const options = parseInput(removeTitleOptions, input);
  const placement = await titlePlacement(owner);
  if (!placement) throw new NotFoundError("movieId" in owner ? "No such movie" : "No such series");
  const recycledFiles = options.deleteFiles ? await recycleTitleFiles(owner) : 0;
  if (recycledFiles > 0) logger.info({ ...owner, recycledFiles }, "title files recycled");
  const kept = options.deleteFiles ? [] : await filesOf(owner);
  if ("movieId" in owner) await removeMovieFromCatalog(actor, owner.movieId, options);
  else await removeSeriesFromCatalog(actor, owner.seriesId, options);
  // Files left on disk belong to nothing now: they wait in the unmatched list (manual import) like any unknown file.
  const now = new Date();
  await updateMediaFiles(kept.map((f) => ({ id: f.id, values: { status: "unmatched" as const, updatedAt: now } })));
  return { recycledFiles };
}

/**
 * Removes a movie (the page's Remove, DELETE /api/v1/movies/{id}, bulk remove). With deleteFiles its
 * files go to the recycle bin first; without, they stay on disk and show as unmatched. With
 * addExclusion it is never added again until taken off Settings → Import exclusions.
 */
export async function deleteMovie(
  actor: Actor,
  id: string,
  options: RemoveTitleOptions = {},
): Promise<{ recycledFiles: number }> {
  return remove(actor, { movieId: id }, options);
}

/** As deleteMovie, for a series with its seasons and episodes. */
export async function deleteSeries(
  actor: Actor,
  id: string,
  options: RemoveTitleOptions = {},
): Promise<{ recycledFiles: number }> {
  return remove(actor, { seriesId: id }, options);
}
