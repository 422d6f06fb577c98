import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { startQbittorrent, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { restartDaemon, stopDaemonKeepingData } from "@/tests/helpers/daemons/restart";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { startTorrentSeeder, type TorrentSeeder } from "./seeded-torrents";

/**
 * A download client that stops answering is visible (queue row, Settings, System → Status) and
 * recovers by itself once it is back: a real qBittorrent stopped and started again.
 */
let qbittorrent: StartedDaemon;
let seeder: TorrentSeeder;
let fake: FakeTmdb;
let base = "";
let clientId = "";
let downloadId = "";
let downloads: typeof import("@/lib/downloads");
let system: typeof import("@/lib/system");

const TITLE = "Fight.Club.1999.1080p.BluRay.x264-HEALTH";
const inSeconds = (seconds: number) => () => new Date(Date.now() + seconds * 1000);
const queueItem = async () => (await downloads.listQueue(admin)).find((item) => item.id === downloadId)!;
const clientProblems = async () =>
  (await system.healthChecks(admin, { fresh: true })).items.filter((p) => p.source === "DownloadClientStatusCheck");
const eventsOfType = async (type: string) =>
  (await db().select().from(tables.events).where(eq(tables.events.type, type))).map((e) => e.payload);

beforeAll(async () => {
  qbittorrent = await startQbittorrent();
  seeder = await startTorrentSeeder(qbittorrent.downloadsDir);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("client-health", [qbittorrent.dir]);
  downloads = await import("@/lib/downloads");
  system = await import("@/lib/system");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  const libraryId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  const movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId }, library.resolveLibrary)).id;
  const { port, username, password } = qbittorrent.connection;
  clientId = (
    await downloads.createDownloadClientRecord(admin, {
      kind: "qbittorrent",
      name: "qBittorrent",
      host: "127.0.0.1",
      port,
      username,
      password: password!,
    })
  ).id;
  // No data and no peers: it stays in the client, unfinished.
  const release = seeder.seed(TITLE, { [`${TITLE}.mkv`]: Buffer.alloc(200_000, 7) }, { placed: false });
  downloadId = (await downloads.grab(admin, { downloadUrl: release.url, title: TITLE, protocol: "torrent", movieId }))
    .downloadId;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await seeder?.close();
  await fake?.stop();
  await qbittorrent?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("download client health with a real qBittorrent stopped and started again", () => {
  it("shows no problem while the client answers", async () => {
    const summary = await downloads.monitorDownloads();
    expect(summary.unreachable).toEqual([]);
    expect((await queueItem()).clientProblem).toBeNull();
    expect((await downloads.listDownloadClientHealth(admin))[clientId]).toMatchObject({ reachable: true });
    expect(await clientProblems()).toEqual([]);
  });

  it("says the client is unreachable and since when: on the queue row, in Settings and in System → Status", async () => {
    await stopDaemonKeepingData(qbittorrent);
    const before = Date.now();
    const summary = await downloads.monitorDownloads();
    expect(summary.unreachable).toEqual([{ clientName: "qBittorrent", message: expect.any(String) }]);

    const item = await queueItem();
    expect(item.clientProblem).toEqual({
      since: expect.any(String),
      message: expect.stringMatching(/refused the connection/),
    });
    expect(new Date(item.clientProblem!.since!).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const health = (await downloads.listDownloadClientHealth(admin))[clientId];
    expect(health).toMatchObject({
      reachable: false,
      consecutiveFailures: 1,
      unreachableSince: item.clientProblem!.since,
    });
    expect(new Date(health.nextCheckAt!).getTime()).toBeGreaterThan(Date.now());

    expect(await clientProblems()).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^qBittorrent is unreachable: /),
        since: item.clientProblem!.since,
        fix: expect.objectContaining({ href: "/settings/download-clients" }),
      }),
    ]);
    expect(await eventsOfType("download.client.unreachable")).toEqual([
      expect.objectContaining({ clientId, clientName: "qBittorrent" }),
    ]);
  });

  it("backs off: asks again only when the back-off ends, and the failure run keeps its start", async () => {
    const since = (await queueItem()).clientProblem!.since;
    await downloads.monitorDownloads();
    expect((await downloads.listDownloadClientHealth(admin))[clientId].consecutiveFailures).toBe(1);
    await downloads.monitorDownloads({ now: inSeconds(20) });
    const health = (await downloads.listDownloadClientHealth(admin))[clientId];
    expect(health.consecutiveFailures).toBe(2);
    expect(health.unreachableSince).toBe(since);
  });

  it("recovers by itself once the client is back", async () => {
    qbittorrent = await restartDaemon(qbittorrent);
    // Past the second back-off step (30 s): the monitor asks again and gets an answer.
    const summary = await downloads.monitorDownloads({ now: inSeconds(60) });
    expect(summary.unreachable).toEqual([]);
    expect((await queueItem()).clientProblem).toBeNull();
    expect((await downloads.listDownloadClientHealth(admin))[clientId]).toMatchObject({
      reachable: true,
      consecutiveFailures: 0,
      unreachableSince: null,
    });
    expect(await clientProblems()).toEqual([]);
    expect(await eventsOfType("download.client.recovered")).toEqual([expect.objectContaining({ clientId })]);
  });

  it("Settings → Test of the stored client records its health too", async () => {
    await stopDaemonKeepingData(qbittorrent);
    expect(await downloads.testDownloadClient(admin, clientId)).toMatchObject({ ok: false });
    expect((await downloads.listDownloadClientHealth(admin))[clientId].reachable).toBe(false);
    qbittorrent = await restartDaemon(qbittorrent);
    expect(await downloads.testDownloadClient(admin, clientId)).toMatchObject({ ok: true });
    expect((await downloads.listDownloadClientHealth(admin))[clientId].reachable).toBe(true);
  });
});
