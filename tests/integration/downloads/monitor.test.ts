import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb, user } from "../library/helpers";
import { until } from "@/tests/helpers/until";

/**
 * The downloads monitor against a real Transmission, on both dialects: stalled detection (the
 * clock injected, not waited for), polling every few seconds while something is active, seed goals
 * of imported torrents, and torrents added to the client by hand in Mydia's categories.
 */
let transmission: StartedDaemon;
let fake: FakeTmdb;
let files: Server;
let filesUrl = "";
const served = new Map<string, Buffer>();
let base = "";
let movieId = "";
let seriesId = "";
let clientId = "";
let downloads: typeof import("@/lib/downloads");
let monitorJob: typeof import("@/lib/downloads/lifecycle/monitor-job");

interface Torrent {
  name: string;
  url: string;
  infoHash: string;
  data: Buffer;
  /** The video's bytes, and where the client keeps them once placed. */
  video: Buffer;
  saved: string;
  /** Puts the data where Transmission saves (as if downloaded). */
  place(): void;
}

/** A one-video torrent, its .torrent served over HTTP; the data placed in Transmission's folder when `placed`. */
function torrentOf(name: string, placed: boolean): Torrent {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-monitor-"));
  const folder = path.join(scratch, name);
  mkdirSync(folder);
  const video = randomBytes(300_000);
  writeFileSync(path.join(folder, `${name}.mkv`), video);
  const torrent = makeTorrent(folder);
  rmSync(scratch, { recursive: true, force: true });
  const saved = path.join(transmission.downloadsDir, name, `${name}.mkv`);
  const place = () => {
    mkdirSync(path.dirname(saved), { recursive: true });
    writeFileSync(saved, video);
  };
  if (placed) place();
  served.set(`/${torrent.infoHash}.torrent`, torrent.data);
  return {
    name,
    url: `${filesUrl}/${torrent.infoHash}.torrent`,
    infoHash: torrent.infoHash,
    data: torrent.data,
    video,
    saved,
    place,
  };
}

/** Adds a torrent to Transmission directly, as a user would, with a label (Mydia's category) or none. */
async function addByHand(torrent: Torrent, category: string | null): Promise<void> {
  const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
  await client.add(
    { type: "torrent-file", data: torrent.data, fileName: `${torrent.name}.torrent`, infoHash: torrent.infoHash },
    { category },
  );
}

/** Transmission RPC for what Mydia's adapter does not do (re-check the data). */
async function transmissionRpc(method: string, args: Record<string, unknown>): Promise<void> {
  const { host, port, username, password } = transmission.connection;
  const url = `http://${host}:${port}/transmission/rpc`;
  const headers: Record<string, string> = {
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ method, arguments: args }) });
    if (response.status === 409) {
      headers["x-transmission-session-id"] = response.headers.get("x-transmission-session-id")!;
      continue;
    }
    expect(((await response.json()) as { result: string }).result).toBe("success");
    return;
  }
}

/** A clock `minutes` ahead of now. */
const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);
const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];
const rowsOfItem = (infoHash: string) =>
  db()
    .select()
    .from(tables.downloads)
    .where(and(eq(tables.downloads.clientId, clientId), eq(tables.downloads.clientItemId, infoHash)));
const historyOf = async (id: string) =>
  db().select().from(tables.downloadHistory).where(eq(tables.downloadHistory.downloadId, id));
const eventsFor = async (type: string, downloadId: string) =>
  (await db().select().from(tables.events).where(eq(tables.events.type, type)))
    // download.progress lists every download a monitor pass changed; other events are about one.
    .flatMap((e) => (type === "download.progress" ? (e.payload.items as Record<string, unknown>[]) : [e.payload]))
    .filter((p) => p.downloadId === downloadId);

async function grabbed(torrent: Torrent, target: { movieId: string } | { episodeIds: string[] }): Promise<string> {
  return (
    await downloads.grab(admin, { downloadUrl: torrent.url, title: torrent.name, protocol: "torrent", ...target })
  ).downloadId;
}

async function untilImporting(id: string): Promise<void> {
  await until("the download to finish", async () => {
    await downloads.monitorDownloads();
    return (await downloadRow(id)).status === "importing";
  });
}

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("monitor", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  monitorJob = await import("@/lib/downloads/lifecycle/monitor-job");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  mkdirSync(path.join(base, "tv"));
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") })).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, library.resolveLibrary)).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, library.resolveLibrary)).id;
  files = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    if (!body) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/x-bittorrent" }).end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  const { username, password, port } = transmission.connection;
  clientId = (
    await downloads.createDownloadClientRecord(admin, {
      kind: "transmission",
      name: "Transmission",
      host: "127.0.0.1",
      port,
      username,
      password: password!,
      removeFailed: false,
    })
  ).id;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await new Promise((resolve) => files?.close(resolve));
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("downloads monitor: stalled downloads", () => {
  it("exposes the client's timeouts and seed goals in the API, validated", async () => {
    const view = await downloads.getDownloadClient(admin, clientId);
    expect(view).toMatchObject({ stalledAfterMinutes: 60, seedRatioLimit: null, seedTimeMinutes: null });
    await expect(downloads.updateDownloadClient(admin, clientId, { stalledAfterMinutes: -1 })).rejects.toMatchObject({
      name: "ValidationError",
    });
    await expect(downloads.updateDownloadClient(admin, clientId, { seedTimeMinutes: 1.5 })).rejects.toMatchObject({
      name: "ValidationError",
    });
    const usenet = await downloads.createDownloadClientRecord(admin, {
      kind: "nzbget",
      name: "NZBGet",
      host: "127.0.0.1",
      port: 1,
      seedRatioLimit: 2,
      stalledAfterMinutes: 30,
    });
    expect(usenet).toMatchObject({ seedRatioLimit: null, stalledAfterMinutes: 30 });
    await downloads.deleteDownloadClient(admin, usenet.id);
  });

  it("flags a download without progress as stalled after the client's timeout (nothing blocklisted); progress clears it", async () => {
    const torrent = torrentOf("Fight.Club.1999.720p.WEB-DL.x264-STALL", false);
    const id = await grabbed(torrent, { movieId });
    // The clock starts once Transmission is downloading it (not while it checks or waits in its queue).
    const seen = await until("Transmission to start the download", async () => {
      expect((await downloads.monitorDownloads()).stalled).toBe(0);
      const row = await downloadRow(id);
      return ["downloading", "warning"].includes(row.status) ? row : null;
    });
    expect(seen.lastProgressAt).toBeInstanceOf(Date);
    expect(seen.progress).toBe(0);

    await downloads.monitorDownloads({ now: later(59) });
    expect((await downloadRow(id)).status).not.toBe("stalled");

    const summary = await downloads.monitorDownloads({ now: later(61) });
    expect(summary.stalled).toBe(1);
    const stalled = await downloadRow(id);
    expect(stalled).toMatchObject({
      status: "stalled",
      error: expect.stringMatching(/^No progress for 1 hour/),
      removedAt: null,
    });
    expect((await eventsFor("download.progress", id)).at(-1)).toMatchObject({
      status: "stalled",
      error: stalled.error,
    });
    expect(await downloads.listBlocklist(reader)).toEqual([]);
    expect((await historyOf(id)).map((h) => h.event)).toEqual(["grabbed"]);
    // A minute later nothing changes: no new event.
    const events = (await eventsFor("download.progress", id)).length;
    await downloads.monitorDownloads({ now: later(62) });
    expect(await eventsFor("download.progress", id)).toHaveLength(events);

    // 0 = never.
    await downloads.updateDownloadClient(admin, clientId, { stalledAfterMinutes: 0 });
    await downloads.monitorDownloads({ now: later(24 * 60) });
    expect((await downloadRow(id)).status).not.toBe("stalled");
    await downloads.updateDownloadClient(admin, clientId, { stalledAfterMinutes: 60 });
    await downloads.monitorDownloads({ now: later(61) });
    expect((await downloadRow(id)).status).toBe("stalled");

    // The data arrives (placed, and re-checked): progress clears the stall.
    torrent.place();
    await transmissionRpc("torrent-verify", { ids: [torrent.infoHash] });
    const done = await until("the download to move again", async () => {
      await downloads.monitorDownloads({ now: later(61) });
      const row = await downloadRow(id);
      return row.status === "importing" ? row : null;
    });
    expect(done).toMatchObject({ progress: 100, error: null });
    expect(done.lastProgressAt!.getTime()).toBeGreaterThan(stalled.lastProgressAt!.getTime());
    await downloads.removeFromQueue(user, id, { removeFromClient: true });
  });
});

describe("downloads monitor: polling while active", () => {
  it("repeats its pass every interval while a download is active, and makes one pass when nothing is", async () => {
    const idle = await monitorJob.monitorWhileActive({ intervalMs: 100, windowMs: 1_000 });
    expect(idle).toMatchObject({ passes: 1, active: 0 });

    const torrent = torrentOf("Fight.Club.1999.1080p.WEB-DL.x264-ACTIVE", true);
    const id = await grabbed(torrent, { movieId });
    // Finished and waiting for its import (no worker runs it here): active until imported.
    const busy = await monitorJob.monitorWhileActive({ intervalMs: 100, windowMs: 1_000 });
    expect(busy.passes).toBeGreaterThanOrEqual(3);
    expect(busy.active).toBe(1);
    expect((await downloadRow(id)).status).toBe("importing");

    // Shutting down (the job's signal aborts) ends the wait between passes at once.
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    const started = Date.now();
    expect(
      await monitorJob.monitorWhileActive({ signal: stop.signal, intervalMs: 30_000, windowMs: 60_000 }),
    ).toMatchObject({ passes: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);

    // Through the job queue: one monitor job at a time, so a cron tick during its passes is dropped.
    const { startQueue, stopQueues } = await import("../jobs/helpers");
    const { createDeclaredQueues, getJobQueue, sendJob } = await import("@/lib/jobs");
    const worker = await startQueue();
    try {
      await createDeclaredQueues(worker);
      const runs: { passes: number }[] = [];
      await worker.work("downloads.monitor", async (job) => {
        runs.push(await monitorJob.monitorWhileActive({ signal: job.signal, intervalMs: 200, windowMs: 3_000 }));
      });
      // The grab queued the monitor job in its own transaction: a second one is dropped.
      expect(await sendJob("downloads.monitor", {})).toBeNull();
      const jobs = await getJobQueue();
      await until("the monitor job to run", async () => (await jobs.queueCounts())["downloads.monitor"]?.active === 1);
      expect(await sendJob("downloads.monitor", {})).toBeNull();
      await until("the monitor job to finish", async () => runs.length === 1, 15_000);
      expect(runs[0].passes).toBeGreaterThanOrEqual(5);
    } finally {
      await stopQueues();
    }
    await downloads.removeFromQueue(user, id, { removeFromClient: true });
  });
});

describe("downloads monitor: progress events", () => {
  it("publishes one download.progress event per pass, listing every download that changed", async () => {
    const a = torrentOf("Fight.Club.1999.1080p.WEB-DL.x264-BATCHA", true);
    const b = torrentOf("Fight.Club.1999.720p.WEB-DL.x264-BATCHB", true);
    const ids = [await grabbed(a, { movieId }), await grabbed(b, { movieId })];
    const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
    await until("Transmission to verify both", async () =>
      (await Promise.all([a, b].map((t) => client.get(t.infoHash)))).every((i) => i?.status === "seeding"),
    );
    const progressEvents = () => db().select().from(tables.events).where(eq(tables.events.type, "download.progress"));
    const before = (await progressEvents()).length;
    expect((await downloads.monitorDownloads()).updated).toBe(2);
    const added = (await progressEvents()).slice(before);
    expect(added).toHaveLength(1);
    const items = (added[0].payload as { items: { downloadId: string; status: string; progress: number }[] }).items;
    expect(items.map((i) => i.downloadId).sort()).toEqual([...ids].sort());
    for (const item of items) expect(item).toMatchObject({ status: "importing", progress: 100 });
    // Nothing changed: no event at all.
    await downloads.monitorDownloads();
    expect(await progressEvents()).toHaveLength(before + 1);
    for (const id of ids) await downloads.removeFromQueue(user, id, { removeFromClient: true });
  });
});

describe("downloads monitor: seed goals", () => {
  it("removes an imported torrent with its data once the seed goal is reached; the hardlinked library file stays", async () => {
    await downloads.updateDownloadClient(admin, clientId, { seedTimeMinutes: 1 });
    try {
      const torrent = torrentOf("Fight.Club.1999.1080p.BluRay.x264-SEED", true);
      const id = await grabbed(torrent, { movieId });
      await untilImporting(id);
      // Not imported yet: seeding goals wait for the import.
      expect((await downloads.monitorDownloads({ now: later(5) })).seedingDone).toBe(0);
      const { imported } = await downloads.importDownload(id);
      const placed = path.join(base, "movies", imported[0]);
      expect(statSync(placed).ino).toBe(statSync(torrent.saved).ino);
      const client = downloads.createDownloadClient("transmission", { ...transmission.connection });

      const early = await downloads.monitorDownloads();
      expect(early).toMatchObject({ seeding: 1, seedingDone: 0 });
      expect(await client.get(torrent.infoHash)).not.toBeNull();
      expect((await downloadRow(id)).removedAt).toBeNull();

      const done = await downloads.monitorDownloads({ now: later(2) });
      expect(done).toMatchObject({ seeding: 0, seedingDone: 1 });
      expect(await client.get(torrent.infoHash)).toBeNull();
      await until("Transmission to delete the data", async () => !existsSync(torrent.saved));
      expect(readFileSync(placed).equals(torrent.video)).toBe(true);
      const row = await downloadRow(id);
      expect(row).toMatchObject({ status: "imported", imported: true });
      expect(row.removedAt).toBeInstanceOf(Date);
      const deleted = (await historyOf(id)).filter((h) => h.event === "deleted");
      expect(deleted).toHaveLength(1);
      expect(deleted[0].data.reason).toMatch(/^seed goal reached \(ratio (\d+\.\d\d|n\/a) \/ [12] min\)$/);
      expect(await eventsFor("download.removed", id)).toEqual([
        expect.objectContaining({ reason: deleted[0].data.reason }),
      ]);

      expect(await downloads.monitorDownloads({ now: later(3) })).toMatchObject({
        seeding: 0,
        seedingDone: 0,
        removed: 0,
      });
      expect((await historyOf(id)).filter((h) => h.event === "deleted")).toHaveLength(1);
    } finally {
      await downloads.updateDownloadClient(admin, clientId, { seedTimeMinutes: null });
    }
  });

  it("leaves imported torrents alone when the client has no seed goal", async () => {
    const torrent = torrentOf("Fight.Club.1999.2160p.WEB-DL.x265-KEEP", true);
    const id = await grabbed(torrent, { movieId });
    await untilImporting(id);
    await downloads.importDownload(id);
    expect(await downloads.monitorDownloads({ now: later(365 * 24 * 60) })).toMatchObject({
      seeding: 0,
      seedingDone: 0,
    });
    expect((await downloadRow(id)).removedAt).toBeNull();
    expect(
      await downloads.createDownloadClient("transmission", { ...transmission.connection }).get(torrent.infoHash),
    ).not.toBeNull();
  });
});

describe("downloads monitor: torrents added to the client by hand", () => {
  it("records the ones in Mydia's categories (on their second sighting), matched by name, and imports the matched ones", async () => {
    const catalog = await import("@/lib/catalog");
    const season1 = (await catalog.getSeriesDetail(reader, seriesId)).seasons.find(
      (s) => s.seasonNumber === 1,
    )!.episodes;
    const e2 = season1.find((e) => e.episodeNumber === 2)!;
    const movie = torrentOf("Fight.Club.1999.2160p.UHD.BluRay.x265-HAND", true);
    const episode = torrentOf("Game.of.Thrones.S01E02.1080p.WEB-DL.x264-HAND", false);
    const unknown = torrentOf("Some.Unknown.Film.2015.1080p.WEB-DL.x264-HAND", true);
    const unlabelled = torrentOf("Fight.Club.1999.DVDRip.x264-NOLABEL", false);
    const foreign = torrentOf("Fight.Club.1999.BRRip.x264-OTHER", false);
    await addByHand(movie, "mydia-movies");
    await addByHand(episode, "mydia-tv");
    await addByHand(unknown, "mydia-movies");
    await addByHand(unlabelled, null);
    await addByHand(foreign, "other");
    const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
    await until("Transmission to verify the placed data", async () =>
      (await Promise.all([movie, unknown].map((t) => client.get(t.infoHash)))).every((i) => i?.status === "seeding"),
    );

    // The first pass only notes them: a grab records its download just after adding the torrent.
    expect((await downloads.monitorDownloads()).adopted).toBe(0);
    expect(await rowsOfItem(movie.infoHash)).toEqual([]);
    const summary = await downloads.monitorDownloads();
    expect(summary.adopted).toBe(3);

    const [m] = await rowsOfItem(movie.infoHash);
    expect(m).toMatchObject({
      origin: "client",
      title: movie.name,
      protocol: "torrent",
      infoHash: movie.infoHash,
      movieId,
      seriesId: null,
      status: "importing",
      error: null,
    });
    expect(m.quality).toMatchObject({ quality: "Bluray-2160p" });
    const [e] = await rowsOfItem(episode.infoHash);
    expect(e).toMatchObject({ origin: "client", movieId: null, seriesId, episodeIds: [e2.id] });
    expect(["queued", "verifying", "downloading", "warning"]).toContain(e.status);
    const [u] = await rowsOfItem(unknown.infoHash);
    expect(u).toMatchObject({
      origin: "client",
      movieId: null,
      seriesId: null,
      episodeIds: [],
      status: "importing",
      error: "Not matched to a movie or episode: choose one with Change match",
    });
    expect(await rowsOfItem(unlabelled.infoHash)).toEqual([]);
    expect(await rowsOfItem(foreign.infoHash)).toEqual([]);
    for (const row of [m, e, u]) {
      const history = await historyOf(row.id);
      expect(history).toEqual([
        expect.objectContaining({ event: "grabbed", data: expect.objectContaining({ origin: "client" }) }),
      ]);
      expect(await eventsFor("download.grabbed", row.id)).toHaveLength(1);
    }
    // Only the matched, finished one goes to the import.
    expect(summary.completed).toBe(1);

    const again = await downloads.monitorDownloads();
    expect(again.adopted).toBe(0);
    expect(await rowsOfItem(movie.infoHash)).toHaveLength(1);
    expect((await downloadRow(u.id)).error).toBe("Not matched to a movie or episode: choose one with Change match");

    const { imported } = await downloads.importDownload(m.id);
    expect(imported).toEqual([
      expect.stringMatching(/^Fight Club \(1999\) \{tmdb-550\}\/Fight Club \(1999\) .*HAND\.mkv$/),
    ]);

    // Matched later (what Change match writes): it then goes to the import like any other.
    await db().update(tables.downloads).set({ movieId }).where(eq(tables.downloads.id, u.id));
    const matched = await downloads.monitorDownloads();
    expect(matched.completed).toBe(1);
    expect(await downloadRow(u.id)).toMatchObject({ status: "importing", error: null });

    // Removed from the queue but left in the client: not recorded again.
    await downloads.removeFromQueue(user, e.id, { removeFromClient: false });
    await downloads.monitorDownloads();
    expect((await downloads.monitorDownloads()).adopted).toBe(0);
    expect(await rowsOfItem(episode.infoHash)).toHaveLength(1);
  });
});
