import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { UnavailableError, UpstreamError } from "@/lib/errors";
import { startGarbageServer, type BadServer } from "@/tests/helpers/daemons/bad-servers";
import { startQbittorrent, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import { payloadBytes } from "@/tests/helpers/payload-bytes";
import { restartDaemon, stopDaemonKeepingData } from "@/tests/helpers/daemons/restart";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { startReleaseIndexer, type ReleaseIndexer } from "@/tests/helpers/release-indexer";
import { until } from "@/tests/helpers/until";
import { admin, useAllowedRoot, useFakeTmdb, user } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/**
 * The download lifecycle against a real qBittorrent, on both dialects: a release found on a local
 * Torznab indexer → grab (failing over from a client with a wrong password) → qBittorrent verifies
 * the data already in its save path to 100 % → monitor → import (hardlinked) → library. Then the
 * failure paths the lifecycle must survive: a wrong password, a corrupt .torrent, qBittorrent
 * going down mid-download and coming back, and a client that answers with garbage.
 */
const RELEASE = "Fight.Club.1999.1080p.BluRay.x264-GRP";

let qbit: StartedDaemon;
let garbage: BadServer;
let fake: FakeTmdb;
let indexer: ReleaseIndexer;
let indexerId = "";
let base = "";
let movieId = "";
let realClientId = "";
let wrongClientId = "";
let downloads: typeof import("@/lib/downloads");

/** A folder torrent of `name` (video + sample); with `data`, the files are already where qBittorrent saves. */
function seeded(
  name: string,
  options: { data?: "all" | "corrupt" | "none" } = {},
): { data: Buffer; infoHash: string; size: number; video: string; fix(): void } {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-qb-seed-"));
  const folder = path.join(scratch, name);
  mkdirSync(path.join(folder, "Sample"), { recursive: true });
  const video = payloadBytes(`${name}.mkv`, 600_000);
  const sample = payloadBytes(`${name} sample`, 20_000);
  writeFileSync(path.join(folder, `${name}.mkv`), video);
  writeFileSync(path.join(folder, "Sample", "sample.mkv"), sample);
  const torrent = makeTorrent(folder, 65_536);
  rmSync(scratch, { recursive: true, force: true });
  const target = path.join(qbit.downloadsDir, name);
  const write = (bytes: Buffer) => {
    mkdirSync(path.join(target, "Sample"), { recursive: true });
    writeFileSync(path.join(target, `${name}.mkv`), bytes);
    writeFileSync(path.join(target, "Sample", "sample.mkv"), sample);
  };
  const mode = options.data ?? "all";
  if (mode === "all") write(video);
  if (mode === "corrupt") {
    // The last pieces of the video differ: qBittorrent verifies most of it and waits for the rest.
    const bad = Buffer.from(video);
    bad.fill(0, bad.length - 100_000);
    write(bad);
  }
  return {
    data: torrent.data,
    infoHash: torrent.infoHash,
    size: video.length + sample.length,
    video: path.join(target, `${name}.mkv`),
    fix: () => write(video),
  };
}

const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];
const historyOf = async (id: string) =>
  (await db().select().from(tables.downloadHistory).where(eq(tables.downloadHistory.downloadId, id)))
    .map((h) => h.event)
    .sort();
const eventIds = async (type: string) =>
  (await db().select().from(tables.events).where(eq(tables.events.type, type))).map(
    (e) => (e.payload as { downloadId: string }).downloadId,
  );
const rowsTitled = async (title: string) =>
  db().select().from(tables.downloads).where(eq(tables.downloads.title, title));

/** Searches the local indexer the way interactive search does and returns the release with this title. */
/** A release as interactive search lists it (no link: an id the server resolves when it is grabbed). */
async function findRelease(title: string) {
  const { interactiveSearch } = await import("@/lib/automation");
  const search = await interactiveSearch(user, { q: title.split(".").slice(0, 3).join(" ") });
  const release = search.releases.find((r) => r.title === title && r.indexerId === indexerId);
  if (!release) throw new Error(`the indexer did not list ${title}: ${JSON.stringify(search.indexers)}`);
  return release;
}

beforeAll(async () => {
  [qbit, garbage] = await Promise.all([
    startQbittorrent(),
    startGarbageServer("<html><body><h1>502 Bad Gateway</h1></body></html>"),
  ]);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("qbit-lifecycle", [qbit.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createIndexer } = await import("@/lib/indexers");
  mkdirSync(path.join(base, "movies"));
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
  indexer = await startReleaseIndexer("torrent");
  indexerId = (
    await createIndexer(admin, {
      kind: "torznab",
      name: "Local Torznab",
      baseUrl: indexer.url,
      apiKey: indexer.apiKey,
      timeoutMs: 5000,
    })
  ).id;
  // The first client refuses the password; grabs fail over to the real one.
  wrongClientId = (
    await downloads.createDownloadClientRecord(admin, {
      kind: "qbittorrent",
      name: "qBittorrent (old password)",
      host: "127.0.0.1",
      port: qbit.connection.port,
      username: qbit.connection.username!,
      password: "not-the-password",
      priority: 1,
    })
  ).id;
  realClientId = (
    await downloads.createDownloadClientRecord(admin, {
      kind: "qbittorrent",
      name: "qBittorrent",
      host: "127.0.0.1",
      port: qbit.connection.port,
      username: qbit.connection.username!,
      password: qbit.connection.password!,
      priority: 2,
      timeoutMs: 3000,
    })
  ).id;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await indexer?.close();
  await garbage?.close();
  await fake?.stop();
  await qbit?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("downloads: qBittorrent end to end", () => {
  it("indexer → grab (fail-over from a wrong password) → qBittorrent 100 % → monitor → hardlinked import, history and events", async () => {
    const started = Date.now();
    const torrent = seeded(RELEASE);
    indexer.add({ title: RELEASE, file: torrent.data, infoHash: torrent.infoHash, size: torrent.size });

    const release = await findRelease(RELEASE);
    expect(release).toMatchObject({
      protocol: "torrent",
      infoHash: torrent.infoHash,
      indexerId,
      indexerName: "Local Torznab",
    });
    const grabbed = await downloads.grab(user, { releaseId: release.id, movieId, overrideRejection: true });
    expect(grabbed).toMatchObject({ clientName: "qBittorrent", clientItemId: torrent.infoHash });
    expect(grabbed.skipped).toEqual([
      { clientName: "qBittorrent (old password)", message: expect.stringMatching(/refused the user name or password/) },
    ]);
    const id = grabbed.downloadId;
    expect(await downloadRow(id)).toMatchObject({
      infoHash: torrent.infoHash,
      protocol: "torrent",
      indexerId,
      guid: release.guid,
      movieId,
      status: "queued",
      imported: false,
    });
    expect(indexer.downloads()).toBe(1);

    const finished = await until("qBittorrent to finish and the monitor to see it", async () => {
      await downloads.monitorDownloads();
      const row = await downloadRow(id);
      return row.status === "importing" ? row : null;
    });
    expect(finished).toMatchObject({ progress: 100, outputPath: path.join(qbit.downloadsDir, RELEASE) });

    const result = await downloads.importDownload(id);
    const elapsed = Date.now() - started;
    expect(result.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"]);
    const placed = path.join(base, "movies", result.imported[0]);
    expect(statSync(placed).ino).toBe(statSync(torrent.video).ino);
    const files = await db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.movieId, movieId));
    expect(files.map((f) => [f.relativePath, f.role])).toEqual([[result.imported[0], "video"]]);
    expect(await downloadRow(id)).toMatchObject({ imported: true, status: "imported", importedFiles: [torrent.video] });
    expect(await historyOf(id)).toEqual(["grabbed", "imported"]);
    expect(await eventIds("download.grabbed")).toContain(id);
    expect(await eventIds("download.imported")).toContain(id);
    // Torrents keep seeding after the import.
    const item = await downloads.createDownloadClient("qbittorrent", qbit.connection).get(torrent.infoHash);
    expect(item?.status).toBe("seeding");
    console.info(`[lifecycle] qBittorrent end to end (search → grab → 100 % → monitor → import): ${elapsed} ms`);
  });
});

describe("downloads: qBittorrent failure paths", () => {
  it("a wrong password: the stored client's test names the password; a grab with only that client fails and records nothing", async () => {
    expect(await downloads.testDownloadClient(admin, wrongClientId)).toMatchObject({
      ok: false,
      kind: "auth",
      field: "password",
      message: expect.stringMatching(/refused the user name or password/),
    });
    expect(await downloads.testDownloadClient(admin, realClientId)).toMatchObject({ ok: true });
    const title = "Fight.Club.1999.720p.BluRay.x264-PASS";
    const torrent = seeded(title, { data: "none" });
    indexer.add({ title, file: torrent.data, infoHash: torrent.infoHash, size: torrent.size });
    const release = await findRelease(title);
    await downloads.updateDownloadClient(admin, realClientId, { enabled: false });
    try {
      await expect(downloads.grab(user, { releaseId: release.id, movieId, overrideRejection: true })).rejects.toSatisfy(
        (e: unknown) =>
          e instanceof UnavailableError &&
          /No download client took/.test(e.message) &&
          /qBittorrent \(old password\) refused the user name or password/.test(e.message),
      );
    } finally {
      await downloads.updateDownloadClient(admin, realClientId, { enabled: true });
    }
    expect(await rowsTitled(title)).toEqual([]);
    expect(await downloads.createDownloadClient("qbittorrent", qbit.connection).get(torrent.infoHash)).toBeNull();
  });

  it("a corrupt .torrent is refused at grab: by Mydia when it does not parse, by qBittorrent when it does; nothing is recorded", async () => {
    const client = downloads.createDownloadClient("qbittorrent", qbit.connection);
    const before = (await client.list()).length;
    const broken = "Fight.Club.1999.480p.DVDRip.x264-BROKEN";
    const good = seeded(broken, { data: "none" });
    indexer.add({
      title: broken,
      file: Buffer.concat([good.data.subarray(0, 80), Buffer.from("<html>rate limited</html>")]),
      size: 1000,
    });
    await expect(
      downloads.grab(user, { releaseId: (await findRelease(broken)).id, movieId, overrideRejection: true }),
    ).rejects.toSatisfy((e: unknown) => e instanceof UpstreamError && /no valid \.torrent/.test(e.message));
    // Well-formed bencode with an impossible info dictionary (pieces not a multiple of 20 bytes): qBittorrent refuses it.
    const refused = "Fight.Club.1999.576p.DVDRip.x264-REFUSED";
    const str = (v: string) => `${Buffer.byteLength(v)}:${v}`;
    const bad = Buffer.from(
      `d${str("announce")}${str("http://127.0.0.1:1/announce")}${str("info")}d${str("length")}i1000e${str("name")}${str("refused.mkv")}${str("piece length")}i16384e${str("pieces")}${str("1234567")}ee`,
    );
    indexer.add({ title: refused, file: bad, size: 1000 });
    await expect(
      downloads.grab(user, { releaseId: (await findRelease(refused)).id, movieId, overrideRejection: true }),
    ).rejects.toSatisfy(
      (e: unknown) => e instanceof UnavailableError && /qBittorrent refused the torrent/.test(e.message),
    );
    expect([...(await rowsTitled(broken)), ...(await rowsTitled(refused))]).toEqual([]);
    expect((await client.list()).length).toBe(before);
  });

  it("qBittorrent stopped mid-download: the monitor reports it unreachable and leaves the download; after the restart it continues to the import", async () => {
    const title = "Fight.Club.1999.2160p.UHD.BluRay.x265-RESTART";
    const torrent = seeded(title, { data: "corrupt" });
    indexer.add({ title, file: torrent.data, infoHash: torrent.infoHash, size: torrent.size });
    const { downloadId: id } = await downloads.grab(user, {
      releaseId: (await findRelease(title)).id,
      movieId,
      overrideRejection: true,
    });
    const partway = await until("qBittorrent to verify part of the data", async () => {
      await downloads.monitorDownloads();
      const row = await downloadRow(id);
      return row.progress > 0 && row.progress < 100 && ["downloading", "stalled"].includes(row.status) ? row : null;
    });

    await stopDaemonKeepingData(qbit);
    const down = await downloads.monitorDownloads();
    expect(down.unreachable).toEqual([
      { clientName: "qBittorrent", message: expect.stringMatching(/refused the connection/) },
    ]);
    expect(down).toMatchObject({ removed: 0, failed: 0 });
    const during = await downloadRow(id);
    expect(during).toMatchObject({
      status: partway.status,
      progress: partway.progress,
      removedAt: null,
      imported: false,
    });
    expect(await historyOf(id)).toEqual(["grabbed"]);

    qbit = await restartDaemon(qbit);
    // The monitor asks a client that did not answer again when its back-off (15 s first) has passed.
    const back = await downloads.monitorDownloads({ now: () => new Date(Date.now() + 20_000) });
    expect(back.unreachable).toEqual([]);
    expect((await downloadRow(id)).status).not.toBe("removed");
    // The rest of the data "arrives" (no swarm here): the right bytes in place, and qBittorrent re-checks them.
    torrent.fix();
    await recheck(torrent.infoHash);
    await until("the download to finish after the restart", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(id)).status === "importing";
    });
    const result = await downloads.importDownload(id);
    expect(result.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-2160p]-RESTART.mkv"]);
    expect(statSync(path.join(base, "movies", result.imported[0])).ino).toBe(statSync(torrent.video).ino);
    // The movie had the file of the first test: this one replaced it (an upgrade, the old file in the recycle folder).
    expect(await historyOf(id)).toEqual(["grabbed", "imported", "upgraded"]);
  });

  it("a client that answers with garbage: grab fails over past it; the monitor reports it unreachable and never marks its downloads removed", async () => {
    const proxy = await downloads.createDownloadClientRecord(admin, {
      kind: "qbittorrent",
      name: "qBittorrent behind a broken proxy",
      host: "127.0.0.1",
      port: garbage.port,
      username: "x",
      password: "y",
      priority: 1,
    });
    const title = "Fight.Club.1999.1080p.WEB-DL.DDP5.1.H.264-GARBAGE";
    const torrent = seeded(title, { data: "none" });
    indexer.add({ title, file: torrent.data, infoHash: torrent.infoHash, size: torrent.size });
    const grabbed = await downloads.grab(user, {
      releaseId: (await findRelease(title)).id,
      movieId,
      overrideRejection: true,
    });
    expect(grabbed.clientName).toBe("qBittorrent");
    expect(grabbed.skipped).toContainEqual({
      clientName: "qBittorrent behind a broken proxy",
      message: expect.stringMatching(/unexpected|not JSON|parse|answered/i),
    });
    await downloads.updateDownloadClient(admin, proxy.id, { enabled: false });
    await downloads.monitorDownloads();
    const before = await downloadRow(grabbed.downloadId);

    // The real client's address now leads to the garbage server (a proxy error page).
    await downloads.updateDownloadClient(admin, realClientId, {
      port: garbage.port,
      password: qbit.connection.password!,
    });
    try {
      const summary = await downloads.monitorDownloads();
      expect(summary.unreachable).toEqual([
        { clientName: "qBittorrent", message: expect.stringMatching(/unexpected|not JSON/i) },
      ]);
      expect(summary.removed).toBe(0);
      expect(await downloadRow(grabbed.downloadId)).toMatchObject({ status: before.status, removedAt: null });
    } finally {
      await downloads.updateDownloadClient(admin, realClientId, {
        port: qbit.connection.port,
        password: qbit.connection.password!,
      });
    }
    const again = await downloads.monitorDownloads();
    expect(again.unreachable).toEqual([]);
    expect((await downloadRow(grabbed.downloadId)).status).not.toBe("removed");
    await downloads.removeFromQueue(user, grabbed.downloadId, { removeFromClient: true });
  });
});

/** Asks qBittorrent to re-check a torrent's data (what the adapter never needs; the test plays the swarm). */
async function recheck(hash: string): Promise<void> {
  const { port, username, password } = qbit.connection;
  const login = await fetch(`http://127.0.0.1:${port}/api/v2/auth/login`, {
    method: "POST",
    body: new URLSearchParams({ username: username!, password: password! }),
  });
  const cookie = login.headers.get("set-cookie")!.split(";")[0];
  const response = await fetch(`http://127.0.0.1:${port}/api/v2/torrents/recheck`, {
    method: "POST",
    headers: { cookie },
    body: new URLSearchParams({ hashes: hash }),
  });
  expect(response.ok).toBe(true);
}
