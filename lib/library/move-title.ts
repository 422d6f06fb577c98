import { rmdir } from "node:fs/promises";
import path from "node:path";
import { titlePlacement } from "@/lib/catalog";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { publish, type EventPayload } from "@/lib/events";
import type { PayloadOf } from "@/lib/jobs";
import { logger as rootLogger } from "@/lib/logger";
import { placeFile } from "./import/place-file";
import { findLibraryRow } from "./library.repo";
import type { LibraryRow } from "./library.repo";
import { filesOf, findByPath, updateMediaFiles, type MediaFileRow } from "./media-files.repo";
import { allowedRoots, assertInsideRoots, isInside, resolveInLibrary } from "./paths";

const logger = rootLogger.child({ context: "library.move" });

export type LibraryMovePayload = PayloadOf<"library.move">;
type Owner = { movieId: string } | { seriesId: string };
type Progress = EventPayload<"library.move.progress">;

export interface MoveSummary {
  libraryId: string | null;
  moved: number;
  failed: { relativePath: string; error: string }[];
}

/** Progress events: one per file, and while a long copy runs at most one every two seconds. */
function reporter(owner: Owner, title: string, libraryId: string, files: MediaFileRow[]) {
  const state: Progress = {
    movieId: "movieId" in owner ? owner.movieId : null,
    seriesId: "seriesId" in owner ? owner.seriesId : null,
    title,
    libraryId,
    state: "moving",
    done: 0,
    total: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((sum, f) => sum + f.size, 0),
    failed: [],
  };
  let lastSent = 0;
  const send = async (changes: Partial<Progress> = {}, force = true) => {
    Object.assign(state, changes);
    if (!force && Date.now() - lastSent < 2000) return;
    lastSent = Date.now();
    await publish("library.move.progress", { ...state, failed: state.failed.slice(0, 20) }).catch((error: unknown) =>
      logger.warn({ err: error }, "move progress not published"),
    );
  };
  return { state, send };
}

/** Removes the folders a move left empty, up to (never including) the library root. */
export async function pruneEmptyFolders(root: string, relativePaths: string[]): Promise<void> {
  const dirs = new Set<string>();
  for (const relative of relativePaths) {
    for (
      let dir = path.dirname(path.join(root, relative));
      dir !== root && isInside(root, dir);
      dir = path.dirname(dir)
    )
      dirs.add(dir);
  }
  // Deepest first; rmdir refuses folders that still hold something (files the library does not know stay).
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await rmdir(dir).catch(() => undefined);
}

async function moveOne(file: MediaFileRow, from: LibraryRow, to: LibraryRow, onCopy: (bytes: number) => void) {
  const destination = resolveInLibrary(to.path, file.relativePath);
  assertInsideRoots(destination, [to.path], "destination");
  assertInsideRoots(destination, allowedRoots(), "destination");
  const now = new Date();
  if (file.missingAt) {
    // Nothing on disk to move: the record follows the title, and a scan of the new library finds it if it comes back.
    await updateMediaFiles([{ id: file.id, values: { libraryId: to.id, updatedAt: now } }]);
    return;
  }
  const source = resolveInLibrary(from.path, file.relativePath);
  assertInsideRoots(source, [from.path], "source");
  const taken = await findByPath(to.id, file.relativePath);
  if (taken && taken.id !== file.id)
    throw new ConflictError(`The new library already has a file at ${file.relativePath}: it was not overwritten`);
  // A move copies first when the libraries are on different file systems, and deletes the source only once the copy is in place.
  await placeFile(source, destination, "move", { onCopyProgress: onCopy });
  await updateMediaFiles([{ id: file.id, values: { libraryId: to.id, updatedAt: now } }]);
}

/**
 * Moves every file of a movie or series that lies outside the title's library into that library,
 * at the same relative path (Title (Year)/…). Files that cannot move stay where they are and are
 * reported; the rest go on. When the library changed again meanwhile, the files follow again.
 */
export async function moveTitleFiles(owner: Owner, options: { signal?: AbortSignal } = {}): Promise<MoveSummary> {
  const summary: MoveSummary = { libraryId: null, moved: 0, failed: [] };
  for (let round = 0; round < 3; round++) {
    const placement = await titlePlacement(owner);
    if (!placement) return summary;
    const target = await findLibraryRow(placement.libraryId);
    if (!target) throw new NotFoundError(`The library of ${placement.title} no longer exists`);
    summary.libraryId = target.id;
    const files = (await filesOf(owner)).filter((f) => f.libraryId !== target.id);
    if (files.length === 0) return summary;
    const progress = reporter(owner, placement.title, target.id, files);
    await progress.send();
    const sources = new Map<string, LibraryRow | null>();
    const moved = new Map<string, string[]>();
    for (const file of files) {
      options.signal?.throwIfAborted();
      if (!sources.has(file.libraryId)) sources.set(file.libraryId, await findLibraryRow(file.libraryId));
      const from = sources.get(file.libraryId)!;
      const before = progress.state.bytesDone;
      try {
        if (!from) throw new DomainError(`The library that held ${file.relativePath} no longer exists`);
        await moveOne(file, from, target, (bytes) => void progress.send({ bytesDone: before + bytes }, false));
        summary.moved++;
        moved.set(from.path, [...(moved.get(from.path) ?? []), file.relativePath]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ err: error, file: file.relativePath }, "file not moved");
        progress.state.failed.push({ relativePath: file.relativePath, error: message });
        summary.failed.push({ relativePath: file.relativePath, error: message });
      }
      await progress.send({ done: progress.state.done + 1, bytesDone: before + file.size });
    }
    for (const [root, relativePaths] of moved) await pruneEmptyFolders(root, relativePaths);
    await progress.send({ state: progress.state.failed.length > 0 ? "failed" : "done" });
    if (progress.state.failed.length > 0) return summary;
  }
  return summary;
}

interface JobOf<T> {
  id: string;
  data: T;
  signal: AbortSignal;
  attempt: number;
}

export async function libraryMoveHandler(job: JobOf<LibraryMovePayload>): Promise<MoveSummary> {
  const owner: Owner = job.data.movieId ? { movieId: job.data.movieId } : { seriesId: job.data.seriesId! };
  const summary = await moveTitleFiles(owner, { signal: job.signal });
  if (summary.failed.length > 0)
    throw new DomainError(
      `${summary.failed.length} file(s) could not move: ${summary.failed
        .slice(0, 3)
        .map((f) => `${f.relativePath}: ${f.error}`)
        .join("; ")}`,
    );
  return summary;
}
