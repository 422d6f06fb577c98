import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, copyFile, link, lstat, mkdir, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { ConflictError, DomainError } from "@/lib/errors";
import type { ImportMode } from "../library.types";

/** A file could not be put in place; the source is untouched and no partial file is left. */
export class PlacementError extends DomainError {
  override readonly code = "placement_failed";
}

export type PlacedBy = "hardlink" | "copy" | "move" | "already-there";

function describe(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `Cannot write to ${target}: permission denied (check the folder's owner and mode for the user Mydia runs as)`;
    case "EROFS":
      return `Cannot write to ${target}: the file system is read-only`;
    case "ENOSPC":
      return `Cannot write to ${target}: no space left on the device`;
    case "ENOENT":
      return `The source file disappeared before it could be placed at ${target}`;
    case "ENAMETOOLONG":
      return `The path ${target} is too long for the file system`;
    default:
      return `Could not place the file at ${target}: ${(error as Error).message}`;
  }
}

const sameFile = (a: { dev: number; ino: number }, b: { dev: number; ino: number }) =>
  a.dev === b.dev && a.ino === b.ino;
const isCrossDevice = (error: unknown) =>
  ["EXDEV", "EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK"].includes((error as NodeJS.ErrnoException).code ?? "");

async function exists(p: string): Promise<{ dev: number; ino: number; size: number } | null> {
  try {
    return await lstat(p);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Puts source at destination: hardlink (copy when the destination is on another file system),
 * copy, or move. The file is written under a temporary name in the destination folder, its
 * size checked against the source, and only then given its name, without ever replacing an
 * existing file (a different file there is a ConflictError; the same file is "already-there").
 * A move deletes the source only after the copy is in place.
 */
export async function placeFile(
  source: string,
  destination: string,
  mode: ImportMode,
  options: { onCopyProgress?: (bytesCopied: number) => void } = {},
): Promise<PlacedBy> {
  const src = await stat(source).catch((error: unknown) => {
    throw new PlacementError(describe(error, destination));
  });
  const current = await exists(destination);
  if (current) {
    if (sameFile(current, src)) {
      if (mode === "move" && path.resolve(source) !== path.resolve(destination)) await unlink(source);
      return "already-there";
    }
    throw new ConflictError(`${destination} already exists and is a different file: it was not overwritten`);
  }
  const dir = path.dirname(destination);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new PlacementError(describe(await whyNotWritable(dir, error), dir));
  }
  const prefix = `.${path.basename(destination).slice(0, 100)}.`;
  // Temporary files of runs killed before they gave the file its name (never a move's: it may be the only copy).
  if (mode !== "move") {
    const stale = (await readdir(dir)).filter(
      (f) => f.startsWith(prefix) && /^[0-9a-f]{8}\.partial$/.test(f.slice(prefix.length)),
    );
    await Promise.all(stale.map((f) => unlink(path.join(dir, f)).catch(() => undefined)));
  }
  const temp = path.join(dir, `${prefix}${randomBytes(4).toString("hex")}.partial`);
  let placedBy: PlacedBy;
  try {
    placedBy = await writeTemp(source, temp, mode, src.size, options.onCopyProgress);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof DomainError) throw error;
    throw new PlacementError(describe(error, destination));
  }
  try {
    await commit(temp, destination);
  } catch (error) {
    // A move that already renamed the source into temp puts it back.
    if (placedBy === "move") await rename(temp, source).catch(() => undefined);
    else await unlink(temp).catch(() => undefined);
    if (error instanceof DomainError) throw error;
    throw new PlacementError(describe(error, destination));
  }
  if (placedBy === "copy" && mode === "move") await unlink(source);
  return placedBy === "copy" && mode === "move" ? "move" : placedBy;
}

async function writeTemp(
  source: string,
  temp: string,
  mode: ImportMode,
  size: number,
  onCopyProgress?: (bytesCopied: number) => void,
): Promise<PlacedBy> {
  if (mode === "hardlink") {
    try {
      await link(source, temp);
      return "hardlink";
    } catch (error) {
      if (!isCrossDevice(error)) throw error;
    }
  }
  if (mode === "move") {
    try {
      await rename(source, temp);
      return "move";
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    }
  }
  // A copy of a large file takes minutes: the size of the partial file is its progress.
  const ticker = onCopyProgress
    ? setInterval(
        () =>
          void stat(temp).then(
            (s) => onCopyProgress(s.size),
            () => undefined,
          ),
        1000,
      )
    : null;
  try {
    await copyFile(source, temp, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL);
  } finally {
    if (ticker) clearInterval(ticker);
  }
  const copied = await stat(temp);
  if (copied.size !== size)
    throw new PlacementError(`The copy at ${temp} has ${copied.size} bytes, the source ${size}: the source was kept`);
  return "copy";
}

/** temp → destination without replacing anything that appeared meanwhile: link() fails on an existing name. */
async function commit(temp: string, destination: string): Promise<void> {
  try {
    await link(temp, destination);
    await unlink(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      throw new ConflictError(`${destination} appeared while the file was being placed: it was not overwritten`);
    if (!isCrossDevice(error)) throw error;
    // File systems without hard links (some SMB/FUSE mounts): check, then rename.
    if (await exists(destination)) throw new ConflictError(`${destination} already exists: it was not overwritten`);
    await rename(temp, destination);
  }
}

/** Recursive mkdir reports ENOENT for a read-only or forbidden parent: find the real reason. */
async function whyNotWritable(dir: string, original: unknown): Promise<unknown> {
  if ((original as NodeJS.ErrnoException).code !== "ENOENT") return original;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    try {
      await stat(current);
    } catch {
      if (current === path.dirname(current)) return original;
      continue;
    }
    try {
      await access(current, constants.W_OK);
      return original;
    } catch (error) {
      return error;
    }
  }
}
