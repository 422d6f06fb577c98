import { randomUUID } from "node:crypto";
import { lstat, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { episodesByIds, movieForMatching, seriesOneForMatching } from "@/lib/catalog";
import { tx } from "@/lib/db";
import { fieldError, NotFoundError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { parse } from "@/lib/release";
import { requireLibraryRow } from "../library.service";
import type { LibraryRow } from "../library.repo";
import type { ImportMode, MediaInfo } from "../library.types";
import {
  deleteMediaFileRow,
  episodeIdsOf,
  filesOf,
  findByPath,
  insertMediaFile,
  updateMediaFiles,
  type MediaFileRow,
} from "../media-files.repo";
import { probeOrNull } from "../media-info/ffprobe";
import { assertInsideRoots, extensionOf, isInside, resolveInLibrary, statedQuality } from "../paths";
import { classify } from "../scan/classify";
import { extrasOf } from "./extras";
import { destinationFor, type NamingContext } from "./naming";
import { placeFile, type PlacedBy } from "./place-file";
import { recordOf, recycleFiles, type RecycleEntry } from "./recycle";
import { loadFormatsForFiles, storedQualityOf } from "../file-quality";

export type ImportTarget = { movieId: string } | { seriesId: string; episodeIds: string[] };

export interface ImportRequest {
  libraryId: string;
  /** Absolute path of the video to import. */
  source: string;
  target: ImportTarget;
  /** Default: the library's import mode; files already inside the library are moved. */
  mode?: ImportMode;
  /** Release name the quality, group and edition are read from (default: the source's path). */
  releaseName?: string;
  /** Folders the source may come from (download folders); the library root is always allowed. */
  sourceRoots?: string[];
  /** Media info already known (skips probing). */
  mediaInfo?: MediaInfo | null;
  /** Other files of the same movie/episodes go to the recycle bin (an upgrade). Default true; renames pass false. */
  replaceExisting?: boolean;
}

export interface ImportResult {
  mediaFileId: string;
  relativePath: string;
  placedBy: PlacedBy;
  extras: string[];
  /** Old files of the same movie or episodes, now in the recycle bin (upgrades). */
  recycled: string[];
}

/** Both paths name the same file (a hardlink placed earlier). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), lstat(b).catch(() => null)]);
  return Boolean(x && y && x.dev === y.dev && x.ino === y.ino);
}

async function namingContext(
  target: ImportTarget,
  releaseName: string,
  mediaInfo: MediaInfo | null,
): Promise<NamingContext> {
  const parsed = parse(releaseName);
  const base: NamingContext = {
    quality: statedQuality(parsed.quality),
    proper: parsed.quality.revision.version > 1,
    releaseGroup: parsed.group,
    edition: parsed.edition,
    mediaInfo,
  };
  if ("movieId" in target) {
    const movie = await movieForMatching(target.movieId);
    if (!movie) throw new NotFoundError("No such movie");
    return { ...base, movie };
  }
  const series = await seriesOneForMatching(target.seriesId);
  if (!series) throw new NotFoundError("No such series");
  const episodes = (await episodesByIds(target.episodeIds)).filter((e) => e.seriesId === series.id);
  if (episodes.length === 0 || episodes.length !== new Set(target.episodeIds).size)
    throw fieldError("episodeIds", "must be episodes of this series");
  episodes.sort((a, b) => a.seasonNumber - b.seasonNumber || a.episodeNumber - b.episodeNumber);
  if (new Set(episodes.map((e) => e.seasonNumber)).size > 1)
    throw fieldError("episodeIds", "must be of one season: one file holds episodes of one season only");
  return { ...base, series, episodes };
}

/** Current (present) video files of the same movie or of any of the episodes: what an import replaces. */
async function currentFiles(library: LibraryRow, target: ImportTarget): Promise<MediaFileRow[]> {
  const owner = "movieId" in target ? { movieId: target.movieId } : { seriesId: target.seriesId };
  const rows = (await filesOf(owner)).filter((r) => r.libraryId === library.id && r.role === "video" && !r.missingAt);
  if ("movieId" in target) return rows;
  const linksOf = await episodeIdsOf(rows.map((r) => r.id));
  return rows.filter((r) => (linksOf.get(r.id) ?? []).some((id) => target.episodeIds.includes(id)));
}

/** A replaced video and its subtitles/NFO (beside it, named like it), as they go to the recycle bin together. */
interface ReplacedGroup {
  video: MediaFileRow;
  entries: RecycleEntry[];
  /** Records of the extras found on disk (removed with the video's). */
  extraRows: MediaFileRow[];
}

async function groupOf(library: LibraryRow, video: MediaFileRow): Promise<ReplacedGroup> {
  const links = await episodeIdsOf([video.id]);
  const entries: RecycleEntry[] = [
    { relativePath: video.relativePath, record: recordOf(video, links.get(video.id) ?? []) },
  ];
  const extraRows: MediaFileRow[] = [];
  const dir = path.posix.dirname(video.relativePath);
  for (const [absolute] of await extrasOf(resolveInLibrary(library.path, video.relativePath))) {
    const relative = dir === "." ? path.basename(absolute) : `${dir}/${path.basename(absolute)}`;
    const row = await findByPath(library.id, relative);
    if (row) extraRows.push(row);
    const extraLinks = row ? await episodeIdsOf([row.id]) : new Map<string, string[]>();
    entries.push({ relativePath: relative, record: row ? recordOf(row, extraLinks.get(row.id) ?? []) : null });
  }
  return { video, entries, extraRows };
}

/**
 * Imports one video (and its subtitles/NFO) into a library under the naming templates, then
 * records it. Never overwrites a different file; an upgrade puts the new file in place first and
 * only then moves the old one(s), with their subtitles and NFO, to the recycle bin.
 */
export async function importFile(request: ImportRequest): Promise<ImportResult> {
  const library = await requireLibraryRow(request.libraryId);
  const root = library.path;
  const source = path.resolve(request.source);
  assertInsideRoots(source, [root, ...(request.sourceRoots ?? [])], "source file");
  const inLibrary = isInside(root, source);
  const sourceRelative = inLibrary ? path.relative(root, source).split(path.sep).join("/") : null;
  const mode: ImportMode = request.mode ?? (inLibrary ? "move" : library.importMode);

  // Only the folders inside the root the file came from can name its release: "/tmp/x-E5J5pX/" above it is not one.
  const sourceRoot = [root, ...(request.sourceRoots ?? [])].find((r) => isInside(path.resolve(r), source));
  const releaseName = request.releaseName ?? `/${path.relative(path.resolve(sourceRoot ?? "/"), source)}`;
  const mediaInfo =
    request.mediaInfo !== undefined
      ? request.mediaInfo
      : /MediaInfo/i.test(JSON.stringify(library.naming))
        ? await probeOrNull(source)
        : null;
  const ctx = await namingContext(request.target, releaseName, mediaInfo);
  const extension = extensionOf(source);
  const relativePath = destinationFor(library.kind, library.naming, ctx, extension, path.basename(source));
  const destination = resolveInLibrary(root, relativePath);
  assertInsideRoots(destination, [root], "destination");

  let replaced =
    request.replaceExisting === false
      ? []
      : (await currentFiles(library, request.target)).filter((r) => r.relativePath !== sourceRelative);
  const occupant = replaced.find((r) => r.relativePath === relativePath);

  let placedBy: PlacedBy;
  const recycled: string[] = [];
  const replacedExtras: MediaFileRow[] = [];
  if (sourceRelative === relativePath) {
    placedBy = "already-there";
  } else if (occupant && (await sameFile(source, destination))) {
    // An earlier run of this import placed and recorded it (then died before its caller noted the
    // file): not an upgrade of the file by itself. Its row is kept and updated.
    placedBy = "already-there";
    replaced = replaced.filter((r) => r !== occupant);
  } else if (occupant) {
    // Upgrade under the same name: new file beside it under a hidden name, old one (with its extras,
    // which the new ones replace under the same names) to the bin, then the rename.
    const staged = path.join(path.dirname(destination), `.${path.basename(destination).slice(0, 100)}.incoming`);
    if (mode !== "move") await unlink(staged).catch(() => undefined); // left by a run killed here (a move's may be the only copy: kept)
    placedBy = await placeFile(source, staged, mode);
    // Its file may be gone already: binned by a run killed before the rename below, or deleted by hand.
    const group = await groupOf(library, occupant);
    const binned = await recycleFiles(root, group.entries);
    try {
      await rename(staged, destination);
    } catch (error) {
      for (const [relative, at] of binned) await rename(at, path.join(root, relative)).catch(() => undefined);
      await unlink(staged).catch(() => undefined);
      throw error;
    }
    recycled.push(occupant.relativePath);
    replacedExtras.push(...group.extraRows);
  } else {
    placedBy = await placeFile(source, destination, mode);
  }

  for (const old of replaced) {
    if (old === occupant) continue;
    // A file already gone (binned by a run killed before it recorded this, or deleted by hand) counts as recycled.
    const group = await groupOf(library, old);
    await recycleFiles(root, group.entries);
    recycled.push(old.relativePath);
    replacedExtras.push(...group.extraRows);
  }

  const extras: string[] = [];
  const movedExtras: string[] = [];
  const destinationBase = relativePath.replace(/\.[^./]+$/, "");
  for (const [extraSource, suffix] of await extrasOf(source)) {
    const extraRelative = `${destinationBase}${suffix}`;
    try {
      await placeFile(extraSource, resolveInLibrary(root, extraRelative), mode);
      extras.push(extraRelative);
      if (inLibrary && mode === "move") movedExtras.push(path.relative(root, extraSource).split(path.sep).join("/"));
    } catch {
      // An extra that cannot be placed (a different file already there) never fails the import.
    }
  }

  const mediaFileId = await record(library, request.target, {
    relativePath,
    sourceRelative,
    ctx,
    mediaInfo,
    extras,
    movedExtras,
    replaced: [...replaced, ...replacedExtras],
  });
  await publish("library.file.imported", { libraryId: library.id, mediaFileId, relativePath, ...request.target });
  return { mediaFileId, relativePath, placedBy, extras, recycled };
}

async function record(
  library: LibraryRow,
  target: ImportTarget,
  r: {
    relativePath: string;
    sourceRelative: string | null;
    ctx: NamingContext;
    mediaInfo: MediaInfo | null;
    extras: string[];
    movedExtras: string[];
    replaced: MediaFileRow[];
  },
): Promise<string> {
  const info = await stat(resolveInLibrary(library.path, r.relativePath));
  const extraStats = await Promise.all(
    r.extras.map(async (e) => ({ e, s: await stat(resolveInLibrary(library.path, e)) })),
  );
  const now = new Date();
  const owner =
    "movieId" in target ? { movieId: target.movieId, seriesId: null } : { movieId: null, seriesId: target.seriesId };
  const episodeIds = "episodeIds" in target ? target.episodeIds : [];
  const stored = storedQualityOf(
    { relativePath: r.relativePath, quality: r.ctx.quality ?? null, size: info.size },
    await loadFormatsForFiles(),
    "movieId" in target ? "movie" : "tv",
  );
  const values = {
    relativePath: r.relativePath,
    role: "video" as const,
    size: info.size,
    mtimeMs: Math.trunc(info.mtimeMs),
    status: "matched" as const,
    ...owner,
    quality: r.ctx.quality ?? null,
    ...stored,
    releaseGroup: r.ctx.releaseGroup ?? null,
    edition: r.ctx.edition ?? null,
    mediaInfo: r.mediaInfo,
    mediaInfoError: null,
    analyzedAt: r.mediaInfo ? now : null,
    missingAt: null,
    updatedAt: now,
  };
  return tx(async (t) => {
    for (const old of r.replaced) await deleteMediaFileRow(old.id, t);
    for (const moved of r.movedExtras) {
      const row = await findByPath(library.id, moved, t);
      if (row) await deleteMediaFileRow(row.id, t);
    }
    const fromRow = r.sourceRelative ? await findByPath(library.id, r.sourceRelative, t) : null;
    const atDestination = await findByPath(library.id, r.relativePath, t);
    let id: string;
    if (fromRow) {
      if (atDestination && atDestination.id !== fromRow.id) await deleteMediaFileRow(atDestination.id, t);
      id = fromRow.id;
      await updateMediaFiles([{ id, values, episodeIds }], t);
    } else if (atDestination) {
      id = atDestination.id;
      await updateMediaFiles([{ id, values, episodeIds }], t);
    } else {
      id = randomUUID();
      await insertMediaFile({ id, libraryId: library.id, ...values, addedAt: now }, episodeIds, t);
    }
    for (const { e, s } of extraStats) {
      const existing = await findByPath(library.id, e, t);
      const extraValues = {
        role: classify(e) ?? "extra",
        size: s.size,
        mtimeMs: Math.trunc(s.mtimeMs),
        status: "matched" as const,
        ...owner,
        missingAt: null,
        updatedAt: now,
      };
      if (existing) await updateMediaFiles([{ id: existing.id, values: extraValues, episodeIds }], t);
      else
        await insertMediaFile(
          { id: randomUUID(), libraryId: library.id, relativePath: e, ...extraValues, addedAt: now },
          episodeIds,
          t,
        );
    }
    return id;
  });
}
