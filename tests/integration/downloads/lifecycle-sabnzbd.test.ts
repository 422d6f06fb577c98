import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { ConflictError, UnavailableError } from "@/lib/errors";
import { startGarbageServer, type BadServer } from "@/tests/helpers/daemons/bad-servers";
import { startFakeNntp, startSabnzbd, type FakeNntp, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { removeDir, tempDir } from "@/tests/helpers/daemons/process";
import { restartDaemon, stopDaemonKeepingData } from "@/tests/helpers/daemons/restart";
import { payloadBytes } from "@/tests/helpers/payload-bytes";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { startReleaseIndexer, type ReleaseIndexer } from "@/tests/helpers/release-indexer";
import { until } from "@/tests/helpers/until";
import { admin, reader, useAllowedRoot, useFakeTmdb, user } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/**
 * The download lifecycle against a real SABnzbd and a fake news server, on both dialects: a
 * release found on a local Newznab indexer → grab (failing over from a client with a wrong API
 * key) → SABnzbd downloads the articles → monitor → import → library. Then the failure paths:
 * a wrong API key, articles the server does not have (failed, blocklisted), SABnzbd going down
 * mid-download and coming back, and a client that answers with garbage.
 */
const RELEASE = "Fight.Club.1999.1080p.BluRay.x264-GRP";
const RESTART = "Fight.Club.1999.2160p.UHD.BluRay.x265-RESTART";
const MISSING = "Fight.Club.1999.720p.WEB-DL.x264-MISSING";

let sab: StartedDaemon;
let nntp: FakeNntp;
let nntpDir = "";
let garbage: BadServer;
let fake: FakeTmdb;
let indexer: ReleaseIndexer;
let indexerId = "";
let base = "";
let movieId = "";
let realClientId = "";
let wrongClientId = "";
const bytes = new Map<string, Buffer>();
let downloads: typeof import("@/lib/downloads");

/** The fake server's NZB cut down to the one file of a release (it writes one NZB for all its files). */
function nzbOf(nzbPath: string, fileName: string): Buffer {
  const xml = readFileSync(nzbPath, "utf8");
  const files = xml.match(/ {2}<file [\s\S]*?<\/file>/g) ?? [];
  const mine = files.filter((f) => f.includes(`&quot;${fileName}&quot;`));
  if (mine.length === 0) throw new Error(`no <file> for ${fileName} in ${nzbPath}`);
  return Buffer.from(xml.replace(/ {2}<file [\s\S]*<\/file>\n?/, `${mine.join("\n")}\n`));
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
const sabClient = () => downloads.createDownloadClient("sabnzbd", sab.connection);

/** A release as interactive search lists it (no link: an id the server resolves when it is grabbed). */
async function findRelease(title: string) {
  const { interactiveSearch } = await import("@/lib/automation");
  const search = await interactiveSearch(user, { q: title.split(".").slice(0, 3).join(" ") });
  const release = search.releases.find((r) => r.title === title && r.indexerId === indexerId);
  if (!release) throw new Error(`the indexer did not list ${title}: ${JSON.stringify(search.indexers)}`);
  return release;
}

beforeAll(async () => {
  nntpDir = tempDir("nntp-data");
  for (const [name, size] of [
    [RELEASE, 900_000],
    [RESTART, 4_000_000],
  ] as const) {
    bytes.set(name, payloadBytes(name, size));
    writeFileSync(path.join(nntpDir, `${name}.mkv`), bytes.get(name)!);
  }
  nntp = await startFakeNntp([RELEASE, RESTART].map((name) => path.join(nntpDir, `${name}.mkv`)));
  [sab, garbage] = await Promise.all([
    startSabnzbd(nntp.port),
    startGarbageServer(JSON.stringify({ status: true, queue: { nope: 1 }, history: "no" }), "application/json"),
  ]);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("sab-lifecycle", [sab.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createIndexer } = await import("@/lib/indexers");
  mkdirSync(path.join(base, "movies"));
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
  indexer = await startReleaseIndexer("usenet");
  indexerId = (
    await createIndexer(admin, {
      kind: "newznab",
      name: "Local Newznab",
      baseUrl: indexer.url,
      apiKey: indexer.apiKey,
      timeoutMs: 5000,
    })
  ).id;
  indexer.add({ title: RELEASE, file: nzbOf(nntp.nzbPath, `${RELEASE}.mkv`), size: 900_000 });
  indexer.add({ title: RESTART, file: nzbOf(nntp.nzbPath, `${RESTART}.mkv`), size: 4_000_000 });
  indexer.add({ title: MISSING, file: readFileSync(nntp.missingNzbPath), size: 900_000 });
  const common = {
    kind: "sabnzbd" as const,
    host: "127.0.0.1",
    port: sab.connection.port,
    urlBase: "",
    movieCategory: "mydia-movies",
    tvCategory: "mydia-tv",
  };
  wrongClientId = (
    await downloads.createDownloadClientRecord(admin, {
      ...common,
      name: "SABnzbd (old key)",
      apiKey: "0".repeat(32),
      priority: 1,
    })
  ).id;
  realClientId = (
    await downloads.createDownloadClientRecord(admin, {
      ...common,
      name: "SABnzbd",
      apiKey: sab.connection.apiKey!,
      priority: 2,
      timeoutMs: 5000,
    })
  ).id;
}, 90_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await indexer?.close();
  await garbage?.close();
  await fake?.stop();
  await sab?.stop();
  await nntp?.stop();
  if (nntpDir) removeDir(nntpDir);
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("downloads: SABnzbd end to end", () => {
  it("indexer → grab (fail-over from a wrong API key) → SABnzbd downloads the articles → monitor → import, history and events", async () => {
    const started = Date.now();
    const release = await findRelease(RELEASE);
    expect(release).toMatchObject({ protocol: "usenet", indexerId, indexerName: "Local Newznab" });
    const grabbed = await downloads.grab(user, { releaseId: release.id, movieId, overrideRejection: true });
    expect(grabbed.clientName).toBe("SABnzbd");
    expect(grabbed.skipped).toEqual([
      { clientName: "SABnzbd (old key)", message: expect.stringMatching(/refused the API key|API Key Incorrect/i) },
    ]);
    const id = grabbed.downloadId;
    expect(await downloadRow(id)).toMatchObject({
      protocol: "usenet",
      indexerId,
      guid: release.guid,
      movieId,
      status: "queued",
      clientItemId: grabbed.clientItemId,
    });

    const finished = await until("SABnzbd to download the articles and the monitor to see it", async () => {
      await downloads.monitorDownloads();
      const row = await downloadRow(id);
      return row.status === "importing" ? row : null;
    });
    expect(finished.outputPath).toContain(path.join(sab.dir, "complete", "mydia-movies"));

    const result = await downloads.importDownload(id);
    const elapsed = Date.now() - started;
    expect(result.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"]);
    const placed = path.join(base, "movies", result.imported[0]);
    // Byte-identical to what was posted, and still there after SABnzbd deleted its copy ("remove completed").
    expect(readFileSync(placed).equals(bytes.get(RELEASE)!)).toBe(true);
    await until("SABnzbd to drop the imported job", async () => (await sabClient().get(grabbed.clientItemId)) === null);
    expect(existsSync(placed)).toBe(true);
    const files = await db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.movieId, movieId));
    expect(files.map((f) => [f.relativePath, f.role, f.size])).toEqual([[result.imported[0], "video", 900_000]]);
    expect(await downloadRow(id)).toMatchObject({ imported: true, status: "imported", error: null });
    expect(await historyOf(id)).toEqual(["grabbed", "imported"]);
    expect(await eventIds("download.grabbed")).toContain(id);
    expect(await eventIds("download.imported")).toContain(id);
    console.info(
      `[lifecycle] SABnzbd end to end (search → grab → download from NNTP → monitor → import): ${elapsed} ms`,
    );
  });
});

describe("downloads: SABnzbd failure paths", () => {
  it("a wrong API key: the stored client's test names the API key; a grab with only that client fails and records nothing", async () => {
    expect(await downloads.testDownloadClient(admin, wrongClientId)).toMatchObject({
      ok: false,
      kind: "auth",
      field: "apiKey",
      message: expect.stringMatching(/refused the API key|API Key Incorrect/i),
    });
    const release = await findRelease(RESTART);
    const before = (await sabClient().list()).length;
    await downloads.updateDownloadClient(admin, realClientId, { enabled: false });
    try {
      await expect(downloads.grab(user, { releaseId: release.id, movieId, overrideRejection: true })).rejects.toSatisfy(
        (e: unknown) =>
          e instanceof UnavailableError &&
          /No download client took/.test(e.message) &&
          /refused the API key|API Key Incorrect/i.test(e.message),
      );
    } finally {
      await downloads.updateDownloadClient(admin, realClientId, { enabled: true });
    }
    expect(await rowsTitled(RESTART)).toEqual([]);
    expect((await sabClient().list()).length).toBe(before);
  });

  it("articles the news server does not have: failed with SABnzbd's reason, blocklisted, removed from SABnzbd; grabbing it again is refused", async () => {
    const release = await findRelease(MISSING);
    const { downloadId: id, clientItemId } = await downloads.grab(user, {
      releaseId: release.id,
      movieId,
      overrideRejection: true,
    });
    await until("the download to fail", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(id)).status === "failed";
    });
    const row = await downloadRow(id);
    expect(row.error).toMatch(/not on your server|cannot be completed|aborted|failed|missing|articles/i);
    expect(await historyOf(id)).toEqual(["failed", "grabbed"]);
    expect(await downloads.listBlocklist(reader)).toContainEqual(
      expect.objectContaining({ title: MISSING, protocol: "usenet", indexerName: "Local Newznab", reason: row.error }),
    );
    expect(await eventIds("download.failed")).toContain(id);
    // "Remove failed" is on by default.
    await until("SABnzbd to drop the failed job", async () => (await sabClient().get(clientItemId)) === null);
    await expect(
      downloads.grab(user, { releaseId: release.id, movieId, overrideRejection: true }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await downloads.monitorDownloads()).failed).toBe(0);
  });

  it("SABnzbd stopped mid-download: the monitor reports it unreachable and leaves the download; after the restart SABnzbd resumes it and it is imported", async () => {
    const { downloadId: id } = await downloads.grab(user, {
      releaseId: (await findRelease(RESTART)).id,
      movieId,
      overrideRejection: true,
    });
    await downloads.monitorDownloads();
    const seen = await downloadRow(id);
    expect(seen.status).not.toBe("removed");

    await stopDaemonKeepingData(sab);
    const down = await downloads.monitorDownloads();
    expect(down.unreachable).toEqual([
      { clientName: "SABnzbd", message: expect.stringMatching(/refused the connection/) },
    ]);
    expect(down).toMatchObject({ removed: 0, failed: 0 });
    expect(await downloadRow(id)).toMatchObject({
      status: seen.status,
      progress: seen.progress,
      removedAt: null,
      imported: false,
    });
    expect(await historyOf(id)).toEqual(["grabbed"]);
    console.info(`[lifecycle] SABnzbd was stopped with the download at "${seen.status}" ${seen.progress} %`);

    sab = await restartDaemon(sab);
    await until("SABnzbd to finish the download after its restart", async () => {
      const summary = await downloads.monitorDownloads();
      expect(summary.removed).toBe(0);
      return (await downloadRow(id)).status === "importing";
    });
    const result = await downloads.importDownload(id);
    expect(result.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-2160p]-RESTART.mkv"]);
    const placed = path.join(base, "movies", result.imported[0]);
    expect(statSync(placed).size).toBe(4_000_000);
    expect(readFileSync(placed).equals(bytes.get(RESTART)!)).toBe(true);
    // The movie had the file of the first test: this one replaced it (an upgrade, the old file in the recycle folder).
    expect(await historyOf(id)).toEqual(["grabbed", "imported", "upgraded"]);
  });

  it("a client that answers with garbage: grab fails over past it; the monitor reports it unreachable and never marks its downloads removed", async () => {
    const proxy = await downloads.createDownloadClientRecord(admin, {
      kind: "sabnzbd",
      name: "SABnzbd behind a broken proxy",
      host: "127.0.0.1",
      port: garbage.port,
      urlBase: "",
      apiKey: "a".repeat(32),
      priority: 1,
      movieCategory: "mydia-movies",
    });
    // A release already fetched: the NZB of the first test, sent again under another title.
    const title = "Fight.Club.1999.1080p.BluRay.x264-GARBAGE";
    indexer.add({ title, file: nzbOf(nntp.nzbPath, `${RELEASE}.mkv`), size: 900_000 });
    const grabbed = await downloads.grab(user, {
      releaseId: (await findRelease(title)).id,
      movieId,
      overrideRejection: true,
    });
    expect(grabbed.clientName).toBe("SABnzbd");
    expect(grabbed.skipped).toContainEqual({
      clientName: "SABnzbd behind a broken proxy",
      message: expect.stringMatching(/unexpected|not JSON|parse|invalid|expected/i),
    });
    await downloads.updateDownloadClient(admin, proxy.id, { enabled: false });
    await downloads.monitorDownloads();
    const before = await downloadRow(grabbed.downloadId);

    await downloads.updateDownloadClient(admin, realClientId, { port: garbage.port, apiKey: sab.connection.apiKey! });
    try {
      const summary = await downloads.monitorDownloads();
      expect(summary.unreachable).toEqual([
        { clientName: "SABnzbd", message: expect.stringMatching(/unexpected|not JSON|parse|invalid|expected/i) },
      ]);
      expect(summary.removed).toBe(0);
      expect(await downloadRow(grabbed.downloadId)).toMatchObject({ status: before.status, removedAt: null });
    } finally {
      await downloads.updateDownloadClient(admin, realClientId, {
        port: sab.connection.port,
        apiKey: sab.connection.apiKey!,
      });
    }
    await until("the download to be tracked again", async () => {
      const summary = await downloads.monitorDownloads();
      return summary.unreachable.length === 0 && (await downloadRow(grabbed.downloadId)).status !== "removed";
    });
    await downloads.removeFromQueue(user, grabbed.downloadId, { removeFromClient: true });
  });
});
