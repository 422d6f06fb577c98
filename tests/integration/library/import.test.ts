import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { makeReadOnly } from "../../helpers/read-only-folder";
import { admin, reader, useAllowedRoot, useFakeTmdb, user, writeFiles } from "./helpers";
import { resolveLibrary } from "@/lib/library";

describe("library: importer, manual import, rename, recycle bin", () => {
  let fake: FakeTmdb;
  let library: typeof import("@/lib/library");
  let catalog: typeof import("@/lib/catalog");
  let base = "";
  let shm = "";
  let moviesId = "";
  let tvId = "";
  let movieId = "";
  let seriesId = "";
  let downloads = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    shm = mkdtempSync("/dev/shm/mydia-import-");
    base = await useAllowedRoot("import", [shm]);
    library = await import("@/lib/library");
    catalog = await import("@/lib/catalog");
    mkdirSync(path.join(base, "movies"));
    mkdirSync(path.join(base, "tv"));
    downloads = path.join(base, "downloads");
    mkdirSync(downloads);
    moviesId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") }))
      .id;
    tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") })).id;
    movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
    seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, resolveLibrary)).id;
  });
  afterAll(async () => {
    await fake?.stop();
    rmSync(base, { recursive: true, force: true });
    rmSync(shm, { recursive: true, force: true });
  });

  const movieFolder = () => path.join(base, "movies", "Fight Club (1999) {tmdb-550}");

  it("hardlinks a download into the library under the naming template, with its subtitles", async () => {
    writeFiles(downloads, {
      "Fight.Club.1999.1080p.BluRay.x264-GRP/Fight.Club.1999.1080p.BluRay.x264-GRP.mkv": "fight club 1080p",
      "Fight.Club.1999.1080p.BluRay.x264-GRP/Fight.Club.1999.1080p.BluRay.x264-GRP.en.srt":
        "1\n00:00:00,000 --> 00:00:01,000\nhi\n",
      "Fight.Club.1999.1080p.BluRay.x264-GRP/Fight.Club.1999.1080p.BluRay.x264-GRP.nfo": "<movie/>",
    });
    const source = path.join(
      downloads,
      "Fight.Club.1999.1080p.BluRay.x264-GRP/Fight.Club.1999.1080p.BluRay.x264-GRP.mkv",
    );
    const result = await library.importFile({
      libraryId: moviesId,
      source,
      target: { movieId },
      sourceRoots: [downloads],
    });
    expect(result.placedBy).toBe("hardlink");
    expect(result.relativePath).toBe("Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv");
    expect(result.extras.sort()).toEqual([
      "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.en.srt",
      "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.nfo",
    ]);
    const placed = path.join(base, "movies", result.relativePath);
    expect(statSync(placed).ino).toBe(statSync(source).ino);
    expect(existsSync(source)).toBe(true);
    expect(readdirSync(movieFolder()).filter((n) => n.endsWith(".partial"))).toEqual([]);
    const files = await library.listMediaFiles(reader, { movieId });
    expect(files.map((f) => [f.role, f.quality, f.releaseGroup])).toContainEqual(["video", "Bluray-1080p", "GRP"]);
  });

  it("refuses sources outside the library and the given download folders", async () => {
    await expect(
      library.importFile({ libraryId: moviesId, source: "/etc/hostname", target: { movieId } }),
    ).rejects.toThrow(/outside the allowed folders/);
  });

  it("upgrades: the new file is placed first, then the old one goes to the recycle bin (never deleted)", async () => {
    writeFiles(downloads, { "Fight.Club.1999.2160p.UHD.BluRay.x265-UPG.mkv": "fight club 2160p!" });
    const result = await library.importFile({
      libraryId: moviesId,
      source: path.join(downloads, "Fight.Club.1999.2160p.UHD.BluRay.x265-UPG.mkv"),
      target: { movieId },
      sourceRoots: [downloads],
      mode: "copy",
    });
    expect(result).toMatchObject({
      placedBy: "copy",
      recycled: ["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"],
    });
    expect(readdirSync(movieFolder()).filter((n) => n.endsWith(".mkv"))).toEqual([
      "Fight Club (1999) [Bluray-2160p]-UPG.mkv",
    ]);
    const bin = path.join(base, "movies", library.RECYCLE_FOLDER);
    const [stamp] = readdirSync(bin);
    expect(
      readFileSync(
        path.join(bin, stamp, "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"),
        "utf8",
      ),
    ).toBe("fight club 1080p");
    // Its subtitle and NFO went with it, into the same recycle folder.
    const oldBase = "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP";
    expect(readFileSync(path.join(bin, stamp, `${oldBase}.en.srt`), "utf8")).toBe(
      "1\n00:00:00,000 --> 00:00:01,000\nhi\n",
    );
    expect(readFileSync(path.join(bin, stamp, `${oldBase}.nfo`), "utf8")).toBe("<movie/>");
    expect(readdirSync(movieFolder())).toEqual(["Fight Club (1999) [Bluray-2160p]-UPG.mkv"]);
    const files = await library.listMediaFiles(reader, { movieId });
    expect(files.map((v) => v.relativePath)).toEqual([
      "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-2160p]-UPG.mkv",
    ]);
    // The bin empties after the library's recycleDays.
    expect(await library.emptyRecycleBin(path.join(base, "movies"), 7)).toBe(0);
    expect(await library.emptyRecycleBin(path.join(base, "movies"), 7, new Date(Date.now() + 8 * 86_400_000))).toBe(1);
  });

  it("a replacement under the same name swaps the subtitles too: old ones to the bin, the download's in place", async () => {
    writeFiles(path.join(downloads, "again"), {
      "Fight.Club.1999.2160p.UHD.BluRay.x265-UPG.mkv": "fight club 2160p, again",
      "Fight.Club.1999.2160p.UHD.BluRay.x265-UPG.en.srt": "new subtitle",
    });
    const videoName = "Fight Club (1999) [Bluray-2160p]-UPG";
    writeFileSync(path.join(movieFolder(), `${videoName}.en.srt`), "old subtitle");
    writeFileSync(path.join(movieFolder(), `${videoName}.nfo`), "old nfo");
    const bin = path.join(base, "movies", library.RECYCLE_FOLDER);
    const binsBefore = new Set(readdirSync(bin));
    const result = await library.importFile({
      libraryId: moviesId,
      source: path.join(downloads, "again", "Fight.Club.1999.2160p.UHD.BluRay.x265-UPG.mkv"),
      target: { movieId },
      sourceRoots: [downloads],
      mode: "copy",
    });
    expect(result.extras).toEqual([`Fight Club (1999) {tmdb-550}/${videoName}.en.srt`]);
    expect(readdirSync(movieFolder()).sort()).toEqual([`${videoName}.en.srt`, `${videoName}.mkv`]);
    expect(readFileSync(path.join(movieFolder(), `${videoName}.mkv`), "utf8")).toBe("fight club 2160p, again");
    expect(readFileSync(path.join(movieFolder(), `${videoName}.en.srt`), "utf8")).toBe("new subtitle");
    const [stamp] = readdirSync(bin).filter((b) => !binsBefore.has(b));
    const old = path.join(bin, stamp, "Fight Club (1999) {tmdb-550}");
    expect(readdirSync(old).sort()).toEqual([`${videoName}.en.srt`, `${videoName}.mkv`, `${videoName}.nfo`]);
    expect(readFileSync(path.join(old, `${videoName}.en.srt`), "utf8")).toBe("old subtitle");
    const files = await library.listMediaFiles(reader, { movieId });
    expect(files.map((f) => [f.relativePath, f.role]).sort()).toEqual([
      [`Fight Club (1999) {tmdb-550}/${videoName}.en.srt`, "subtitle"],
      [`Fight Club (1999) {tmdb-550}/${videoName}.mkv`, "video"],
    ]);
  });

  it("never overwrites a different file at the destination; the source stays", async () => {
    const occupied = path.join(
      base,
      "tv",
      "Game of Thrones (2011) {tvdb-121361}",
      "Season 01",
      "Game of Thrones - S01E05 - The Wolf and the Lion [HDTV-720p].mkv",
    );
    writeFiles(path.dirname(occupied), { [path.basename(occupied)]: "someone else's file" });
    writeFiles(downloads, { "Game.of.Thrones.S01E05.720p.HDTV.x264.mkv": "ours" });
    const detail = await catalog.getSeriesDetail(reader, seriesId);
    const e5 = detail.seasons.find((s) => s.seasonNumber === 1)!.episodes.find((e) => e.episodeNumber === 5)!;
    await expect(
      library.importFile({
        libraryId: tvId,
        source: path.join(downloads, "Game.of.Thrones.S01E05.720p.HDTV.x264.mkv"),
        target: { seriesId, episodeIds: [e5.id] },
        sourceRoots: [downloads],
        mode: "move",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(readFileSync(occupied, "utf8")).toBe("someone else's file");
    expect(readFileSync(path.join(downloads, "Game.of.Thrones.S01E05.720p.HDTV.x264.mkv"), "utf8")).toBe("ours");
  });

  it("multi-episode files get one name for both episodes; move mode removes the source", async () => {
    writeFiles(downloads, { "Game.of.Thrones.S01E01E02.1080p.WEB-DL.DD5.1.H.264-NTb.mkv": "two episodes" });
    const detail = await catalog.getSeriesDetail(reader, seriesId);
    const s1 = detail.seasons.find((s) => s.seasonNumber === 1)!.episodes;
    const result = await library.importFile({
      libraryId: tvId,
      source: path.join(downloads, "Game.of.Thrones.S01E01E02.1080p.WEB-DL.DD5.1.H.264-NTb.mkv"),
      target: { seriesId, episodeIds: [s1[1].id, s1[0].id] },
      sourceRoots: [downloads],
      mode: "move",
    });
    expect(result.relativePath).toBe(
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E01-E02 - Winter Is Coming + The Kingsroad [WEBDL-1080p]-NTb.mkv",
    );
    expect(existsSync(path.join(downloads, "Game.of.Thrones.S01E01E02.1080p.WEB-DL.DD5.1.H.264-NTb.mkv"))).toBe(false);
    const file = (await library.listMediaFiles(reader, { seriesId })).find((f) => f.id === result.mediaFileId)!;
    expect(file.episodeIds.sort()).toEqual([s1[0].id, s1[1].id].sort());
  });

  it("copies across file systems (hardlink falls back to a verified copy)", async () => {
    const shmLibrary = path.join(shm, "movies");
    mkdirSync(shmLibrary);
    const other = await library.createLibrary(admin, { name: "Movies on tmpfs", kind: "movie", path: shmLibrary });
    writeFiles(downloads, { "Fight.Club.1999.720p.WEB-DL-X.mkv": "x".repeat(100_000) });
    const source = path.join(downloads, "Fight.Club.1999.720p.WEB-DL-X.mkv");
    const result = await library.importFile({
      libraryId: other.id,
      source,
      target: { movieId },
      sourceRoots: [downloads],
    });
    expect(result.placedBy).toBe("copy");
    const placed = path.join(shmLibrary, result.relativePath);
    expect(statSync(placed).size).toBe(100_000);
    expect(statSync(placed).dev).not.toBe(statSync(source).dev);
    expect(existsSync(source)).toBe(true);
  });

  it("a read-only destination gives a clear error and leaves the source untouched", async () => {
    const roRoot = path.join(base, "ro-movies");
    mkdirSync(roRoot);
    const ro = await library.createLibrary(admin, {
      name: "Read-only",
      kind: "movie",
      path: roRoot,
      importMode: "move",
    });
    const undo = makeReadOnly(roRoot);
    if (!undo) return; // neither a mount nor file modes can make a folder read-only here
    try {
      writeFiles(downloads, { "Fight.Club.1999.1080p.BluRay-RO.mkv": "read only test" });
      const source = path.join(downloads, "Fight.Club.1999.1080p.BluRay-RO.mkv");
      await expect(
        library.importFile({ libraryId: ro.id, source, target: { movieId }, sourceRoots: [downloads] }),
      ).rejects.toThrow(/Cannot write to .*(read-only|permission denied)/);
      expect(readFileSync(source, "utf8")).toBe("read only test");
    } finally {
      undo();
    }
  });

  it("sanitizes hostile names from releases and titles before they touch the disk", async () => {
    writeFiles(downloads, { "evil/Fight.Club.1999.1080p.BluRay.x264-..%2F..%2Fetc.mkv": "evil" });
    const result = await library.importFile({
      libraryId: moviesId,
      source: path.join(downloads, "evil/Fight.Club.1999.1080p.BluRay.x264-..%2F..%2Fetc.mkv"),
      target: { movieId },
      sourceRoots: [downloads],
      releaseName: "Fight.Club.1999.1080p.BluRay.x264-../../../etc/passwd\n\u0007",
      mode: "copy",
    });
    const parts = result.relativePath.split("/");
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p !== ".." && !/[\u0000-\u001f]/.test(p) && Buffer.byteLength(p) <= 255)).toBe(true);
    expect(existsSync(path.join(base, "movies", result.relativePath))).toBe(true);
  });

  it("manual import: unmatched files are linked and moved into place; ignore hides them; items fail independently", async () => {
    writeFiles(path.join(base, "tv"), {
      "random folder/got 1x03.mkv": "episode three",
      "random folder/got 1x03.en.srt": "subs",
      "random folder/junk.mkv": "junk",
    });
    await library.scanLibrary(tvId, { metadataSearch: false });
    const groups = (await library.listUnmatched(reader, tvId)).groups;
    const files = groups.flatMap((g) => g.files);
    const e3 = files.find((f) => f.relativePath.endsWith("got 1x03.mkv"))!;
    const junk = files.find((f) => f.relativePath.endsWith("junk.mkv"))!;
    const detail = await catalog.getSeriesDetail(reader, seriesId);
    const episode3 = detail.seasons.find((s) => s.seasonNumber === 1)!.episodes.find((e) => e.episodeNumber === 3)!;
    await expect(
      library.manualImport(reader, { items: [{ mediaFileId: junk.id, ignore: true }] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const outcomes = await library.manualImport(user, {
      items: [
        { mediaFileId: e3.id, seriesId, episodeIds: [episode3.id] },
        { mediaFileId: junk.id, ignore: true },
        { mediaFileId: "nope", ignore: true },
        { mediaFileId: junk.id, movieId },
      ],
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, false]);
    expect(outcomes[0].relativePath).toBe(
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E03 - Lord Snow.mkv",
    );
    expect(outcomes[3].error).toMatch(/TV library/);
    expect(readFileSync(path.join(base, "tv", outcomes[0].relativePath!), "utf8")).toBe("episode three");
    expect(
      existsSync(
        path.join(
          base,
          "tv",
          "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E03 - Lord Snow.en.srt",
        ),
      ),
    ).toBe(true);
    expect((await library.listUnmatched(reader, tvId)).total).toBe(0);
    const rescan = await library.scanLibrary(tvId, { metadataSearch: false });
    expect(rescan).toMatchObject({ added: 0, missing: 0 });
  });

  it("rename: previews files whose names differ from the templates, then renames them", async () => {
    await library.updateLibrary(admin, tvId, {
      naming: { episodeFile: "{Series CleanTitle} {season:0}x{episode:00} {Episode Title}" },
    });
    const preview = await library.previewRename(reader, { seriesId });
    expect(preview.length).toBeGreaterThan(0);
    const lordSnow = preview.find((p) => p.from.includes("Lord Snow"))!;
    expect(lordSnow.to).toBe("Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones 1x03 Lord Snow.mkv");
    const { renamed, failed } = await library.renameFiles(user, { mediaFileIds: preview.map((p) => p.mediaFileId) });
    expect(failed).toEqual([]);
    expect(renamed.map((r) => r.to)).toContain(lordSnow.to);
    expect(readFileSync(path.join(base, "tv", lordSnow.to), "utf8")).toBe("episode three");
    expect(await library.previewRename(reader, { seriesId })).toEqual([]);
  });

  it("deleting a file moves it to the recycle bin", async () => {
    const [file] = (await library.listMediaFiles(reader, { seriesId })).filter((f) => f.role === "video");
    await library.deleteMediaFile(user, file.id);
    expect(existsSync(file.path)).toBe(false);
    expect((await library.listMediaFiles(reader, { seriesId })).some((f) => f.id === file.id)).toBe(false);
    writeFileSync(path.join(base, "probe.txt"), "");
  });
});
