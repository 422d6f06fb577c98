import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { MediaFileRow } from "../media-files.repo";

/** Mydia's recycle bin inside each library root (same filesystem: moving there is a rename). */
export const RECYCLE_FOLDER = ".mydia-recycle";
/** What each recycle folder holds, written beside the files: where they were and what they were. */
export const RECYCLE_MANIFEST = ".mydia-recycled.json";
const DAY = 86_400_000;

/** A folder of the bin: the moment, then a random part (20261101T120000Z-ab12). */
export const BIN_NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-[a-z0-9]{1,12}$/;

/** The library record of a recycled file, kept so that a restore registers it again as it was. */
export const recycledRecordSchema = z.object({
  role: z.enum(["video", "sample", "trailer", "featurette", "extra", "subtitle", "nfo"]),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  episodeIds: z.array(z.string()),
  quality: z.string().nullable(),
  releaseGroup: z.string().nullable(),
  edition: z.string().nullable(),
  mediaInfo: z.record(z.string(), z.unknown()).nullable(),
});
export type RecycledRecord = z.infer<typeof recycledRecordSchema>;

const manifestSchema = z.object({
  recycledAt: z.string(),
  files: z.array(z.object({ path: z.string(), record: recycledRecordSchema.nullable() })),
});
export type RecycleManifest = z.infer<typeof manifestSchema>;

export interface RecycleEntry {
  /** Library-relative path of the file to move. */
  relativePath: string;
  record: RecycledRecord | null;
}

export function recordOf(row: MediaFileRow, episodeIds: string[]): RecycledRecord {
  return {
    role: row.role,
    movieId: row.movieId,
    seriesId: row.seriesId,
    episodeIds,
    quality: row.quality,
    releaseGroup: row.releaseGroup,
    edition: row.edition,
    mediaInfo: row.mediaInfo ?? null,
  };
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

export async function readManifest(binDir: string): Promise<RecycleManifest | null> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(path.join(binDir, RECYCLE_MANIFEST), "utf8")));
  } catch {
    return null;
  }
}

export async function writeManifest(binDir: string, manifest: RecycleManifest): Promise<void> {
  await writeFile(path.join(binDir, RECYCLE_MANIFEST), JSON.stringify(manifest, null, 2));
}

/**
 * Moves library files into one recycle folder named for the moment (a video with its subtitles and
 * NFO go together), keeping their relative paths, e.g. .mydia-recycle/20261101T120000Z-ab12/Movie
 * (2010)/Movie.mkv, with a manifest of what they were. Files already gone are skipped. Returns
 * library-relative path → new absolute path of the files moved.
 */
export async function recycleFiles(
  root: string,
  entries: readonly RecycleEntry[],
  now = new Date(),
): Promise<Map<string, string>> {
  const moved = new Map<string, string>();
  if (entries.length === 0) return moved;
  const bin = path.join(root, RECYCLE_FOLDER, `${stamp(now)}-${Math.random().toString(36).slice(2, 6)}`);
  const recorded: RecycleManifest["files"] = [];
  try {
    for (const entry of entries) {
      const target = path.join(bin, entry.relativePath);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await rename(path.join(root, entry.relativePath), target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      moved.set(entry.relativePath, target);
      recorded.push({ path: entry.relativePath, record: entry.record });
    }
  } finally {
    if (recorded.length > 0) await writeManifest(bin, { recycledAt: now.toISOString(), files: recorded });
    else await rm(bin, { recursive: true, force: true });
  }
  return moved;
}

/** Moves one library file into the recycle bin. Returns its new path; ENOENT when it is gone. */
export async function recycle(
  root: string,
  relativePath: string,
  record: RecycledRecord | null = null,
  now = new Date(),
): Promise<string> {
  const moved = await recycleFiles(root, [{ relativePath, record }], now);
  const target = moved.get(relativePath);
  if (!target)
    throw Object.assign(new Error(`ENOENT: no such file ${relativePath}`), {
      code: "ENOENT" as const,
      path: relativePath,
    });
  return target;
}

/** When a bin folder was made (from its name, else its modification time). */
export async function binTime(binDir: string): Promise<number> {
  const m = BIN_NAME.exec(path.basename(binDir));
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : (await stat(binDir)).mtimeMs;
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
    if (now.getTime() - (await binTime(path.join(bin, name))) > keepDays * DAY) {
      await rm(path.join(bin, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
