import { unlink } from "node:fs/promises";
import path from "node:path";
import { systemActor } from "@/lib/accounts";
import { episodesByIds, getMovie, getSeries } from "@/lib/catalog";
import { NotFoundError, UnavailableError } from "@/lib/errors";
import { tx } from "@/lib/db";
import { publish } from "@/lib/events";
import { getLibrary, importFile, type ImportTarget } from "@/lib/library";
import { logger as rootLogger } from "@/lib/logger";
import { parse } from "@/lib/release";
import { getDownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { getDownloadRow, insertHistory, updateDownloadRow, type DownloadRow } from "./download.repo";
import { localOutputOf, rarArchivesIn, sourceRootOf, videoFilesIn } from "./download-files";
import { progressItem, publishProgress } from "./progress-event";
import { downgradeJudge } from "./replacement";

const logger = rootLogger.child({ context: "downloads.import" });

export interface DownloadImportResult {
  downloadId: string;
  /** Library paths (relative) imported by this run. */
  imported: string[];
  /** Source files skipped: already imported by an earlier run, or not matched to an episode. */
  skipped: string[];
  alreadyImported: boolean;
  /** Nothing to import but RAR archives: the download waits for them to be unpacked. */
  needsExtraction: boolean;
  /** Files not imported because what is on disk is better (no override chosen at grab), with why. */
  kept: { file: string; reason: string }[];
}

/** A file that would replace a better one is kept out unless the user chose that replacement when grabbing. */
export const NOT_AN_UPGRADE_STATUS = "not-an-upgrade";

function notAnUpgradeMessage(kept: { reason: string }[]): string {
  const reasons = [...new Set(kept.map((k) => k.reason))].join("; ");
  return `Not imported: ${reasons}. The better file was kept; remove this download, or import it by hand to replace the file anyway`;
}

export const NEEDS_EXTRACTION_MESSAGE =
  "Contains only RAR archives: extract them in place (e.g. with Unpackerr or the client's unpack setting); Mydia imports the extracted files at its next check of the client, or use Retry import";

/** Which file goes to which movie/episodes. */
async function plan(row: DownloadRow, files: string[]): Promise<{ file: string; target: ImportTarget }[]> {
  if (row.movieId) return files.length ? [{ file: files[0], target: { movieId: row.movieId } }] : [];
  const seriesId = row.seriesId!;
  if (files.length === 1) return [{ file: files[0], target: { seriesId, episodeIds: row.episodeIds } }];
  const episodes = await episodesByIds(row.episodeIds);
  const planned: { file: string; target: ImportTarget }[] = [];
  for (const file of files) {
    const info = parse(path.basename(file));
    const season = info.season ?? parse(path.basename(path.dirname(file))).season;
    const ids = episodes
      .filter((e) => e.seasonNumber === season && info.episodes.includes(e.episodeNumber))
      .map((e) => e.id);
    if (ids.length) planned.push({ file, target: { seriesId, episodeIds: ids } });
  }
  return planned;
}

/** Usenet downloads are removed from the client once imported when the client is set to (torrents keep seeding). */
export async function cleanUpClient(row: DownloadRow): Promise<void> {
  if (row.protocol !== "usenet" || !row.clientId) return;
  const clientRow = await getDownloadClientRow(row.clientId);
  if (!clientRow?.removeCompleted) return;
  await clientFor(clientRow)
    .remove(row.clientItemId, { deleteFiles: true })
    .catch((error: unknown) =>
      logger.warn({ err: error, download: row.id }, "imported download not removed from the client"),
    );
}

const libraryIdOf = async (row: DownloadRow): Promise<string> =>
  row.movieId
    ? (await getMovie(systemActor, row.movieId)).libraryId
    : (await getSeries(systemActor, row.seriesId!)).libraryId;

/** Usenet downloads into a "move" library: linked in first, their sources deleted once the download is imported. */
const movesLater = async (row: DownloadRow, libraryId: string): Promise<boolean> =>
  row.protocol !== "torrent" && (await getLibrary(systemActor, libraryId)).importMode === "move";

/**
 * A run killed after marking the download imported, before it deleted the moved files' sources,
 * leaves them in the download folder: the next run (the job retried) deletes them. Every file in
 * importedFiles is in the library by then (the download is marked imported only after that).
 */
async function finishDeferredMove(row: DownloadRow): Promise<void> {
  if (row.protocol === "torrent" || row.importedFiles.length === 0) return;
  const libraryId = await libraryIdOf(row).catch(() => null);
  if (!libraryId || !(await movesLater(row, libraryId))) return;
  for (const file of row.importedFiles) await unlink(file).catch(() => undefined);
}

/**
 * Imports a finished download into its library: hardlinks for torrents (they keep seeding), the
 * library's mode for usenet. Idempotent: files imported by an earlier run are skipped, and a
 * download marked imported is left alone.
 */
export async function importDownload(downloadId: string): Promise<DownloadImportResult> {
  const row = await getDownloadRow(downloadId);
  if (!row) throw new NotFoundError("No such download");
  const result: DownloadImportResult = {
    downloadId,
    imported: [],
    skipped: [],
    alreadyImported: false,
    needsExtraction: false,
    kept: [],
  };
  if (row.imported) {
    await finishDeferredMove(row);
    return { ...result, alreadyImported: true };
  }
  try {
    const libraryId = await libraryIdOf(row);
    const local = await localOutputOf(row);
    const files = await videoFilesIn(local);
    if (files.length === 0 && (await rarArchivesIn(local)).length > 0) {
      await markNeedsExtraction(row);
      return { ...result, needsExtraction: true };
    }
    if (files.length === 0 && row.importedFiles.length > 0) {
      // An earlier run moved every file in and noted it, then died before marking the download imported.
      await markImported(row, { files: [], source: local, replaced: [], replacedByChoice: [] });
      return result;
    }
    if (files.length === 0) throw new UnavailableError(`No video file in ${local}`);
    // "Move" libraries: hardlink (or copy) now and delete the sources once the download is marked
    // imported, so a run killed at any point leaves each file in the download folder or in the
    // library (never only under a temporary name), and the next run finds the sources already in place.
    const moveLater = await movesLater(row, libraryId);
    const sourceRoot = await sourceRootOf(local);
    const done = new Set(row.importedFiles);
    const planned = await plan(row, files);
    const replaced: string[] = [];
    const replacedByChoice: ReplacedByChoice[] = [];
    if (planned.length === 0)
      throw new UnavailableError(`No video file of "${row.title}" matches the episodes it was grabbed for`);
    const downgradeOf = await downgradeJudge(row.movieId ? { movieId: row.movieId } : { seriesId: row.seriesId! });
    for (const { file, target } of planned) {
      if (done.has(file)) {
        result.skipped.push(file);
        continue;
      }
      const releaseName = files.length === 1 ? row.title : path.basename(file);
      const downgrade = downgradeOf(releaseName, "episodeIds" in target ? target.episodeIds : undefined);
      if (downgrade && !row.overrideRejection) {
        result.kept.push({ file, reason: downgrade });
        continue;
      }
      const imported = await importFile({
        libraryId,
        source: file,
        target,
        ...(row.protocol === "torrent" || moveLater ? { mode: "hardlink" as const } : {}),
        releaseName,
        sourceRoots: [sourceRoot],
      });
      done.add(file);
      result.imported.push(imported.relativePath);
      if (downgrade && imported.recycled.length > 0)
        replacedByChoice.push({ file: imported.relativePath, replaced: imported.recycled, reason: downgrade });
      else replaced.push(...imported.recycled);
      await updateDownloadRow(row.id, { importedFiles: [...done], updatedAt: new Date() });
    }
    if (result.kept.length > 0 && done.size === 0) {
      await markNotAnUpgrade(row, result.kept);
      return result;
    }
    await markImported(row, { files: result.imported, source: local, replaced, replacedByChoice, kept: result.kept });
    if (moveLater) for (const file of done) await unlink(file).catch(() => undefined);
    return result;
  } catch (error) {
    // A download parked for extraction that now fails otherwise is an import problem again.
    const status = row.status === "needs-extraction" ? "importing" : row.status;
    await updateDownloadRow(row.id, {
      status,
      error: `Import failed: ${(error as Error).message}`,
      updatedAt: new Date(),
    });
    throw error;
  }
}

/**
 * Parks a finished download that holds only RAR archives: no history, no retries; the status and
 * its reason tell the user what to do. Published only on the change, as the import may run again.
 */
async function markNeedsExtraction(row: DownloadRow): Promise<void> {
  if (row.status === "needs-extraction" && row.error === NEEDS_EXTRACTION_MESSAGE) return;
  await updateDownloadRow(row.id, {
    status: "needs-extraction",
    error: NEEDS_EXTRACTION_MESSAGE,
    updatedAt: new Date(),
  });
  await publishProgress([progressItem({ ...row, status: "needs-extraction", error: NEEDS_EXTRACTION_MESSAGE })]);
}

/**
 * Parks a finished download whose every file is worse than what is on disk: nothing replaced, the
 * reason on the queue row and, once, in the history ("kept"). Retry import or a manual import
 * takes it up again.
 */
async function markNotAnUpgrade(row: DownloadRow, kept: { file: string; reason: string }[]): Promise<void> {
  const message = notAnUpgradeMessage(kept);
  if (row.status === NOT_AN_UPGRADE_STATUS && row.error === message) return;
  await tx(async (t) => {
    await updateDownloadRow(row.id, { status: NOT_AN_UPGRADE_STATUS, error: message, updatedAt: new Date() }, t);
    await insertHistory(
      {
        downloadId: row.id,
        event: "kept",
        title: row.title,
        movieId: row.movieId,
        seriesId: row.seriesId,
        data: { kept: kept.map((k) => ({ file: path.basename(k.file), reason: k.reason })) },
      },
      t,
    );
    await publishProgress([progressItem({ ...row, status: NOT_AN_UPGRADE_STATUS, error: message })], { db: t });
  });
}

/** A file imported over a better one because the user chose so (overrideRejection at grab). */
export interface ReplacedByChoice {
  file: string;
  replaced: string[];
  reason: string;
}

/**
 * The download is done: off the queue, with history (an "upgraded" entry when it replaced worse
 * files, "replaced" when it replaced better ones by the user's choice, "kept" for files left out
 * because the disk has better) and an event; usenet cleaned up in the client.
 */
export async function markImported(
  row: DownloadRow,
  data: {
    files: string[];
    source: string;
    replaced: string[];
    replacedByChoice: ReplacedByChoice[];
    kept?: { file: string; reason: string }[];
    manual?: true;
  },
  options: { actorId?: string | null } = {},
): Promise<void> {
  const { replaced, replacedByChoice, kept = [], ...imported } = data;
  // One transaction: a worker killed here leaves the download either not imported (the next run
  // finishes it) or imported with its history and event, never imported without them.
  await tx(async (t) => {
    await updateDownloadRow(row.id, { imported: true, status: "imported", error: null, updatedAt: new Date() }, t);
    await insertHistory(
      {
        downloadId: row.id,
        event: "imported",
        title: row.title,
        movieId: row.movieId,
        seriesId: row.seriesId,
        data: imported,
      },
      t,
    );
    // An upgrade: the files it replaced are in the library's recycle folder.
    if (replaced.length > 0)
      await insertHistory(
        {
          downloadId: row.id,
          event: "upgraded",
          title: row.title,
          movieId: row.movieId,
          seriesId: row.seriesId,
          data: { replaced, files: data.files },
        },
        t,
      );
    if (replacedByChoice.length > 0)
      await insertHistory(
        {
          downloadId: row.id,
          event: "replaced",
          title: row.title,
          movieId: row.movieId,
          seriesId: row.seriesId,
          data: {
            byChoice: true,
            replaced: replacedByChoice.flatMap((r) => r.replaced),
            files: replacedByChoice.map((r) => r.file),
            reasons: [...new Set(replacedByChoice.map((r) => r.reason))],
          },
        },
        t,
      );
    if (kept.length > 0)
      await insertHistory(
        {
          downloadId: row.id,
          event: "kept",
          title: row.title,
          movieId: row.movieId,
          seriesId: row.seriesId,
          data: { kept: kept.map((k) => ({ file: path.basename(k.file), reason: k.reason })) },
        },
        t,
      );
    await publish(
      "download.imported",
      { downloadId: row.id, title: row.title, files: data.files, movieId: row.movieId, seriesId: row.seriesId },
      { actorId: options.actorId ?? null, db: t },
    );
  });
  await cleanUpClient(row);
}
