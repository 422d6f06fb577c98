import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { isInside } from "../paths";

export interface WalkEntry {
  /** Relative to the walked root, with "/" separators. */
  relativePath: string;
  size: number;
  /** Whole milliseconds (what the database keeps). */
  mtimeMs: number;
}

export interface WalkProblem {
  /** Relative to the root ("" for the root itself). */
  path: string;
  message: string;
}

export interface WalkOptions {
  /** Only files whose name passes are stat'ed and reported. */
  wantFile?: (name: string) => boolean;
  /** Directories (by name) not to enter. */
  skipDir?: (name: string) => boolean;
  signal?: AbortSignal;
  /** Longest stretch of file system calls before yielding to the event loop. Default 15 ms. */
  sliceMs?: number;
  /** Test hook: runs after a directory was listed, before its files are stat'ed. */
  afterList?: (directory: string, names: string[]) => void;
}

export interface WalkResult {
  problems: WalkProblem[];
  /** Relative paths of directories that could not be read: what was below them is unknown, not gone. */
  unreadable: string[];
}

/** The real path of a link's target; null when it is broken (the stat below reports that). */
function realpathOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

const errorText = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "EACCES" || e.code === "EPERM") return "cannot be read (permission denied)";
  if (e.code === "ELOOP") return "symbolic link loop";
  if (e.code === "ENOENT") return "disappeared during the scan";
  return e.message ?? String(error);
};

/**
 * Walks a tree and hands files (with size and mtime) to onBatch, one batch per directory.
 * One directory at a time with synchronous readdir/stat (for many small metadata calls this is
 * about twice as fast as the thread pool), yielding to the event loop every few milliseconds so
 * the process stays responsive (job heartbeats, aborts, other requests).
 * Unreadable folders and symlink loops are reported, not fatal; a file that vanishes between
 * listing and stat is not reported (the scan then treats it as gone). Symbolic links are followed
 * only while their real target stays inside the root's real path: a link to / or to another disk
 * is reported and skipped, so nothing outside the library is listed, stored or probed.
 */
export async function walk(
  root: string,
  onBatch: (entries: WalkEntry[]) => void | Promise<void>,
  options: WalkOptions = {},
): Promise<WalkResult> {
  const wantFile = options.wantFile ?? (() => true);
  const skipDir = options.skipDir ?? (() => false);
  const sliceMs = options.sliceMs ?? 15;
  const problems: WalkProblem[] = [];
  const unreadable: string[] = [];
  const visited = new Set<string>();
  const stack: { relative: string; viaLink: boolean }[] = [{ relative: "", viaLink: false }];
  let sliceStart = performance.now();
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    return { problems: [{ path: "", message: errorText(error) }], unreadable: [""] };
  }

  while (stack.length > 0) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
    options.signal?.throwIfAborted();
    const { relative: relativeDir, viaLink } = stack.pop()!;
    const absoluteDir = relativeDir ? path.join(root, relativeDir) : root;
    let entries: Dirent[];
    try {
      const info = statSync(absoluteDir);
      const key = `${info.dev}:${info.ino}`;
      if (visited.has(key)) {
        if (viaLink)
          problems.push({
            path: relativeDir,
            message: "symbolic link loop (or a second link to a folder already scanned): skipped",
          });
        continue;
      }
      visited.add(key);
      entries = readdirSync(absoluteDir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: relativeDir, message: errorText(error) });
      unreadable.push(relativeDir);
      continue;
    }
    options.afterList?.(
      absoluteDir,
      entries.map((e) => e.name),
    );
    const batch: WalkEntry[] = [];
    // Plain concatenation: the folder is already normalised, and path.join per file showed in profiles.
    const dirPrefix = absoluteDir.endsWith(path.sep) ? absoluteDir : absoluteDir + path.sep;
    for (const entry of entries) {
      const relativePath = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skipDir(entry.name)) stack.push({ relative: relativePath, viaLink: false });
        continue;
      }
      const isLink = entry.isSymbolicLink();
      if (!isLink && (!entry.isFile() || !wantFile(entry.name))) continue;
      let info: Stats | undefined;
      try {
        if (isLink) {
          const target = realpathOrNull(dirPrefix + entry.name);
          if (target && !isInside(realRoot, target)) {
            problems.push({ path: relativePath, message: "symbolic link leads outside the library: skipped" });
            continue;
          }
        }
        info = statSync(dirPrefix + entry.name, { throwIfNoEntry: false });
      } catch (error) {
        problems.push({ path: relativePath, message: errorText(error) });
        continue;
      }
      if (!info) {
        if (isLink) problems.push({ path: relativePath, message: "broken symbolic link" });
        continue;
      }
      if (info.isDirectory()) {
        if (isLink && !skipDir(entry.name)) stack.push({ relative: relativePath, viaLink: true });
      } else if (info.isFile() && wantFile(entry.name)) {
        batch.push({ relativePath, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) });
      }
    }
    if (batch.length > 0) await onBatch(batch);
  }
  return { problems, unreadable };
}
