import path from "node:path";
import { actorId, assertCan, systemActor, type Actor } from "@/lib/accounts";
import { episodesForMatching, getMovie, getSeries, type EpisodeForMatch } from "@/lib/catalog";
import { parseInput, ValidationError } from "@/lib/errors";
import { importFile, type ImportTarget } from "@/lib/library";
import { parse } from "@/lib/release";
import { updateDownloadRow, type DownloadRow } from "./download.repo";
import type { DownloadFile, DownloadFiles } from "./download.view";
import { localOutputOf, sourceRootOf, videoFilesIn, videoFilesWithSizes } from "./download-files";
import { markImported, type ReplacedByChoice } from "./import.service";
import { finishedQueueRow } from "./queue-row";
import { downgradeJudge, type DowngradeJudge } from "./replacement";
import { targetOf, type DownloadTarget } from "./target";
import { manualImportInput, type ManualImportInput } from "../match.input";

/** The episodes a file name points to (season from the file or its folder), of the download's series. */
function episodesNamedBy(file: string, episodes: EpisodeForMatch[]): string[] {
  const info = parse(path.basename(file));
  const season = info.season ?? parse(path.basename(path.dirname(file))).season;
  if (season === null || info.episodes.length === 0) return [];
  return episodes.filter((e) => e.seasonNumber === season && info.episodes.includes(e.episodeNumber)).map((e) => e.id);
}

function suggest(
  row: DownloadRow,
  files: string[],
  file: string,
  episodes: EpisodeForMatch[],
): DownloadFile["suggestion"] {
  if (row.movieId) return file === files[0] ? { movieId: row.movieId } : null;
  if (!row.seriesId) return null;
  const named = episodesNamedBy(file, episodes);
  if (named.length) return { seriesId: row.seriesId, episodeIds: named };
  return files.length === 1 && row.episodeIds.length ? { seriesId: row.seriesId, episodeIds: row.episodeIds } : null;
}

/** The video files of a finished download, each with the target its name suggests: the start of a manual import. */
export async function listDownloadFiles(actor: Actor, downloadId: string): Promise<DownloadFiles> {
  assertCan(actor, "manage");
  const row = await finishedQueueRow(downloadId);
  const local = await localOutputOf(row);
  const folder = await sourceRootOf(local);
  const found = await videoFilesWithSizes(local);
  const episodes = row.seriesId ? await episodesForMatching(row.seriesId) : [];
  const paths = found.map((f) => f.file);
  return {
    folder,
    files: found.map(({ file, size }) => ({
      path: file,
      relativePath: path.relative(folder, file),
      size,
      imported: row.importedFiles.includes(file),
      suggestion: suggest(row, paths, file, episodes),
    })),
  };
}

const importTargetOf = (target: DownloadTarget): ImportTarget =>
  target.movieId ? { movieId: target.movieId } : { seriesId: target.seriesId!, episodeIds: target.episodeIds };

async function libraryOf(target: DownloadTarget): Promise<string> {
  return target.movieId
    ? (await getMovie(systemActor, target.movieId)).libraryId
    : (await getSeries(systemActor, target.seriesId!)).libraryId;
}

/** The release title names the quality when a file's own name does not ("Part One.mkv"). */
function releaseNameOf(row: DownloadRow, file: string): string {
  const { quality } = parse(path.basename(file));
  return quality.sourceFrom === "name" || quality.resolutionFrom === "name" ? path.basename(file) : row.title;
}

/**
 * Imports the files of a finished download the automatic import could not place, each to the movie
 * or episodes the user chose. Only video files inside the download's own folder are taken. The
 * download then counts as imported.
 */
export async function manualImportDownload(
  actor: Actor,
  downloadId: string,
  input: ManualImportInput,
): Promise<{ downloadId: string; imported: string[] }> {
  assertCan(actor, "manage");
  const data = parseInput(manualImportInput, input);
  const row = await finishedQueueRow(downloadId);
  const local = await localOutputOf(row);
  const folder = await sourceRootOf(local);
  const videos = new Set(await videoFilesIn(local));
  const seen = new Set<string>();
  const planned: { file: string; libraryId: string; target: ImportTarget }[] = [];
  for (const [index, entry] of data.files.entries()) {
    const field = `files.${index}.path`;
    const file = path.resolve(folder, entry.path);
    const relative = path.relative(folder, file);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
      throw new ValidationError(`${entry.path} is outside the folder of "${row.title}"`, {
        fields: { [field]: "outside the download's folder" },
      });
    }
    if (!videos.has(file))
      throw new ValidationError(`${entry.path} is not a video file of "${row.title}"`, {
        fields: { [field]: "not a video file of this download" },
      });
    if (seen.has(file))
      throw new ValidationError(`${entry.path} is listed twice`, { fields: { [field]: "listed twice" } });
    seen.add(file);
    const target = await targetOf(entry);
    planned.push({ file, libraryId: await libraryOf(target), target: importTargetOf(target) });
  }

  const done = new Set(row.importedFiles);
  const imported: string[] = [];
  const replaced: string[] = [];
  const replacedByChoice: ReplacedByChoice[] = [];
  const judges = new Map<string, DowngradeJudge>();
  try {
    for (const { file, libraryId, target } of planned) {
      const releaseName = releaseNameOf(row, file);
      // Picking the file by hand is the user's choice: a better file it replaces is recorded as such.
      const owner = "movieId" in target ? { movieId: target.movieId } : { seriesId: target.seriesId };
      const key = "movieId" in owner ? `m:${owner.movieId}` : `s:${owner.seriesId}`;
      if (!judges.has(key)) judges.set(key, await downgradeJudge(owner));
      const downgrade = judges.get(key)!(releaseName, "episodeIds" in target ? target.episodeIds : undefined);
      const result = await importFile({
        libraryId,
        source: file,
        target,
        ...(row.protocol === "torrent" ? { mode: "hardlink" as const } : {}),
        releaseName,
        sourceRoots: [folder],
      });
      done.add(file);
      imported.push(result.relativePath);
      if (downgrade && result.recycled.length > 0)
        replacedByChoice.push({ file: result.relativePath, replaced: result.recycled, reason: downgrade });
      else replaced.push(...result.recycled);
      await updateDownloadRow(row.id, { importedFiles: [...done], updatedAt: new Date() });
    }
  } catch (error) {
    await updateDownloadRow(row.id, {
      error: `Manual import failed: ${(error as Error).message}`,
      updatedAt: new Date(),
    });
    throw error;
  }
  await markImported(
    row,
    { files: imported, source: local, replaced, replacedByChoice, manual: true },
    { actorId: actorId(actor) },
  );
  return { downloadId: row.id, imported };
}
