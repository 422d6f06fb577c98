import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dialectOf, tables } from "@/lib/db";
import { ConflictError, UnavailableError } from "@/lib/errors";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import { freePort } from "@/tests/helpers/daemons/process";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { createUserAsOperator } from "@/lib/accounts";
import * as grabRoute from "@/app/api/v1/releases/grab/route";
import * as queueRoute from "@/app/api/v1/queue/route";
import * as queueItemRoute from "@/app/api/v1/queue/[id]/route";
import * as historyRoute from "@/app/api/v1/history/route";
import * as blocklistRoute from "@/app/api/v1/blocklist/route";
import * as blocklistItemRoute from "@/app/api/v1/blocklist/[id]/route";
import { admin, reader, useAllowedRoot, useFakeTmdb, user } from "../library/helpers";
import { until } from "@/tests/helpers/until";
import { resolveLibrary } from "@/lib/library";

/**
 * The download lifecycle against a real Transmission: grab (with fail-over from a dead client),
 * monitor (progress, completed, removed by hand), import into a movie library (hardlinked), the
 * blocklist — on both dialects.
 */
const RELEASE = "Fight.Club.1999.1080p.BluRay.x264-GRP";

let transmission: StartedDaemon;
let fake: FakeTmdb;
let files: Server;
let filesUrl = "";
const served = new Map<string, Buffer>();
let base = "";
let movieId = "";
let moviesId = "";
let downloads: typeof import("@/lib/downloads");
let library: typeof import("@/lib/library");

/** Data placed where Transmission saves, and its .torrent served over HTTP: the client verifies it to 100 %. */
function seededTorrent(
  name: string,
  withData = true,
  extra: Record<string, Buffer> = {},
  mainFile = true,
): { url: string; infoHash: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-seed-"));
  const folder = path.join(scratch, name);
  mkdirSync(folder);
  if (mainFile) writeFileSync(path.join(folder, `${name}.mkv`), randomBytes(300_000));
  for (const [relative, content] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), content);
  }
  const torrent = makeTorrent(folder);
  if (withData) {
    // Copy the data to the client's save path (as if it had been downloaded there).
    const target = path.join(transmission.downloadsDir, name);
    mkdirSync(target, { recursive: true });
    for (const file of [...(mainFile ? [`${name}.mkv`] : []), ...Object.keys(extra)]) {
      mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
      copyFileSync(path.join(folder, file), path.join(target, file));
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  const key = `/${torrent.infoHash}.torrent`;
  served.set(key, torrent.data);
  return { url: `${filesUrl}${key}`, infoHash: torrent.infoHash };
}

const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];
const historyOf = async (id: string) =>
  (await db().select().from(tables.downloadHistory).where(eq(tables.downloadHistory.downloadId, id)))
    .map((h) => h.event)
    .sort();
const eventsOf = async (type: string) => db().select().from(tables.events).where(eq(tables.events.type, type));

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("downloads", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  moviesId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") }))
    .id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
  files = createServer((req, res) => {
    if (req.url === "/magnet-redirect")
      return res.writeHead(302, { location: `magnet:?xt=urn:btih:${"ab".repeat(20)}&dn=Fight.Club.1999.DVDRip` }).end();
    const body = served.get(req.url ?? "");
    if (!body) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/x-bittorrent" }).end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  // A client that is down (nothing listens on its port) comes first, the real Transmission second.
  await downloads.createDownloadClientRecord(admin, {
    kind: "transmission",
    name: "Dead Transmission",
    host: "127.0.0.1",
    port: await freePort(),
    priority: 1,
    timeoutMs: 3000,
  });
  await downloads.createDownloadClientRecord(admin, {
    ...clientRecordOf(transmission),
    priority: 2,
    removeFailed: false,
  });
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await new Promise((resolve) => files?.close(resolve));
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("downloads: grab → monitor → import", () => {
  let downloadId = "";

  it("grabs a .torrent link: fails over from a client that is down to the real Transmission", async () => {
    const torrent = seededTorrent(RELEASE, true, { "Sample/sample.mkv": randomBytes(20_000) });
    const result = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: RELEASE,
      protocol: "torrent",
      movieId,
    });
    expect(result).toMatchObject({ clientName: "Transmission", clientItemId: torrent.infoHash });
    expect(result.skipped).toEqual([
      { clientName: "Dead Transmission", message: expect.stringMatching(/refused the connection/) },
    ]);
    downloadId = result.downloadId;
    expect(await downloadRow(downloadId)).toMatchObject({
      infoHash: torrent.infoHash,
      protocol: "torrent",
      title: RELEASE,
      movieId,
      status: "queued",
      imported: false,
    });
    expect(await historyOf(downloadId)).toEqual(["grabbed"]);
    expect((await eventsOf("download.grabbed")).map((e) => (e.payload as { downloadId: string }).downloadId)).toContain(
      downloadId,
    );
  });

  it("grabs a release its own search found (automation's path), keeping the indexer, guid, size and parsed quality", async () => {
    const { createIndexer } = await import("@/lib/indexers");
    const indexer = await createIndexer(admin, {
      kind: "torznab",
      name: "Local Torznab",
      baseUrl: filesUrl,
      apiKey: "key-local",
    });
    const title = "Fight.Club.1999.1080p.WEB-DL.DDP5.1.H.264-SEARCH";
    const torrent = seededTorrent(title, false);
    const release = {
      guid: `guid-${torrent.infoHash}`,
      title,
      indexerId: indexer.id,
      indexerName: "Local Torznab",
      protocol: "torrent" as const,
      downloadUrl: torrent.url,
      magnetUrl: null,
      infoHash: null,
      // A size the WEBDL-1080p definition accepts: a user's grab of a rejected release needs overrideRejection.
      size: 2_123_456_789,
      parsed: { quality: "WEBDL-1080p", resolution: 1080 },
      seeders: 5,
    };
    const result = await downloads.grabRelease(user, release, { movieId });
    expect(result.clientName).toBe("Transmission");
    expect(await downloadRow(result.downloadId)).toMatchObject({
      indexerId: indexer.id,
      indexerName: "Local Torznab",
      guid: release.guid,
      size: 2_123_456_789,
      infoHash: torrent.infoHash,
    });
    expect((await downloads.listQueue(reader)).find((q) => q.id === result.downloadId)).toMatchObject({
      quality: "WEBDL-1080p",
      indexerName: "Local Torznab",
    });
    await downloads.removeFromQueue(user, result.downloadId, { removeFromClient: true });
  });

  it("monitors the download to completed, publishing progress only when it changes, and queues the import", async () => {
    const row = await until("completed", async () => {
      await downloads.monitorDownloads();
      const r = await downloadRow(downloadId);
      return r.status === "importing" ? r : null;
    });
    expect(row).toMatchObject({ progress: 100, outputPath: expect.stringContaining(RELEASE) });
    expect(row.finishedAt).toBeInstanceOf(Date);
    // One download.progress event per monitor pass, listing every download that changed.
    const progressOf = async () =>
      (await eventsOf("download.progress"))
        .flatMap((e) => (e.payload as { items: { downloadId: string }[] }).items)
        .filter((p) => p.downloadId === downloadId);
    const progress = await progressOf();
    expect(progress.at(-1)).toMatchObject({ status: "importing", progress: 100 });
    const before = progress.length;
    await downloads.monitorDownloads();
    expect(await progressOf()).toHaveLength(before);
    if (dialectOf(process.env.DATABASE_URL) === "sqlite") {
      // One queued import job per download (singleton), however often the monitor sees it finished.
      const { sqliteSchema } = await import("@/lib/db/schema");
      const jobs = await (
        db() as unknown as { select(): { from(t: unknown): { where(w: unknown): Promise<{ data: unknown }[]> } } }
      )
        .select()
        .from(sqliteSchema.jobs)
        .where(eq(sqliteSchema.jobs.queue, "downloads.import"));
      expect(jobs.filter((j) => (j.data as { downloadId: string }).downloadId === downloadId)).toHaveLength(1);
    }
  });

  it("imports the video (not the sample) into the movie library, hardlinked, with a media_files row and history", async () => {
    const result = await downloads.importDownload(downloadId);
    expect(result.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"]);
    const placed = path.join(base, "movies", result.imported[0]);
    const source = path.join(transmission.downloadsDir, RELEASE, `${RELEASE}.mkv`);
    expect(statSync(placed).ino).toBe(statSync(source).ino);
    expect(existsSync(source)).toBe(true);
    const rows = await db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.movieId, movieId));
    expect(rows.map((r) => r.relativePath)).toEqual([result.imported[0]]);
    expect(await downloadRow(downloadId)).toMatchObject({
      imported: true,
      status: "imported",
      importedFiles: [source],
    });
    expect(await historyOf(downloadId)).toEqual(["grabbed", "imported"]);
    expect((await eventsOf("download.imported")).length).toBeGreaterThan(0);
  });

  it("is idempotent: a re-run after success does nothing; a re-run after a partial import neither loses nor duplicates", async () => {
    expect(await downloads.importDownload(downloadId)).toMatchObject({ alreadyImported: true, imported: [] });
    // As if the worker died after placing the file but before marking the download imported.
    await db()
      .update(tables.downloads)
      .set({ imported: false, status: "importing" })
      .where(eq(tables.downloads.id, downloadId));
    const again = await downloads.importDownload(downloadId);
    expect(again).toMatchObject({ alreadyImported: false, imported: [], skipped: [expect.stringContaining(RELEASE)] });
    // …and as if it died before even recording the file.
    await db()
      .update(tables.downloads)
      .set({ imported: false, status: "importing", importedFiles: [] })
      .where(eq(tables.downloads.id, downloadId));
    const third = await downloads.importDownload(downloadId);
    expect(third.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"]);
    const rows = await db()
      .select()
      .from(tables.mediaFiles)
      .where(and(eq(tables.mediaFiles.movieId, movieId), eq(tables.mediaFiles.role, "video")));
    expect(rows).toHaveLength(1);
    expect(existsSync(path.join(base, "movies", third.imported[0]))).toBe(true);
    // Imported downloads leave the queue and are no longer polled.
    expect((await downloads.listQueue(reader)).map((q) => q.id)).not.toContain(downloadId);
  });

  it("imports a season pack: each episode file to its episode, the sample left out", async () => {
    const catalog = await import("@/lib/catalog");
    mkdirSync(path.join(base, "tv"));
    const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") })).id;
    const seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, resolveLibrary)).id;
    const detail = await catalog.getSeriesDetail(reader, seriesId);
    const s1 = detail.seasons.find((s) => s.seasonNumber === 1)!.episodes;
    const [e1, e2] = [s1.find((e) => e.episodeNumber === 1)!, s1.find((e) => e.episodeNumber === 2)!];
    const name = "Game.of.Thrones.S01.1080p.BluRay.x264-GRP";
    const torrent = seededTorrent(
      name,
      true,
      {
        // Not random bytes: ffprobe now and then reads random data as an H.263 picture, which would name the file.
        "Game.of.Thrones.S01E01.1080p.BluRay.x264-GRP.mkv": Buffer.alloc(200_000, "not a video 1 "),
        "Game.of.Thrones.S01E02.1080p.BluRay.x264-GRP.mkv": Buffer.alloc(210_000, "not a video 2 "),
        "Game.of.Thrones.S01E01.1080p.BluRay.x264-GRP-sample.mkv": Buffer.alloc(10_000, "not a video 3 "),
      },
      false,
    );
    const { downloadId: id } = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: name,
      episodeIds: [e1.id, e2.id],
    });
    expect(await downloadRow(id)).toMatchObject({ seriesId, movieId: null, episodeIds: [e1.id, e2.id] });
    await until("completed", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(id)).status === "importing";
    });
    const result = await downloads.importDownload(id);
    expect(result.imported.sort()).toEqual([
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E01 - Winter Is Coming [Bluray-1080p]-GRP.mkv",
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E02 - The Kingsroad [Bluray-1080p]-GRP.mkv",
    ]);
    const rows = await db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.seriesId, seriesId));
    expect(rows).toHaveLength(2);
  });

  it("marks a download removed from the client by hand as removed, with history", async () => {
    const torrent = seededTorrent("Fight.Club.1999.720p.BluRay.x264-OTHER", false);
    const { downloadId: id } = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: "Fight.Club.1999.720p.BluRay.x264-OTHER",
      movieId,
    });
    const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
    await client.remove(torrent.infoHash, { deleteFiles: true });
    await until("removed", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(id)).status === "removed";
    });
    expect((await downloadRow(id)).removedAt).toBeInstanceOf(Date);
    expect(await historyOf(id)).toEqual(["deleted", "grabbed"]);
  });

  it("refuses a blocklisted release; removing from the queue can remove from the client and blocklist", async () => {
    const title = "Fight.Club.1999.2160p.UHD.BluRay.x265-BAD";
    const torrent = seededTorrent(title, false);
    const { downloadId: id } = await downloads.grab(admin, { downloadUrl: torrent.url, title, movieId });
    expect((await downloads.listQueue(reader)).find((q) => q.id === id)).toMatchObject({
      title,
      clientName: "Transmission",
    });
    await expect(downloads.removeFromQueue(reader, id, { removeFromClient: true, blocklist: true })).rejects.toThrow();
    expect(await downloads.removeFromQueue(user, id, { removeFromClient: "true", blocklist: "true" })).toEqual({
      removed: true,
      removedFromClient: true,
    });
    const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
    expect(await client.get(torrent.infoHash)).toBeNull();
    const blocked = await downloads.listBlocklist(reader);
    expect(blocked).toContainEqual(expect.objectContaining({ title, infoHash: torrent.infoHash }));
    // The same .torrent under another title is refused by its info hash.
    await expect(downloads.grab(admin, { downloadUrl: torrent.url, title: "Renamed", movieId })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const entry = blocked.find((b) => b.title === title)!;
    await downloads.removeFromBlocklist(user, entry.id);
    expect((await downloads.listBlocklist(reader)).find((b) => b.id === entry.id)).toBeUndefined();
    const history = await downloads.listHistory(reader, { downloadId: id });
    expect(history.items.map((h) => h.event).sort()).toEqual(["deleted", "grabbed"]);
  });

  it("through the job queue: downloads.monitor queues downloads.import, which imports (an upgrade of the movie's file)", async () => {
    const { startQueue, stopQueues } = await import("../jobs/helpers");
    const { createDeclaredQueues, sendJob } = await import("@/lib/jobs");
    const title = "Fight.Club.1999.2160p.UHD.BluRay.x265-QUEUE";
    const torrent = seededTorrent(title, true);
    const { downloadId: id } = await downloads.grab(admin, { downloadUrl: torrent.url, title, movieId });
    const worker = await startQueue();
    try {
      await createDeclaredQueues(worker);
      await worker.work("downloads.monitor", downloads.downloadsMonitorHandler as never);
      await worker.work("downloads.import", downloads.downloadsImportHandler as never);
      await until(
        "imported by the worker",
        async () => {
          await sendJob("downloads.monitor", {});
          return (await downloadRow(id)).imported;
        },
        30_000,
      );
    } finally {
      await stopQueues();
    }
    const rows = await db()
      .select()
      .from(tables.mediaFiles)
      .where(and(eq(tables.mediaFiles.movieId, movieId), eq(tables.mediaFiles.role, "video")));
    expect(rows.map((r) => r.relativePath)).toEqual([
      "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-2160p]-QUEUE.mkv",
    ]);
    // It replaced the earlier file: an upgrade.
    expect(await historyOf(id)).toEqual(["grabbed", "imported", "upgraded"]);
  });

  it("follows an indexer link that redirects to a magnet, and takes magnets directly", async () => {
    const viaLink = await downloads.grab(admin, {
      downloadUrl: `${filesUrl}/magnet-redirect`,
      title: "Fight.Club.1999.DVDRip",
      movieId,
    });
    expect(viaLink.clientItemId).toBe("ab".repeat(20));
    expect(await downloadRow(viaLink.downloadId)).toMatchObject({ infoHash: "ab".repeat(20) });
    await downloads.removeFromQueue(user, viaLink.downloadId, { removeFromClient: true });
    const direct = await downloads.grab(user, {
      magnet: `magnet:?xt=urn:btih:${"cd".repeat(20)}`,
      title: "Fight.Club.1999.DVDRip.x264-MAG",
      movieId,
    });
    expect(direct.clientItemId).toBe("cd".repeat(20));
    await downloads.removeFromQueue(user, direct.downloadId, { removeFromClient: true });
    await expect(downloads.grab(user, { magnet: "magnet:?dn=no-hash", title: "No hash", movieId })).rejects.toThrow(
      /info hash/,
    );
  });

  it("fails with every client's reason when no client takes the release", async () => {
    const torrent = seededTorrent("Fight.Club.1999.480p.DVDRip.x264-NONE", false);
    const all = await downloads.listDownloadClients(admin);
    const real = all.find((c) => c.name === "Transmission")!;
    await downloads.updateDownloadClient(admin, real.id, { enabled: false });
    try {
      await expect(
        downloads.grab(admin, { downloadUrl: torrent.url, title: "Fight.Club.1999.480p.DVDRip.x264-NONE", movieId }),
      ).rejects.toSatisfy(
        (e: unknown) =>
          e instanceof UnavailableError &&
          /No download client took/.test(e.message) &&
          /refused the connection/.test(e.message),
      );
    } finally {
      await downloads.updateDownloadClient(admin, real.id, { enabled: true });
    }
  });
});

describe("downloads: REST API", () => {
  let userKey = "";
  let readonlyKey = "";
  let adminKey = "";
  beforeAll(async () => {
    const a = await createUserAsOperator({ username: "dl-admin", password: "correct horse battery", role: "admin" });
    adminKey = (await createApiKeyForUser(a.id, "tests")).key;
    const u = await createUserAsOperator({ username: "dl-user", password: "correct horse battery", role: "user" });
    const r = await createUserAsOperator({
      username: "dl-reader",
      password: "correct horse battery",
      role: "readonly",
    });
    userKey = (await createApiKeyForUser(u.id, "tests")).key;
    readonlyKey = (await createApiKeyForUser(r.id, "tests")).key;
  });

  const call = (
    handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
    method: string,
    url: string,
    options: { key?: string; body?: unknown; params?: Record<string, string> } = {},
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
      { params: Promise.resolve(options.params ?? {}) },
    );

  it("grabs, lists the queue and history, removes with blocklist, and un-blocklists", async () => {
    const title = "Fight.Club.1999.REMASTERED.1080p.BluRay.x264-API";
    const torrent = seededTorrent(title, false);
    expect(
      (
        await call(grabRoute.POST, "POST", "/api/v1/releases/grab", {
          key: readonlyKey,
          body: { downloadUrl: torrent.url, title, movieId },
        })
      ).status,
    ).toBe(403);
    const bad = await call(grabRoute.POST, "POST", "/api/v1/releases/grab", { body: { title, movieId } });
    expect(bad.status).toBe(400);
    // A bare link is fetched by the server: only admins may hand one in.
    expect(
      (
        await call(grabRoute.POST, "POST", "/api/v1/releases/grab", {
          body: { downloadUrl: torrent.url, title, movieId },
        })
      ).status,
    ).toBe(403);
    const grabbed = await call(grabRoute.POST, "POST", "/api/v1/releases/grab", {
      key: adminKey,
      body: { downloadUrl: torrent.url, title, movieId },
    });
    expect(grabbed.status).toBe(201);
    const { downloadId } = (await grabbed.json()) as { downloadId: string };

    const queue = (await (await call(queueRoute.GET, "GET", "/api/v1/queue", { key: readonlyKey })).json()) as {
      items: { id: string; status: string }[];
    };
    expect(queue.items.find((q) => q.id === downloadId)).toMatchObject({ status: "queued" });
    const history = (await (
      await call(historyRoute.GET, "GET", "/api/v1/history?pageSize=5", { key: readonlyKey })
    ).json()) as { items: { downloadId: string; event: string }[]; total: number; pageSize: number };
    expect(history.pageSize).toBe(5);
    expect(history.items[0]).toMatchObject({ downloadId, event: "grabbed" });

    expect(
      (
        await call(
          queueItemRoute.DELETE,
          "DELETE",
          `/api/v1/queue/${downloadId}?removeFromClient=true&blocklist=true`,
          { key: readonlyKey, params: { id: downloadId } },
        )
      ).status,
    ).toBe(403);
    const removed = await call(
      queueItemRoute.DELETE,
      "DELETE",
      `/api/v1/queue/${downloadId}?removeFromClient=true&blocklist=true`,
      { params: { id: downloadId } },
    );
    expect(await removed.json()).toEqual({ removed: true, removedFromClient: true });
    expect(
      (await call(queueItemRoute.DELETE, "DELETE", `/api/v1/queue/${downloadId}`, { params: { id: downloadId } }))
        .status,
    ).toBe(404);

    const blocked = (await (
      await call(blocklistRoute.GET, "GET", "/api/v1/blocklist", { key: readonlyKey })
    ).json()) as { items: { id: string; title: string }[] };
    const entry = blocked.items.find((b) => b.title === title)!;
    expect(entry).toBeDefined();
    expect(
      (
        await call(grabRoute.POST, "POST", "/api/v1/releases/grab", {
          key: adminKey,
          body: { downloadUrl: torrent.url, title, movieId },
        })
      ).status,
    ).toBe(409);
    expect(
      (await call(blocklistItemRoute.DELETE, "DELETE", `/api/v1/blocklist/${entry.id}`, { params: { id: entry.id } }))
        .status,
    ).toBe(200);
    expect(
      (
        await call(grabRoute.POST, "POST", "/api/v1/releases/grab", {
          key: adminKey,
          body: { downloadUrl: torrent.url, title, movieId },
        })
      ).status,
    ).toBe(201);
  });
});
