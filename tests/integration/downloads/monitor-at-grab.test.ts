import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MydiaEvent } from "@/lib/events";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { until } from "@/tests/helpers/until";
import { dialect, startQueue, stopQueues } from "../jobs/helpers";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * Grab → first progress in an open tab, against a real Transmission and a worker that polls the
 * queue at production intervals (SQLite: every second on a connection of its own, as the worker
 * process does; PostgreSQL: pg-boss woken by NOTIFY). No cron runs here: the grab's own monitor
 * job is what watches the download.
 */
let transmission: StartedDaemon;
let fake: FakeTmdb;
let files: Server;
let filesUrl = "";
const served = new Map<string, Buffer>();
let base = "";
let movieId = "";
let downloads: typeof import("@/lib/downloads");

/** A torrent served over HTTP; `place()` puts its data in Transmission's folder (it then verifies to 100 %). */
function torrentOf(name: string): { url: string; infoHash: string; place(): void } {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-latency-"));
  const folder = path.join(scratch, name);
  mkdirSync(folder);
  const video = randomBytes(300_000);
  writeFileSync(path.join(folder, `${name}.mkv`), video);
  const torrent = makeTorrent(folder);
  rmSync(scratch, { recursive: true, force: true });
  served.set(`/${torrent.infoHash}.torrent`, torrent.data);
  return {
    url: `${filesUrl}/${torrent.infoHash}.torrent`,
    infoHash: torrent.infoHash,
    place() {
      mkdirSync(path.join(transmission.downloadsDir, name), { recursive: true });
      writeFileSync(path.join(transmission.downloadsDir, name, `${name}.mkv`), video);
    },
  };
}

/** Transmission RPC for what Mydia's adapter does not do (re-check the data). */
async function transmissionRpc(method: string, args: Record<string, unknown>): Promise<void> {
  const { host, port, username, password } = transmission.connection;
  const headers: Record<string, string> = {
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(`http://${host}:${port}/transmission/rpc`, {
      method: "POST",
      headers,
      body: JSON.stringify({ method, arguments: args }),
    });
    if (response.status !== 409) return void (await response.text());
    headers["x-transmission-session-id"] = response.headers.get("x-transmission-session-id")!;
  }
}

interface Seen {
  at: number;
  status: string;
  progress: number;
}

/** Progress of one download as an open tab receives it (the process's event subscriber feeds the SSE streams). */
async function watchProgress(): Promise<{ seen: Seen[]; follow(id: string): void; stop(): void }> {
  const { eventSubscriber } = await import("@/lib/events");
  const seen: Seen[] = [];
  let downloadId = "";
  const subscriber = eventSubscriber();
  const stop = subscriber.subscribe(({ event }: { event: MydiaEvent }) => {
    if (event.type !== "download.progress") return;
    for (const item of event.payload.items)
      if (item.downloadId === downloadId) seen.push({ at: Date.now(), status: item.status, progress: item.progress });
  });
  await subscriber.ensureStarted();
  return { seen, follow: (id) => (downloadId = id), stop };
}

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("latency", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, library.resolveLibrary)).id;
  files = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    if (!body) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/x-bittorrent" }).end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  await downloads.createDownloadClientRecord(admin, { ...clientRecordOf(transmission), removeFailed: false });
}, 60_000);

afterAll(async () => {
  await stopQueues();
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await new Promise((resolve) => files?.close(resolve));
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe(`monitoring starts at the grab (${dialect})`, () => {
  beforeAll(async () => {
    const { createDeclaredQueues } = await import("@/lib/jobs");
    const worker = await startQueue({ ownConnection: true, pollIntervalMs: dialect === "pg" ? 2000 : 1000 });
    await createDeclaredQueues(worker);
    await worker.work("downloads.monitor", downloads.downloadsMonitorHandler);
  });

  it("shows a download's first progress in open tabs within seconds of the grab, not at the next minute", async () => {
    const tab = await watchProgress();
    let downloadId = "";
    try {
      const torrent = torrentOf("Fight.Club.1999.1080p.BluRay.x264-FAST");
      torrent.place();
      const started = Date.now();
      ({ downloadId } = await downloads.grab(admin, {
        downloadUrl: torrent.url,
        title: "Fight.Club.1999.1080p.BluRay.x264-FAST",
        protocol: "torrent",
        movieId,
      }));
      tab.follow(downloadId);
      const grabbedAt = Date.now();
      await until("a progress event for the download", async () => tab.seen.length > 0, 15_000);
      await until("the finished download in the tab", async () => tab.seen.some((s) => s.progress === 100), 15_000);
      const first = tab.seen[0].at - grabbedAt;
      const finished = tab.seen.find((s) => s.progress === 100)!.at - grabbedAt;
      console.info(
        `[${dialect}] grab took ${grabbedAt - started} ms; grab → first progress event ${first} ms; grab → 100 % event ${finished} ms`,
      );
      // Before, nothing watched it until the next cron minute (up to 60 s).
      expect(first).toBeLessThan(5_000);
    } finally {
      tab.stop();
      await downloads.removeFromQueue(admin, downloadId, { removeFromClient: true }).catch(() => {});
    }
  });

  it("brings what the client reports to open tabs within 2 s", async () => {
    const tab = await watchProgress();
    let downloadId = "";
    try {
      const torrent = torrentOf("Fight.Club.1999.720p.BluRay.x264-LIVE");
      ({ downloadId } = await downloads.grab(admin, {
        downloadUrl: torrent.url,
        title: "Fight.Club.1999.720p.BluRay.x264-LIVE",
        protocol: "torrent",
        movieId,
      }));
      tab.follow(downloadId);
      // No data and no peers: the client reports it downloading at 0 %; the monitor keeps polling.
      await until("the download to be watched", async () => tab.seen.length > 0, 15_000);
      torrent.place();
      await transmissionRpc("torrent-verify", { ids: [torrent.infoHash] });
      const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
      const reportedAt = await until(
        "Transmission to report the data complete",
        async () => (((await client.get(torrent.infoHash))?.progress ?? 0) >= 100 ? Date.now() : null),
        15_000,
        20,
      );
      await until("the tab to show 100 %", async () => tab.seen.some((s) => s.progress === 100), 15_000);
      const lag = tab.seen.find((s) => s.progress === 100)!.at - reportedAt;
      console.info(`[${dialect}] client reports 100 % → event in the tab ${lag} ms`);
      expect(lag).toBeLessThan(2_000);
    } finally {
      tab.stop();
      await downloads.removeFromQueue(admin, downloadId, { removeFromClient: true }).catch(() => {});
    }
  });
});
