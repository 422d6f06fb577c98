import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/** Mydia's recycle bin inside each library root (same filesystem: moving there is a rename). */
export const RECYCLE_FOLDER = ".mydia-recycle";
const DAY = 86_400_000;

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/**
 * Moves a library file into the recycle bin, keeping its relative path under a folder named for
 * the moment (e.g. .mydia-recycle/20261101T120000Z-ab12/Movie (2010)/Movie.mkv). Returns the new path.
 */
export async function recycle(root: string, relativePath: string, now = new Date()): Promise<string> {
  const bin = path.join(root, RECYCLE_FOLDER, `${stamp(now)}-${Math.random().toString(36).slice(2, 6)}`);
  const target = path.join(bin, relativePath);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(path.join(root, relativePath), target);
  return target;
}

/** Removes recycle folders older than keepDays (0 keeps them until removed by hand). Returns how many went. */
export async function emptyRecycleBin(root: string, keepDays: number, now = new Date()): Promise<number> {
  if (keepDays <= 0) return 0;
  const bin = path.join(root, RECYCLE_FOLDER);
  let names: string[];
  try {
    names = await readdir(bin);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(name);
    const at = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : (await stat(path.join(bin, name))).mtimeMs;
    if (now.getTime() - at > keepDays * DAY) {
      await rm(path.join(bin, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
