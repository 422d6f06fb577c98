import { mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb, writeFiles } from "./helpers";

describe("library: libraries, scan, match, missing files, progress", () => {
  let fake: FakeTmdb;
  let library: typeof import("@/lib/library");
  let catalog: typeof import("@/lib/catalog");
  let base = "";
  let moviesId = "";
  let tvId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    base = await useAllowedRoot("scan");
    library = await import("@/lib/library");
    catalog = await import("@/lib/catalog");
  });
  afterAll(async () => {
    await fake?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  it("creates libraries only on existing folders under the allowed roots, without overlaps", async () => {
    mkdirSync(path.join(base, "Movies"));
    mkdirSync(path.join(base, "TV Shows"));
    await expect(library.createLibrary(admin, { name: "X", kind: "movie", path: "relative/path" })).rejects.toThrow(
      /absolute path/,
    );
    await expect(
      library.createLibrary(admin, { name: "X", kind: "movie", path: path.join(base, "nope") }),
    ).rejects.toThrow(/does not exist/);
    await expect(library.createLibrary(admin, { name: "X", kind: "movie", path: "/etc" })).rejects.toThrow(
      /outside the allowed folders/,
    );
    await expect(
      library.createLibrary(reader, { name: "X", kind: "movie", path: path.join(base, "Movies") }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const movies = await library.createLibrary(admin, {
      name: "Movies",
      kind: "movie",
      path: `${base}/Movies/`,
      monitorNew: false,
    });
    moviesId = movies.id;
    expect(movies).toMatchObject({
      path: path.join(base, "Movies"),
      importMode: "hardlink",
      problem: null,
      naming: { renameFiles: true },
    });
    expect(movies.space?.freeBytes).toBeGreaterThan(0);
    await expect(
      library.createLibrary(admin, { name: "Inner", kind: "movie", path: path.join(base, "Movies") }),
    ).rejects.toMatchObject({ code: "conflict" });
    tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "TV Shows") })).id;
    const updated = await library.updateLibrary(admin, moviesId, {
      naming: { colonReplacement: "dash" },
      scanIntervalHours: 6,
    });
    expect(updated.naming).toMatchObject({ colonReplacement: "dash", renameFiles: true });
    expect((await library.listLibraries(reader)).map((l) => l.name)).toEqual(["Movies", "TV"]);
  });

  it("scans movies: ids in folder names, title + year, metadata search that adds the title, extras, hostile names", async () => {
    const root = path.join(base, "Movies");
    writeFiles(root, [
      "Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv",
      "Fight Club (1999)/Fight Club (1999) Bluray-1080p.en.srt",
      "Fight Club (1999)/movie.nfo",
      "Fight Club (1999)/Sample/fight.club.sample.mkv",
      "Fight Club (1999)/Trailers/Fight Club Trailer.mkv",
      "Fight Club (1999)/poster.jpg",
      "Amélie (2001)/Amélie (2001) WEBDL-1080p.mkv",
      `It's "Quoted" (2000)/It's "Quoted" (2000).mkv`,
      "Line\nBreak (2001)/Line\nBreak.mkv",
      `${"Long ".repeat(45).trim()} (2002)/${"x".repeat(240)}.mkv`,
      "Loose.Movie.2004.720p.HDTV.x264-GRP.mkv",
      ".hidden/ignored.mkv",
    ]);
    const progress: number[] = [];
    const result = await library.scanLibrary(moviesId, {
      onProgress: (p) => progress.push(p.seen),
      progressIntervalMs: 0,
    });
    expect(result).toMatchObject({ seen: 10, added: 10, unchanged: 0, missing: 0, errors: [] });
    // Fight Club came from metadata search (not in the catalog before), unmonitored as the library says.
    const [movie] = (await catalog.listMovies(reader, {})).items;
    expect(movie).toMatchObject({ title: "Fight Club", monitored: false });
    expect((await catalog.getMovie(reader, movie.id)).libraryId).toBe(moviesId);
    const files = await library.listMediaFiles(reader, { movieId: movie.id });
    expect(files.map((f) => [f.relativePath, f.role]).sort()).toEqual([
      ["Fight Club (1999)/Fight Club (1999) Bluray-1080p.en.srt", "subtitle"],
      ["Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv", "video"],
      ["Fight Club (1999)/Sample/fight.club.sample.mkv", "sample"],
      ["Fight Club (1999)/Trailers/Fight Club Trailer.mkv", "trailer"],
      ["Fight Club (1999)/movie.nfo", "nfo"],
    ]);
    expect(files.find((f) => f.role === "video")).toMatchObject({
      quality: "Bluray-1080p",
      status: "matched",
      path: path.join(root, "Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv"),
    });
    expect(result.matched).toBe(1);
    expect(result.unmatched).toBe(5);
    const unmatched = await library.listUnmatched(reader, moviesId);
    expect(unmatched.total).toBe(5);
    const amelie = unmatched.groups.find((g) => g.folder === "Amélie (2001)")!;
    expect(amelie.files[0].guess).toMatchObject({ title: "Amélie", year: 2001 });
    expect(unmatched.groups.some((g) => g.folder === "")).toBe(true);
    expect(unmatched.groups.some((g) => g.folder === "Line\nBreak (2001)")).toBe(true);
    expect(progress.at(-1)).toBe(10);
  });

  it("matches by {tmdb-…} in a folder name against the catalog, without a metadata call", async () => {
    const root = path.join(base, "Movies");
    writeFiles(root, ["Renamed Folder {tmdb-550}/whatever.mkv", "Other [tmdbid-550]/Fight.Club.1999.REMUX.mkv"]);
    const calls = fake.paths().filter((p) => p.startsWith("search/")).length;
    const result = await library.scanLibrary(moviesId, { progressIntervalMs: 0 });
    expect(result).toMatchObject({ added: 2, unchanged: 10, matched: 3 });
    expect(fake.paths().filter((p) => p.startsWith("search/")).length).toBe(calls);
  });

  it("rescans: unchanged files skipped, changed ones re-read, vanished ones marked missing (kept), reappearing ones restored", async () => {
    const root = path.join(base, "Movies");
    const fight = path.join(root, "Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv");
    writeFileSync(fight, "now with bytes");
    unlinkSync(path.join(root, "Amélie (2001)/Amélie (2001) WEBDL-1080p.mkv"));
    const result = await library.scanLibrary(moviesId);
    expect(result).toMatchObject({ seen: 11, changed: 1, added: 0, missing: 1, unchanged: 10 });
    const { items } = await catalog.listMovies(reader, {});
    const files = await library.listMediaFiles(reader, { movieId: items[0].id });
    expect(files.find((f) => f.relativePath.endsWith("Bluray-1080p.mkv"))).toMatchObject({
      size: 14,
      status: "matched",
      mediaInfo: null,
    });
    writeFiles(root, { "Amélie (2001)/Amélie (2001) WEBDL-1080p.mkv": "" });
    const again = await library.scanLibrary(moviesId);
    // Same size, new mtime: a changed file (not merely reappeared), and no longer missing.
    expect(again.missing).toBe(0);
    expect((await library.listUnmatched(reader, moviesId)).groups.some((g) => g.folder === "Amélie (2001)")).toBe(true);
  });

  it("a file vanishing mid-scan, a folder that cannot be read and a symlink loop are reported, not fatal", async () => {
    const root = path.join(base, "Movies");
    writeFiles(root, ["Vanishing (2005)/Vanishing (2005).mkv", "Becomes A File (2006)/Becomes A File (2006).mkv"]);
    await library.scanLibrary(moviesId);
    mkdirSync(path.join(root, "Loop (2007)"));
    symlinkSync("..", path.join(root, "Loop (2007)", "up"));
    symlinkSync(path.join(root, "nowhere"), path.join(root, "broken.mkv"));
    const result = await library.scanLibrary(moviesId, {
      afterList: (dir, names) => {
        if (dir === root && names.includes("Vanishing (2005)")) {
          unlinkSync(path.join(root, "Vanishing (2005)/Vanishing (2005).mkv"));
          rmSync(path.join(root, "Becomes A File (2006)"), { recursive: true });
          writeFileSync(path.join(root, "Becomes A File (2006)"), "not a folder any more");
        }
      },
    });
    const messages = result.errors.map((e) => `${e.path}: ${e.message}`).join("\n");
    expect(messages).toMatch(/Loop \(2007\)\/up: symbolic link loop/);
    expect(messages).toMatch(/broken\.mkv: broken symbolic link/);
    expect(messages).toMatch(/Becomes A File \(2006\)/);
    // The vanished file is missing; the one below the unreadable folder is not (unknown, not gone).
    expect(result.missing).toBe(1);
    unlinkSync(path.join(root, "Becomes A File (2006)"));
    expect((await library.scanLibrary(moviesId)).missing).toBe(1);
  });

  it("does not mark everything missing when the library folder is empty (an unmounted drive)", async () => {
    const root = path.join(base, "TV Shows");
    writeFiles(root, ["Some Show/Season 01/Some.Show.S01E01.mkv"]);
    await library.scanLibrary(tvId, { metadataSearch: false });
    rmSync(path.join(root, "Some Show"), { recursive: true });
    const result = await library.scanLibrary(tvId, { metadataSearch: false });
    expect(result.missing).toBe(0);
    expect(result.errors[0].message).toMatch(/drive is not mounted/);
    rmSync(root, { recursive: true });
    await expect(library.scanLibrary(tvId)).rejects.toThrow(/does not exist \(is the drive mounted\?\)/);
    mkdirSync(root);
  });

  it("scans TV: series by tvdb id in the folder or by title (metadata search), multi-episode files link to every episode", async () => {
    const root = path.join(base, "TV Shows");
    writeFiles(root, [
      "Game of Thrones (2011)/Season 01/Game of Thrones - S01E01-E02 - Winter Is Coming WEBDL-1080p.mkv",
      "Game of Thrones (2011)/Season 01/Game of Thrones - S01E01-E02 - Winter Is Coming WEBDL-1080p.en.srt",
      "Game of Thrones (2011)/Season 01/Game.of.Thrones.S01E03.720p.HDTV.x264-GRP.mkv",
      "Game of Thrones (2011)/Season 01/Game of Thrones - S01E99.mkv",
      "Breaking Bad (2008)/Season 01/Breaking.Bad.S01E01.720p.HDTV.x264-GRP.mkv",
    ]);
    const result = await library.scanLibrary(tvId);
    expect(result).toMatchObject({ seen: 5, matched: 2, unmatched: 2 });
    const [series] = (await catalog.listSeries(reader, {})).items;
    expect(series).toMatchObject({ title: "Game of Thrones", monitored: false });
    const files = await library.listMediaFiles(reader, { seriesId: series.id });
    const detail = await catalog.getSeriesDetail(reader, series.id);
    const episodeId = (n: number) =>
      detail.seasons.find((s) => s.seasonNumber === 1)!.episodes.find((e) => e.episodeNumber === n)!.id;
    const double = files.find((f) => f.relativePath.includes("S01E01-E02") && f.role === "video")!;
    expect(double.episodeIds.sort()).toEqual([episodeId(1), episodeId(2)].sort());
    expect(files.find((f) => f.relativePath.includes("S01E03"))!.episodeIds).toEqual([episodeId(3)]);
    expect(files.find((f) => f.role === "subtitle")!.episodeIds.sort()).toEqual([episodeId(1), episodeId(2)].sort());
    const unmatched = await library.listUnmatched(reader, tvId);
    const s99 = unmatched.groups.flatMap((g) => g.files).find((f) => f.relativePath.includes("S01E99"))!;
    expect(s99).toMatchObject({
      seriesId: series.id,
      guess: { season: 1, episodes: [99], reason: "Series found, episode not recognised" },
    });
    // Breaking Bad: the search finds it but TMDB (the fake) has no details: it stays unmatched, the scan goes on.
    expect(unmatched.groups.some((g) => g.folder.startsWith("Breaking Bad"))).toBe(true);
  });

  it("monitor modes 'existing' and 'missing' follow the files on disk", async () => {
    const [series] = (await catalog.listSeries(reader, {})).items;
    const monitoredEpisodes = async () =>
      (await catalog.getSeriesDetail(reader, series.id)).seasons
        .find((s) => s.seasonNumber === 1)!
        .episodes.filter((e) => e.monitored)
        .map((e) => e.episodeNumber)
        .sort((a, b) => a - b);
    await library.updateSeriesMonitoring(admin, series.id, { monitor: "existing" });
    expect(await monitoredEpisodes()).toEqual([1, 2, 3]);
    await library.updateSeriesMonitoring(admin, series.id, { monitor: "missing" });
    expect(await monitoredEpisodes()).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it("publishes progress events and records the summary on the library", async () => {
    const { db, tables } = await import("@/lib/db");
    const { asc, eq } = await import("drizzle-orm");
    const events = await db()
      .select()
      .from(tables.events)
      .where(eq(tables.events.type, "library.scan.progress"))
      .orderBy(asc(tables.events.id));
    const last = events.filter((e) => e.payload.libraryId === tvId).at(-1)!;
    expect(last.payload).toMatchObject({ libraryId: tvId, seen: 5, matched: 2, unmatched: 2, done: true });
    expect(typeof last.payload.perSecond).toBe("number");
    const tv = await library.getLibrary(reader, tvId);
    expect(tv.lastScan).toMatchObject({ seen: 5, matched: 2 });
    expect(tv.lastScanAt).not.toBeNull();
  });

  it("moves the root by changing the path: stored paths are relative", async () => {
    const { renameSync } = await import("node:fs");
    const before = await library.listMediaFiles(reader, {
      movieId: (await catalog.listMovies(reader, {})).items[0].id,
    });
    renameSync(path.join(base, "Movies"), path.join(base, "Films"));
    await library.updateLibrary(admin, moviesId, { path: path.join(base, "Films") });
    const result = await library.scanLibrary(moviesId);
    expect(result).toMatchObject({ added: 0, missing: 0 });
    const after = await library.listMediaFiles(reader, { movieId: before[0].movieId! });
    expect(after.map((f) => f.relativePath)).toEqual(before.map((f) => f.relativePath));
    expect(after[0].path.startsWith(path.join(base, "Films"))).toBe(true);
    expect(readFileSync(after.find((f) => f.role === "video" && f.size === 14)!.path, "utf8")).toBe("now with bytes");
  });

  it("refuses to delete a library that movies or series use", async () => {
    await expect(library.deleteLibrary(admin, moviesId)).rejects.toMatchObject({ code: "conflict" });
  });
});
