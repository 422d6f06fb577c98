import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { payloadBytes } from "@/tests/helpers/payload-bytes";
import { admin, reader, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/**
 * The states a worker killed at a precise point of an import leaves behind, built by hand, and
 * what the next run of the import (the restarted worker) must make of them: the deterministic
 * companion of import-crash.test.ts, whose random kills hit these windows only now and then.
 * Each case imports one episode of a finished torrent download (hardlinked, as by default).
 */
let fake: FakeTmdb;
let base = "";
let tvRoot = "";
let seriesId = "";
let moviesRoot = "";
let movieId = "";
const episodes = new Map<number, { id: string; title: string | null }>();
let downloads: typeof import("@/lib/downloads");

const SEASON_DIR = "Game of Thrones (2011) {tvdb-121361}/Season 01";
const name = (e: number) => `Game.of.Thrones.S01E${String(e).padStart(2, "0")}.1080p.BluRay.x264-GRP`;
const libraryPath = (e: number) =>
  `${SEASON_DIR}/Game of Thrones - S01E${String(e).padStart(2, "0")} - ${episodes.get(e)!.title} [Bluray-1080p]-GRP.mkv`;

/** A finished single-episode torrent download: its file in a download folder, its row waiting for the import. */
async function finishedDownload(e: number): Promise<{ id: string; source: string }> {
  const folder = path.join(base, "downloads", name(e));
  mkdirSync(folder, { recursive: true });
  const source = path.join(folder, `${name(e)}.mkv`);
  writeFileSync(source, payloadBytes(name(e), 50_000));
  const [row] = await db()
    .insert(tables.downloads)
    .values({
      clientId: null,
      clientName: "Transmission",
      clientItemId: randomBytes(20).toString("hex"),
      protocol: "torrent",
      title: name(e),
      seriesId,
      episodeIds: [episodes.get(e)!.id],
      status: "importing",
      progress: 100,
      outputPath: folder,
      importedFiles: [],
      updatedAt: new Date(),
    })
    .returning();
  return { id: row.id, source };
}

/** As if the worker died before marking the download imported: the row is back to "importing". */
async function notYetImported(id: string, importedFiles: string[] = []): Promise<void> {
  await db()
    .update(tables.downloads)
    .set({ imported: false, status: "importing", importedFiles })
    .where(eq(tables.downloads.id, id));
}

const hiddenIn = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("."));
const recycled = () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
    );
  try {
    return walk(path.join(tvRoot, ".mydia-recycle"));
  } catch {
    return [];
  }
};
const videoRowsOf = async (e: number) => {
  const links = await db()
    .select()
    .from(tables.mediaFileEpisodes)
    .where(eq(tables.mediaFileEpisodes.episodeId, episodes.get(e)!.id));
  const rows = await db().select().from(tables.mediaFiles);
  return rows.filter((r) => links.some((l) => l.mediaFileId === r.id));
};

beforeAll(async () => {
  fake = await useFakeTmdb();
  base = await useAllowedRoot("import-crash-states");
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  tvRoot = path.join(base, "tv");
  mkdirSync(tvRoot);
  const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: tvRoot })).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, resolveLibrary)).id;
  const detail = await catalog.getSeriesDetail(reader, seriesId);
  for (const e of detail.seasons.find((s) => s.seasonNumber === 1)!.episodes)
    episodes.set(e.episodeNumber, { id: e.id, title: e.title });
  // A movie library that moves files in (a common choice for usenet).
  moviesRoot = path.join(base, "movies");
  mkdirSync(moviesRoot);
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: moviesRoot, importMode: "move" })
  ).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
});

const MOVIE = "Fight Club (1999) {tmdb-550}";
const movieFile = (tag: string) => `${MOVIE}/Fight Club (1999) [Bluray-1080p]-${tag}.mkv`;

/** A finished usenet download of the movie, for the library that moves files. */
async function finishedMovieDownload(tag: string): Promise<{ id: string; source: string; folder: string }> {
  const title = `Fight.Club.1999.1080p.BluRay.x264-${tag}`;
  const folder = path.join(base, "usenet", title);
  mkdirSync(folder, { recursive: true });
  const source = path.join(folder, `${title}.mkv`);
  writeFileSync(source, payloadBytes(title, 50_000));
  const [row] = await db()
    .insert(tables.downloads)
    .values({
      clientId: null,
      clientName: "SABnzbd",
      clientItemId: `SABnzbd_nzo_${tag}`,
      protocol: "usenet",
      title,
      movieId,
      episodeIds: [],
      status: "importing",
      progress: 100,
      outputPath: folder,
      importedFiles: [],
      updatedAt: new Date(),
    })
    .returning();
  return { id: row.id, source, folder };
}

afterAll(async () => {
  await fake?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("import: the states a killed worker leaves, and the next run", () => {
  it("killed after the file and its media_files row were written, before the download noted the file: the next run keeps the file as it is", async () => {
    const { id, source } = await finishedDownload(1);
    expect((await downloads.importDownload(id)).imported).toEqual([libraryPath(1)]);
    const [before] = await videoRowsOf(1);
    await notYetImported(id);

    const again = await downloads.importDownload(id);
    expect(again.imported).toEqual([libraryPath(1)]);
    // Not an "upgrade" of the file by itself: nothing in the recycle bin, the same row, no staged leftovers.
    expect(recycled()).toEqual([]);
    expect(await videoRowsOf(1)).toEqual([expect.objectContaining({ id: before.id, relativePath: libraryPath(1) })]);
    expect(hiddenIn(path.join(tvRoot, SEASON_DIR))).toEqual([]);
    expect(statSync(path.join(tvRoot, libraryPath(1))).ino).toBe(statSync(source).ino);
  });

  it("killed inside an upgrade, after the old file went to the recycle bin and before the new one took its name: the next run puts the file in place", async () => {
    const { id, source } = await finishedDownload(2);
    await downloads.importDownload(id);
    // The killed run had staged the new file under a hidden name and moved the current one to the bin.
    const { recycle } = await import("@/lib/library");
    linkSync(source, path.join(tvRoot, SEASON_DIR, `.${randomBytes(8).toString("hex")}.incoming`));
    await recycle(tvRoot, libraryPath(2));
    await notYetImported(id);

    const again = await downloads.importDownload(id);
    expect(again.imported).toEqual([libraryPath(2)]);
    expect(statSync(path.join(tvRoot, libraryPath(2))).ino).toBe(statSync(source).ino);
    expect(await videoRowsOf(2)).toHaveLength(1);
    expect(await db().select().from(tables.downloads).where(eq(tables.downloads.id, id))).toEqual([
      expect.objectContaining({ imported: true, error: null }),
    ]);
  });

  it("killed between writing the temporary .partial file and giving it its name: the next run leaves no .partial behind", async () => {
    const { id, source } = await finishedDownload(3);
    mkdirSync(path.join(tvRoot, SEASON_DIR), { recursive: true });
    const destination = path.basename(libraryPath(3));
    linkSync(source, path.join(tvRoot, SEASON_DIR, `.${destination}.${randomBytes(4).toString("hex")}.partial`));

    expect((await downloads.importDownload(id)).imported).toEqual([libraryPath(3)]);
    expect(hiddenIn(path.join(tvRoot, SEASON_DIR)).filter((f) => f.includes("S01E03"))).toEqual([]);
  });

  it("move mode, killed after the file was moved in and recorded, before the download was marked imported: the next run finishes the download", async () => {
    const { id, source } = await finishedMovieDownload("MOVED");
    expect((await downloads.importDownload(id)).imported).toEqual([movieFile("MOVED")]);
    await notYetImported(id, [source]);

    // The download folder is empty now (its file was moved): nothing is left to import, and nothing is wrong.
    await downloads.importDownload(id);
    expect(await db().select().from(tables.downloads).where(eq(tables.downloads.id, id))).toEqual([
      expect.objectContaining({ imported: true, status: "imported", error: null }),
    ]);
    expect(statSync(path.join(moviesRoot, movieFile("MOVED"))).size).toBe(50_000);
  });

  it("move mode, killed after the download was marked imported, before its sources were deleted: the next run deletes them", async () => {
    const { id, source } = await finishedMovieDownload("LATE");
    expect((await downloads.importDownload(id)).imported).toEqual([movieFile("LATE")]);
    // The state of the kill: marked imported, the source still beside its library copy (one file, two names).
    linkSync(path.join(moviesRoot, movieFile("LATE")), source);

    expect((await downloads.importDownload(id)).alreadyImported).toBe(true);
    expect(() => statSync(source)).toThrow(/ENOENT/);
    expect(statSync(path.join(moviesRoot, movieFile("LATE"))).size).toBe(50_000);
    expect(await db().select().from(tables.downloads).where(eq(tables.downloads.id, id))).toEqual([
      expect.objectContaining({ imported: true, status: "imported", error: null, importedFiles: [source] }),
    ]);
  });
});
