import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { systemActor } from "@/lib/accounts";
import { episodesByIds, getMovie, getSeries } from "@/lib/catalog";
import { NotFoundError, UnavailableError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { classify, importFile, resolveRemotePath, type ImportTarget } from "@/lib/library";
import { logger as rootLogger } from "@/lib/logger";
import { parse } from "@/lib/release";
import { getDownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { getDownloadRow, insertHistory, updateDownloadRow, type DownloadRow } from "./download.repo";

const logger = rootLogger.child({ context: "downloads.import" });

export interface DownloadImportResult {
  downloadId: string;
  /** Library paths (relative) imported by this run. */
  imported: string[];
  /** Source files skipped: already imported by an earlier run, or not matched to an episode. */
  skipped: string[];
  alreadyImported: boolean;
}

/** Video files of a download (samples, trailers and extras left out), largest first. */
export async function videoFilesIn(local: string): Promise<string[]> {
  const info = await stat(local);
  if (info.isFile()) return classify(path.basename(local)) === "video" ? [local] : [];
  const found: { file: string; size: number }[] = [];
  const walk = async (dir: string, relative: string, depth: number): Promise<void> => {
    if (depth > 4) return;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, rel, depth + 1);
      else if (entry.isFile() && classify(rel) === "video") found.push({ file: full, size: (await stat(full)).size });
    }
  };
  await walk(local, "", 0);
  return found.sort((a, b) => b.size - a.size).map((f) => f.file);
}

/** Where the client put the data, as a local path (path mappings applied). */
async function localOutputOf(row: DownloadRow): Promise<string> {
  let remote = row.outputPath;
  const clientRow = row.clientId ? await getDownloadClientRow(row.clientId) : null;
  if (clientRow) {
    const item = await clientFor(clientRow).get(row.clientItemId).catch(() => null);
    if (item?.outputPath) remote = item.outputPath;
  }
  if (!remote) throw new UnavailableError(`The download client did not report where "${row.title}" was saved`);
  return resolveRemotePath(remote);
}

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
    const ids = episodes.filter((e) => e.seasonNumber === season && info.episodes.includes(e.episodeNumber)).map((e) => e.id);
    if (ids.length) planned.push({ file, target: { seriesId, episodeIds: ids } });
  }
  return planned;
}

/** Usenet downloads are removed from the client once imported when the client is set to (torrents keep seeding). */
async function cleanUpClient(row: DownloadRow): Promise<void> {
  if (row.protocol !== "usenet" || !row.clientId) return;
  const clientRow = await getDownloadClientRow(row.clientId);
  if (!clientRow?.removeCompleted) return;
  await clientFor(clientRow)
    .remove(row.clientItemId, { deleteFiles: true })
    .catch((error: unknown) => logger.warn({ err: error, download: row.id }, "imported download not removed from the client"));
}

/**
 * Imports a finished download into its library: hardlinks for torrents (they keep seeding), the
 * library's mode for usenet. Idempotent: files imported by an earlier run are skipped, and a
 * download marked imported is left alone.
 */
export async function importDownload(downloadId: string): Promise<DownloadImportResult> {
  const row = await getDownloadRow(downloadId);
  if (!row) throw new NotFoundError("No such download");
  if (row.imported) return { downloadId, imported: [], skipped: [], alreadyImported: true };
  try {
    const libraryId = row.movieId ? (await getMovie(systemActor, row.movieId)).libraryId : (await getSeries(systemActor, row.seriesId!)).libraryId;
    const local = await localOutputOf(row);
    const files = await videoFilesIn(local);
    if (files.length === 0) throw new UnavailableError(`No video file in ${local}`);
    const sourceRoot = (await stat(local)).isFile() ? path.dirname(local) : local;
    const done = new Set(row.importedFiles);
    const result: DownloadImportResult = { downloadId, imported: [], skipped: [], alreadyImported: false };
    const planned = await plan(row, files);
    if (planned.length === 0) throw new UnavailableError(`No video file of "${row.title}" matches the episodes it was grabbed for`);
    for (const { file, target } of planned) {
      if (done.has(file)) {
        result.skipped.push(file);
        continue;
      }
      const imported = await importFile({
        libraryId,
        source: file,
        target,
        ...(row.protocol === "torrent" ? { mode: "hardlink" as const } : {}),
        releaseName: files.length === 1 ? row.title : path.basename(file),
        sourceRoots: [sourceRoot],
      });
      done.add(file);
      result.imported.push(imported.relativePath);
      await updateDownloadRow(row.id, { importedFiles: [...done], updatedAt: new Date() });
    }
    const now = new Date();
    await updateDownloadRow(row.id, { imported: true, status: "imported", error: null, updatedAt: now });
    await insertHistory({ downloadId: row.id, event: "imported", title: row.title, movieId: row.movieId, seriesId: row.seriesId, data: { files: result.imported, source: local } });
    await publish("download.imported", { downloadId: row.id, title: row.title, files: result.imported, movieId: row.movieId, seriesId: row.seriesId });
    await cleanUpClient(row);
    return result;
  } catch (error) {
    await updateDownloadRow(row.id, { error: `Import failed: ${(error as Error).message}`, updatedAt: new Date() });
    throw error;
  }
}
