import { randomUUID } from "node:crypto";
import { lstat, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { episodesByIds, movieForMatching, seriesOneForMatching } from "@/lib/catalog";
import { tx } from "@/lib/db";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { placeFile } from "./import/place-file";
import {
  BIN_NAME,
  binTime,
  readManifest,
  RECYCLE_FOLDER,
  RECYCLE_MANIFEST,
  recordOf,
  recycleFiles,
  writeManifest,
  type RecycledRecord,
} from "./import/recycle";
import { requireLibraryRow } from "./library.service";
import type { LibraryRow } from "./library.repo";
import type { MediaInfo } from "./library.types";
import { deleteMediaFileRow, episodeIdsOf, findByPath, insertMediaFile } from "./media-files.repo";
import { assertInsideRoots, isInside, resolveInLibrary, safeRelativePath } from "./paths";
import { classify } from "./scan/classify";

const roles = ["video", "sample", "trailer", "featurette", "extra", "subtitle", "nfo"] as const;

export const recycledFileSchema = z.object({
  id: z.string().describe("the recycle folder and the original path: pass it to restore"),
  relativePath: z.string().describe("where the file was in the library (and goes back to)"),
  size: z.number().describe("bytes"),
  recycledAt: z.string().describe("ISO 8601"),
  role: z.enum(roles),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  episodeIds: z.array(z.string()),
  itemTitle: z.string().nullable().describe("the movie or series it belonged to; null when unknown or removed"),
  occupied: z.boolean().describe("another file is at the original place now (a restore moves it to the bin first)"),
});
export type RecycledFile = z.infer<typeof recycledFileSchema>;

export const recycleBinSchema = z.object({
  libraryId: z.string(),
  keepDays: z.number().int().describe("recycled files are removed after this many days (0: kept until removed)"),
  items: z.array(recycledFileSchema),
});
export type RecycleBin = z.infer<typeof recycleBinSchema>;

export const restoreInput = z.object({ id: z.string().min(1).max(4000) }).strict();
export type RestoreInput = z.input<typeof restoreInput>;

export const restoreResultSchema = z.object({
  relativePath: z.string(),
  mediaFileId: z.string(),
  recycledCurrent: z.boolean().describe("the file that was at that place went to the recycle bin first"),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

async function filesUnder(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), relative)));
    else if (entry.isFile() && relative !== RECYCLE_MANIFEST) out.push(relative);
  }
  return out;
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

async function titleOf(record: RecycledRecord | null, cache: Map<string, string | null>): Promise<string | null> {
  const key = record?.movieId ? `m:${record.movieId}` : record?.seriesId ? `s:${record.seriesId}` : null;
  if (!key || !record) return null;
  if (!cache.has(key))
    cache.set(
      key,
      record.movieId
        ? ((await movieForMatching(record.movieId))?.title ?? null)
        : ((await seriesOneForMatching(record.seriesId!))?.title ?? null),
    );
  return cache.get(key) ?? null;
}

/** What the library's recycle bin holds, newest first: each file with where it was and what it was. */
export async function listRecycleBin(actor: Actor, libraryId: string): Promise<RecycleBin> {
  assertCan(actor, "read");
  const library = await requireLibraryRow(libraryId);
  const binRoot = path.join(library.path, RECYCLE_FOLDER);
  let bins: string[];
  try {
    bins = (await readdir(binRoot, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    bins = [];
  }
  const titles = new Map<string, string | null>();
  const items: RecycledFile[] = [];
  for (const bin of bins) {
    const binDir = path.join(binRoot, bin);
    const manifest = await readManifest(binDir);
    const at = new Date(manifest ? Date.parse(manifest.recycledAt) : await binTime(binDir)).toISOString();
    for (const relativePath of await filesUnder(binDir)) {
      const record = manifest?.files.find((f) => f.path === relativePath)?.record ?? null;
      const info = await stat(path.join(binDir, relativePath));
      items.push({
        id: `${bin}/${relativePath}`,
        relativePath,
        size: info.size,
        recycledAt: at,
        role: record?.role ?? classify(relativePath) ?? "extra",
        movieId: record?.movieId ?? null,
        seriesId: record?.seriesId ?? null,
        episodeIds: record?.episodeIds ?? [],
        itemTitle: await titleOf(record, titles),
        occupied: await exists(path.join(library.path, relativePath)),
      });
    }
  }
  items.sort((a, b) => b.recycledAt.localeCompare(a.recycledAt) || a.relativePath.localeCompare(b.relativePath));
  return { libraryId: library.id, keepDays: library.recycleDays, items };
}

/** A recycled file's id, checked: a folder of the bin, then a path inside it (never outside, never into the bin). */
function parseRecycledId(library: LibraryRow, id: string): { binDir: string; source: string; relativePath: string } {
  const slash = id.indexOf("/");
  const bin = slash > 0 ? id.slice(0, slash) : "";
  const refuse = () =>
    new ValidationError(`Not a file of the recycle bin: ${JSON.stringify(id)}`, {
      fields: { id: "not a file of this library's recycle bin" },
    });
  if (!BIN_NAME.test(bin)) throw refuse();
  let relativePath: string;
  try {
    relativePath = safeRelativePath(id.slice(slash + 1));
  } catch {
    throw refuse();
  }
  if (relativePath === RECYCLE_MANIFEST || relativePath.split("/")[0] === RECYCLE_FOLDER) throw refuse();
  const binDir = path.join(library.path, RECYCLE_FOLDER, bin);
  const source = path.join(binDir, relativePath);
  if (!isInside(binDir, source)) throw refuse();
  // Symlinks inside the bin must not lead out of it.
  assertInsideRoots(source, [binDir], "recycled file");
  return { binDir, source, relativePath };
}

/** The movie/series and episodes of a record that still exist. */
async function ownerOf(record: RecycledRecord | null) {
  if (record?.movieId && (await movieForMatching(record.movieId)))
    return { movieId: record.movieId, seriesId: null, episodeIds: [] };
  if (record?.seriesId && (await seriesOneForMatching(record.seriesId))) {
    const episodes = await episodesByIds(record.episodeIds);
    return {
      movieId: null,
      seriesId: record.seriesId,
      episodeIds: episodes.filter((e) => e.seriesId === record.seriesId).map((e) => e.id),
    };
  }
  return null;
}

/**
 * Puts a recycled file back where it was in the library. A file now at that place goes to the
 * recycle bin first (never overwritten). The file is registered again with what it was (its
 * movie or episodes, quality, media info); when that item is gone it waits as unmatched.
 */
export async function restoreRecycled(actor: Actor, libraryId: string, input: RestoreInput): Promise<RestoreResult> {
  assertCan(actor, "manage");
  const data = parseInput(restoreInput, input);
  const library = await requireLibraryRow(libraryId);
  const { binDir, source, relativePath } = parseRecycledId(library, data.id);
  const found = await lstat(source).catch(() => null);
  if (!found?.isFile()) throw new NotFoundError(`${relativePath} is not in the recycle bin`);
  const destination = resolveInLibrary(library.path, relativePath);
  assertInsideRoots(destination, [library.path], "destination");

  const manifest = await readManifest(binDir);
  const record = manifest?.files.find((f) => f.path === relativePath)?.record ?? null;
  const current = await findByPath(library.id, relativePath);
  let recycledCurrent = false;
  if (await exists(destination)) {
    const links = current ? await episodeIdsOf([current.id]) : new Map<string, string[]>();
    const moved = await recycleFiles(library.path, [
      { relativePath, record: current ? recordOf(current, links.get(current.id) ?? []) : null },
    ]);
    recycledCurrent = moved.size > 0;
  }
  await placeFile(source, destination, "move");

  const info = await stat(destination);
  const owner = await ownerOf(record);
  const now = new Date();
  const id = randomUUID();
  await tx(async (t) => {
    if (current) await deleteMediaFileRow(current.id, t);
    await insertMediaFile(
      {
        id,
        libraryId: library.id,
        relativePath,
        role: record?.role ?? classify(relativePath) ?? "extra",
        size: info.size,
        mtimeMs: Math.trunc(info.mtimeMs),
        status: owner ? "matched" : "unmatched",
        movieId: owner?.movieId ?? null,
        seriesId: owner?.seriesId ?? null,
        quality: record?.quality ?? null,
        releaseGroup: record?.releaseGroup ?? null,
        edition: record?.edition ?? null,
        mediaInfo: (record?.mediaInfo as MediaInfo | null | undefined) ?? null,
        analyzedAt: record?.mediaInfo ? now : null,
        addedAt: now,
        updatedAt: now,
      },
      owner?.episodeIds ?? [],
      t,
    );
  });

  const left = (await filesUnder(binDir).catch(() => [])).length;
  if (left === 0) await rm(binDir, { recursive: true, force: true });
  else if (manifest)
    await writeManifest(binDir, { ...manifest, files: manifest.files.filter((f) => f.path !== relativePath) });

  await publish(
    "library.file.restored",
    {
      libraryId: library.id,
      mediaFileId: id,
      relativePath,
      movieId: owner?.movieId ?? null,
      seriesId: owner?.seriesId ?? null,
    },
    { actorId: actorId(actor) },
  );
  return { relativePath, mediaFileId: id, recycledCurrent };
}
