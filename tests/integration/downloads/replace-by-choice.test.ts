import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as grabRoute from "@/app/api/v1/releases/grab/route";
import * as recycleBinRoute from "@/app/api/v1/libraries/[id]/recycle-bin/route";
import * as restoreRoute from "@/app/api/v1/libraries/[id]/recycle-bin/restore/route";
import { createUserAsOperator, systemActor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import { emptyRelease } from "@/lib/indexers";
import { parse, toParseSummary } from "@/lib/release";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { makeTinyMedia } from "@/tests/helpers/tiny-media";
import { until } from "@/tests/helpers/until";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { startTorrentSeeder, type TorrentSeeder } from "./seeded-torrents";

/**
 * A grab the decision engine rejects needs the user's confirmation, and the import never replaces
 * a better file unless that confirmation was given (then History says "replaced", by choice).
 * Replaced videos go to the recycle bin with their subtitles and NFO, the download's own extras
 * take their place, and the bin can be listed and restored through the API. Real Transmission,
 * real ffprobe, both dialects.
 */
const BETTER = "Fight.Club.1999.2160p.UHD.BluRay.x265-GRP";
const WORSE_AUTO = "Fight.Club.1999.DVDRip.XviD-AUTO";
const WORSE_CHOSEN = "Fight.Club.1999.DVDRip.XviD-CHOSEN";
const SRT = "1\n00:00:00,000 --> 00:00:00,500\nHello\n";

let transmission: StartedDaemon;
let seeder: TorrentSeeder;
let fake: FakeTmdb;
let base = "";
let scratch = "";
let media: { h264: string; hdr: string };
let moviesId = "";
let movieRoot = "";
let movieId = "";
let seriesId = "";
let episodes: { id: string; seasonNumber: number; episodeNumber: number }[] = [];
let tvRoot = "";
let indexerId = "";
let userKey = "";
let readonlyKey = "";
let betterPath = "";
let downloads: typeof import("@/lib/downloads");
let library: typeof import("@/lib/library");

const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];
const historyOf = async (id: string) =>
  db().select().from(tables.downloadHistory).where(eq(tables.downloadHistory.downloadId, id));
const filesOfMovie = async () =>
  (await db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.movieId, movieId))).sort((a, b) =>
    a.relativePath.localeCompare(b.relativePath),
  );
const job = (downloadId: string) => ({
  id: "t",
  data: { downloadId },
  signal: new AbortController().signal,
  attempt: 1,
});

const call = (
  handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
  method: string,
  url: string,
  options: { key?: string; body?: unknown; id?: string } = {},
) =>
  handler(
    new Request(`http://localhost${url}`, {
      method,
      headers: {
        "x-api-key": options.key ?? userKey,
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    }),
    { params: Promise.resolve<Record<string, string>>(options.id ? { id: options.id } : {}) },
  );

/** A search result of the local indexer for a torrent whose data Transmission already holds. */
function seededRelease(title: string) {
  const torrent = seeder.seed(title, {
    [`${title}.mkv`]: readFileSync(media.h264),
    [`${title}.en.srt`]: Buffer.from(SRT),
  });
  return {
    ...emptyRelease({ guid: `guid-${title}`, title, indexerId, indexerName: "Local", protocol: "torrent" }),
    downloadUrl: torrent.url,
    size: 4_000_000,
    key: `guid-${title}`,
    ageHours: null,
    parsed: toParseSummary(parse(title, { kind: "movie" })),
  };
}

/** The id a search would have given the release: the server caches it as interactive search does. */
async function searchedReleaseId(title: string): Promise<string> {
  const { rememberReleases } = await import("@/lib/indexers");
  const [shown] = await rememberReleases([seededRelease(title)]);
  return shown.id;
}

async function finished(downloadId: string): Promise<void> {
  await until("download finished", async () => {
    await downloads.monitorDownloads();
    return (await downloadRow(downloadId)).status === "importing";
  });
}

beforeAll(async () => {
  transmission = await startTransmission();
  seeder = await startTorrentSeeder(transmission.downloadsDir);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("replace-by-choice", [transmission.dir]);
  scratch = mkdtempSync(path.join(tmpdir(), "mydia-replace-media-"));
  media = makeTinyMedia(scratch);
  downloads = await import("@/lib/downloads");
  library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  movieRoot = path.join(base, "movies");
  mkdirSync(movieRoot);
  moviesId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: movieRoot })).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, library.resolveLibrary)).id;
  tvRoot = path.join(base, "tv");
  mkdirSync(tvRoot);
  const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: tvRoot })).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, library.resolveLibrary)).id;
  episodes = await catalog.listEpisodes(admin, seriesId);
  await downloads.createDownloadClientRecord(admin, { ...clientRecordOf(transmission), removeFailed: false });
  const { createIndexer } = await import("@/lib/indexers");
  indexerId = (
    await createIndexer(admin, { kind: "torznab", name: "Local", baseUrl: "http://127.0.0.1:9/", apiKey: "k" })
  ).id;
  const u = await createUserAsOperator({ username: "rc-user", password: "correct horse battery", role: "user" });
  const r = await createUserAsOperator({ username: "rc-reader", password: "correct horse battery", role: "readonly" });
  userKey = (await createApiKeyForUser(u.id, "tests")).key;
  readonlyKey = (await createApiKeyForUser(r.id, "tests")).key;

  // The library holds a 2160p HDR file (probed by ffprobe) with its subtitle and NFO.
  const held = path.join(scratch, "held", BETTER);
  mkdirSync(held, { recursive: true });
  writeFileSync(path.join(held, `${BETTER}.mkv`), readFileSync(media.hdr));
  writeFileSync(path.join(held, `${BETTER}.en.srt`), SRT);
  writeFileSync(path.join(held, `${BETTER}.nfo`), "<movie>2160p</movie>");
  const imported = await library.importFile({
    libraryId: moviesId,
    source: path.join(held, `${BETTER}.mkv`),
    target: { movieId },
    sourceRoots: [scratch],
    mediaInfo: await library.probe(path.join(held, `${BETTER}.mkv`)),
  });
  betterPath = imported.relativePath;
  expect(imported.extras).toHaveLength(2);
}, 90_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await seeder?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("a worse release replaces a better file only by the user's choice", () => {
  it("refuses a user's grab of a rejected release without the override: 409 with the reasons, nothing sent", async () => {
    const releaseId = await searchedReleaseId(WORSE_CHOSEN);
    const before = (await db().select().from(tables.downloads)).length;
    const response = await call(grabRoute.POST, "POST", "/api/v1/releases/grab", { body: { releaseId, movieId } });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { message: string; details: { rejections: string[] } } };
    expect(body.error.details.rejections).toContain("The file on disk has a better quality (Bluray-2160p)");
    expect(body.error.message).toMatch(/rejected: .*better quality \(Bluray-2160p\).*overrideRejection/);
    expect((await db().select().from(tables.downloads)).length).toBe(before);
  });

  it("keeps the better file when a worse download arrives without the override (e.g. grabbed by automation before)", async () => {
    // Automation grabs only what it judged acceptable at the time: no judgement here, no override.
    const sent = await downloads.grabRelease(systemActor, seededRelease(WORSE_AUTO), { movieId });
    expect((await downloadRow(sent.downloadId)).overrideRejection).toBe(false);
    await finished(sent.downloadId);
    const result = await downloads.downloadsImportHandler(job(sent.downloadId));
    expect(result.imported).toEqual([]);
    expect(result.kept).toEqual([
      {
        file: expect.stringContaining(`${WORSE_AUTO}.mkv`),
        reason: "the file on disk has a better quality (Bluray-2160p) than this one (DVD)",
      },
    ]);
    const row = await downloadRow(sent.downloadId);
    expect(row).toMatchObject({ status: "not-an-upgrade", imported: false });
    expect(row.error).toMatch(/^Not imported: the file on disk has a better quality \(Bluray-2160p\)/);
    // The 2160p file, its subtitle and NFO are untouched and still registered.
    expect((await filesOfMovie()).map((f) => f.relativePath)).toEqual(
      [betterPath, betterPath.replace(/\.mkv$/, ".en.srt"), betterPath.replace(/\.mkv$/, ".nfo")].sort(),
    );
    expect(readFileSync(path.join(movieRoot, betterPath))).toEqual(readFileSync(media.hdr));
    const events = (await historyOf(sent.downloadId)).map((h) => h.event);
    expect(events).toEqual(["grabbed", "kept"]);
    // The monitor leaves the parked status alone; running the import again says nothing new.
    await downloads.monitorDownloads();
    expect((await downloadRow(sent.downloadId)).status).toBe("not-an-upgrade");
    await downloads.importDownload(sent.downloadId);
    expect((await historyOf(sent.downloadId)).map((h) => h.event)).toEqual(["grabbed", "kept"]);
    await downloads.removeFromQueue(admin, sent.downloadId, { removeFromClient: true });
  });

  let chosenPath = "";
  it("with the override, the import replaces the better file; its extras go to the bin with it; History says replaced by choice", async () => {
    const releaseId = await searchedReleaseId(WORSE_CHOSEN);
    const response = await call(grabRoute.POST, "POST", "/api/v1/releases/grab", {
      body: { releaseId, movieId, overrideRejection: true },
    });
    expect(response.status).toBe(201);
    const { downloadId } = (await response.json()) as { downloadId: string };
    expect((await downloadRow(downloadId)).overrideRejection).toBe(true);
    const [grabbed] = await historyOf(downloadId);
    expect(grabbed.data).toMatchObject({
      overrideRejection: true,
      rejections: expect.arrayContaining(["The file on disk has a better quality (Bluray-2160p)"]),
    });
    await finished(downloadId);
    const result = await downloads.downloadsImportHandler(job(downloadId));
    expect(result.kept).toEqual([]);
    expect(result.imported).toHaveLength(1);
    chosenPath = result.imported[0];

    // The new video with its own subtitle, renamed to match it; the old ones are gone from the library.
    const files = await filesOfMovie();
    expect(files.map((f) => f.relativePath)).toEqual([chosenPath, chosenPath.replace(/\.mkv$/, ".en.srt")].sort());
    expect(readFileSync(path.join(movieRoot, chosenPath.replace(/\.mkv$/, ".en.srt")), "utf8")).toBe(SRT);
    if (chosenPath !== betterPath) expect(existsSync(path.join(movieRoot, betterPath))).toBe(false);
    expect(existsSync(path.join(movieRoot, betterPath.replace(/\.mkv$/, ".nfo")))).toBe(false);

    // The old video, its subtitle and NFO are in one recycle folder.
    const bins = readdirSync(path.join(movieRoot, library.RECYCLE_FOLDER));
    const binned = bins.filter((b) => existsSync(path.join(movieRoot, library.RECYCLE_FOLDER, b, betterPath)));
    expect(binned).toHaveLength(1);
    const bin = path.join(movieRoot, library.RECYCLE_FOLDER, binned[0]);
    expect(readFileSync(path.join(bin, betterPath))).toEqual(readFileSync(media.hdr));
    expect(readFileSync(path.join(bin, betterPath.replace(/\.mkv$/, ".en.srt")), "utf8")).toBe(SRT);
    expect(readFileSync(path.join(bin, betterPath.replace(/\.mkv$/, ".nfo")), "utf8")).toBe("<movie>2160p</movie>");

    const history = await historyOf(downloadId);
    expect(history.map((h) => h.event).sort()).toEqual(["grabbed", "imported", "replaced"]);
    expect(history.find((h) => h.event === "replaced")!.data).toEqual({
      byChoice: true,
      replaced: [betterPath],
      files: [chosenPath],
      reasons: ["the file on disk has a better quality (Bluray-2160p) than this one (DVD)"],
    });
  });

  it("a season pack worse than one episode on disk: that episode keeps its file, the others are imported", async () => {
    const episode = (n: number) => episodes.find((e) => e.seasonNumber === 1 && e.episodeNumber === n)!.id;
    const held = path.join(scratch, "held-tv");
    mkdirSync(held, { recursive: true });
    writeFileSync(path.join(held, "Game.of.Thrones.S01E01.1080p.BluRay.x264-GRP.mkv"), readFileSync(media.h264));
    const e1 = await library.importFile({
      libraryId: (await db().select().from(tables.libraries).where(eq(tables.libraries.path, tvRoot)))[0].id,
      source: path.join(held, "Game.of.Thrones.S01E01.1080p.BluRay.x264-GRP.mkv"),
      target: { seriesId, episodeIds: [episode(1)] },
      sourceRoots: [scratch],
    });
    const pack = "Game.of.Thrones.S01.720p.HDTV.x264-PACK";
    const torrent = seeder.seed(pack, {
      "Game.of.Thrones.S01E01.720p.HDTV.x264-PACK.mkv": readFileSync(media.h264),
      "Game.of.Thrones.S01E02.720p.HDTV.x264-PACK.mkv": readFileSync(media.h264),
    });
    const sent = await downloads.grabRelease(
      systemActor,
      {
        guid: `guid-${pack}`,
        title: pack,
        indexerId,
        protocol: "torrent",
        downloadUrl: torrent.url,
        magnetUrl: null,
      },
      { episodeIds: [episode(1), episode(2)] },
    );
    await finished(sent.downloadId);
    const result = await downloads.downloadsImportHandler(job(sent.downloadId));
    expect(result.imported).toEqual([expect.stringMatching(/S01E02.*HDTV-720p/)]);
    expect(result.kept).toEqual([
      {
        file: expect.stringContaining("S01E01.720p"),
        reason: "the file on disk has a better quality (Bluray-1080p) than this one (HDTV-720p)",
      },
    ]);
    expect(existsSync(path.join(tvRoot, e1.relativePath))).toBe(true);
    expect(await downloadRow(sent.downloadId)).toMatchObject({ status: "imported", imported: true });
    const history = await historyOf(sent.downloadId);
    expect(history.map((h) => h.event).sort()).toEqual(["grabbed", "imported", "kept"]);
    expect(history.find((h) => h.event === "kept")!.data).toEqual({
      kept: [
        {
          file: "Game.of.Thrones.S01E01.720p.HDTV.x264-PACK.mkv",
          reason: "the file on disk has a better quality (Bluray-1080p) than this one (HDTV-720p)",
        },
      ],
    });
  });

  it("lists the recycle bin (readonly may) and restores a file through the API (user and above), refusing traversal", async () => {
    const url = `/api/v1/libraries/${moviesId}/recycle-bin`;
    const listed = await call(recycleBinRoute.GET, "GET", url, { key: readonlyKey, id: moviesId });
    expect(listed.status).toBe(200);
    const bin = (await listed.json()) as import("@/lib/library").RecycleBin;
    const video = bin.items.find((i) => i.relativePath === betterPath)!;
    expect(video).toMatchObject({
      role: "video",
      movieId,
      itemTitle: "Fight Club",
      size: readFileSync(media.hdr).length,
      occupied: chosenPath === betterPath,
    });
    expect(Date.now() - Date.parse(video.recycledAt)).toBeLessThan(10 * 60_000);
    expect(bin.items.map((i) => i.relativePath).sort()).toEqual(
      [betterPath, betterPath.replace(/\.mkv$/, ".en.srt"), betterPath.replace(/\.mkv$/, ".nfo")].sort(),
    );

    const restore = (body: unknown, key?: string) =>
      call(restoreRoute.POST, "POST", `${url}/restore`, { key, body, id: moviesId });
    expect((await restore({ id: video.id }, readonlyKey)).status).toBe(403);
    const binName = video.id.split("/")[0];
    for (const id of [
      "../../../etc/passwd",
      `${binName}/../../${betterPath}`,
      `${binName}/../${binName}/${betterPath}`,
      `/etc/passwd`,
      `${binName}//etc/passwd`,
      `${binName}/.mydia-recycled.json`,
      `${binName}/.mydia-recycle/x.mkv`,
      `..%2F..%2Fetc/passwd`,
    ]) {
      const refused = await restore({ id });
      expect(refused.status, id).toBe(400);
    }
    expect((await restore({ id: `${binName}/nothing-here.mkv` })).status).toBe(404);
    // A symlink planted in the bin does not lead a restore out of it.
    const { symlinkSync } = await import("node:fs");
    symlinkSync("/etc/hostname", path.join(movieRoot, library.RECYCLE_FOLDER, binName, "link.mkv"));
    expect((await restore({ id: `${binName}/link.mkv` })).status).toBe(400);
    rmSync(path.join(movieRoot, library.RECYCLE_FOLDER, binName, "link.mkv"));

    // Something else sits at the original place now: it goes to the bin first, never overwritten.
    const stray = path.join(movieRoot, betterPath);
    const strayExisted = existsSync(stray);
    if (!strayExisted) writeFileSync(stray, "a different file");
    const restored = await restore({ id: video.id });
    expect(restored.status).toBe(200);
    const result = (await restored.json()) as import("@/lib/library").RestoreResult;
    expect(result).toMatchObject({ relativePath: betterPath, recycledCurrent: true });
    expect(readFileSync(stray)).toEqual(readFileSync(media.hdr));
    const row = (await filesOfMovie()).find((f) => f.relativePath === betterPath)!;
    expect(row).toMatchObject({ id: result.mediaFileId, role: "video", status: "matched", quality: "Bluray-2160p" });
    // What ffprobe read before it was recycled is back with it.
    expect(row.mediaInfo).toMatchObject({ video: expect.objectContaining({ height: 2160 }) });

    const after = (await (
      await call(recycleBinRoute.GET, "GET", url, { id: moviesId })
    ).json()) as import("@/lib/library").RecycleBin;
    expect(after.items.find((i) => i.id === video.id)).toBeUndefined();
    const displaced = after.items.find((i) => i.relativePath === betterPath)!;
    expect(displaced).toBeDefined();
    expect(displaced.size).toBe(strayExisted ? readFileSync(media.h264).length : "a different file".length);
  });
});
