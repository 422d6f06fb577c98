import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { createUserAsOperator } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import * as historyRoute from "@/app/api/v1/history/route";
import * as filesRoute from "@/app/api/v1/queue/[id]/files/route";
import * as importRoute from "@/app/api/v1/queue/[id]/import/route";
import * as manualImportRoute from "@/app/api/v1/queue/[id]/manual-import/route";
import * as matchRoute from "@/app/api/v1/queue/[id]/match/route";
import * as pauseRoute from "@/app/api/v1/queue/[id]/pause/route";
import * as resumeRoute from "@/app/api/v1/queue/[id]/resume/route";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb, user } from "../library/helpers";
import { startTorrentSeeder, type TorrentSeeder } from "./seeded-torrents";
import { until } from "@/tests/helpers/until";
import { resolveLibrary } from "@/lib/library";

/**
 * Queue actions against a real Transmission, on both dialects: RAR-only downloads parked as
 * "needs-extraction", pause/resume, retry import, change match, manual import of a season pack
 * the automatic import cannot place, and the history filter; then the same through the REST API.
 */
let transmission: StartedDaemon;
let seeder: TorrentSeeder;
let fake: FakeTmdb;
let base = "";
let movieId = "";
let seriesId = "";
let otherEpisodeId = "";
let episodes: { id: string; seasonNumber: number; episodeNumber: number }[] = [];
let downloads: typeof import("@/lib/downloads");

const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];
const historyOf = async (id: string) =>
  db().select().from(tables.downloadHistory).where(eq(tables.downloadHistory.downloadId, id));
const progressEventsOf = async (id: string) =>
  (await db().select().from(tables.events).where(eq(tables.events.type, "download.progress")))
    .flatMap((e) => (e.payload as { items: { downloadId: string; status: string; error: string | null }[] }).items)
    .filter((p) => p.downloadId === id);
const episode = (season: number, number: number) =>
  episodes.find((e) => e.seasonNumber === season && e.episodeNumber === number)!.id;

/** Grabs a placed torrent and polls the monitor until Transmission has verified it complete. */
async function finishedDownload(
  name: string,
  files: Record<string, Buffer>,
  target: { movieId: string } | { episodeIds: string[] },
): Promise<string> {
  const torrent = seeder.seed(name, files);
  const { downloadId } = await downloads.grab(admin, { downloadUrl: torrent.url, title: name, ...target });
  await until(`${name} completed`, async () => {
    await downloads.monitorDownloads();
    return (await downloadRow(downloadId)).status === "importing";
  });
  return downloadId;
}

beforeAll(async () => {
  transmission = await startTransmission();
  seeder = await startTorrentSeeder(transmission.downloadsDir);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("queue-actions", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  mkdirSync(path.join(base, "tv"));
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") })).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, resolveLibrary)).id;
  episodes = await catalog.listEpisodes(reader, seriesId);
  // A second series (only TMDB 1399 is recorded): enough for "episodes of two series".
  const now = new Date();
  const [other] = await db()
    .insert(tables.series)
    .values({
      tmdbId: 990_001,
      title: "Other Show",
      sortTitle: "other show",
      status: "ended",
      seriesType: "standard",
      genres: [],
      monitor: "all",
      libraryId: tvId,
      qualityProfileId: "default",
      addedAt: now,
      updatedAt: now,
    })
    .returning();
  const [otherEpisode] = await db()
    .insert(tables.episodes)
    .values({ seriesId: other.id, seasonNumber: 1, episodeNumber: 1, addedAt: now, updatedAt: now })
    .returning();
  otherEpisodeId = otherEpisode.id;
  await downloads.createDownloadClientRecord(admin, {
    ...clientRecordOf(transmission),
    removeFailed: false,
  });
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await seeder?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("downloads: queue actions", () => {
  let rarId = "";

  it("parks a finished download holding only RAR archives as needs-extraction: no history, no failed job", async () => {
    const name = "Fight.Club.1999.1080p.BluRay.x264-RARGRP";
    rarId = await finishedDownload(
      name,
      {
        "fc-rargrp.rar": randomBytes(120_000),
        "fc-rargrp.r00": randomBytes(100_000),
        "fc-rargrp.nfo": Buffer.from("nfo"),
      },
      { movieId },
    );
    // Through the job handler: the job ends successfully, so it is not retried.
    const result = await downloads.downloadsImportHandler({
      id: "job-1",
      data: { downloadId: rarId },
      signal: new AbortController().signal,
      attempt: 1,
    });
    expect(result).toMatchObject({ needsExtraction: true, imported: [], alreadyImported: false });
    expect(await downloadRow(rarId)).toMatchObject({
      status: "needs-extraction",
      imported: false,
      error: downloads.NEEDS_EXTRACTION_MESSAGE,
    });
    expect((await historyOf(rarId)).map((h) => h.event)).toEqual(["grabbed"]);
    expect((await progressEventsOf(rarId)).at(-1)).toMatchObject({
      status: "needs-extraction",
      error: expect.stringMatching(/only RAR archives.*Retry import/),
    });
    const published = (await progressEventsOf(rarId)).length;
    // Run again (the archives are still there): nothing changes, nothing is published again.
    expect(await downloads.importDownload(rarId)).toMatchObject({ needsExtraction: true });
    expect(await progressEventsOf(rarId)).toHaveLength(published);
    expect((await downloads.listQueue(reader)).find((q) => q.id === rarId)).toMatchObject({
      status: "needs-extraction",
      error: downloads.NEEDS_EXTRACTION_MESSAGE,
    });
    // The monitor still watches it (seeding, removal by hand) but leaves the status and its reason alone.
    await downloads.monitorDownloads();
    expect(await downloadRow(rarId)).toMatchObject({
      status: "needs-extraction",
      error: downloads.NEEDS_EXTRACTION_MESSAGE,
    });
  });

  it("retry import: clears the reason and queues the import, which a worker runs; an imported download is a conflict", async () => {
    const { startQueue, stopQueues } = await import("../jobs/helpers");
    const { createDeclaredQueues } = await import("@/lib/jobs");
    const worker = await startQueue();
    try {
      await createDeclaredQueues(worker);
      await worker.work("downloads.import", downloads.downloadsImportHandler as never);
      // The import the monitor queued runs on the worker, finds only archives and ends without failing.
      const counts = await until("the queued import done", async () => {
        const c = (await worker.queueCounts())["downloads.import"];
        return c && c.queued + c.active === 0 && c.completed > 0 ? c : null;
      });
      expect(counts.failed).toBe(0);
      expect(await downloadRow(rarId)).toMatchObject({
        status: "needs-extraction",
        error: downloads.NEEDS_EXTRACTION_MESSAGE,
      });

      await expect(downloads.retryImport(reader, rarId)).rejects.toBeInstanceOf(ForbiddenError);
      // As unpackerr would: the video next to the archives; then Retry import.
      writeFileSync(
        path.join(
          transmission.downloadsDir,
          "Fight.Club.1999.1080p.BluRay.x264-RARGRP",
          "Fight.Club.1999.1080p.BluRay.x264-RARGRP.mkv",
        ),
        randomBytes(200_000),
      );
      const first = await downloads.retryImport(user, rarId);
      expect(first.jobId).toEqual(expect.any(String));
      expect((await progressEventsOf(rarId)).at(-1)).toMatchObject({ status: "importing", error: null });
      await until("imported by the worker", async () => (await downloadRow(rarId)).imported, 30_000);
    } finally {
      await stopQueues();
    }
    expect(await downloadRow(rarId)).toMatchObject({ status: "imported", imported: true, error: null });
    const rows = await db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.movieId, movieId));
    expect(rows.map((r) => r.relativePath)).toEqual([
      "Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-RARGRP.mkv",
    ]);
    expect((await historyOf(rarId)).map((h) => h.event).sort()).toEqual(["grabbed", "imported"]);
    await expect(downloads.retryImport(user, rarId)).rejects.toSatisfy(
      (e: unknown) => e instanceof ConflictError && /imported already/.test(e.message),
    );
  });

  it("pauses and resumes a download in Transmission; readonly users cannot", async () => {
    const torrent = seeder.seed(
      "Fight.Club.1999.720p.WEB-DL.x264-PAUSE",
      { "Fight.Club.1999.720p.WEB-DL.x264-PAUSE.mkv": randomBytes(50_000) },
      { placed: false },
    );
    const { downloadId } = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: "Fight.Club.1999.720p.WEB-DL.x264-PAUSE",
      movieId,
    });
    const client = downloads.createDownloadClient("transmission", { ...transmission.connection });
    // Transmission checks the (missing) data first; then it waits for peers.
    await until("checked", async () => (await client.get(torrent.infoHash))?.status !== "verifying");
    await expect(downloads.pauseDownload(reader, downloadId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await downloads.pauseDownload(user, downloadId)).toMatchObject({ id: downloadId, status: "paused" });
    expect(await downloadRow(downloadId)).toMatchObject({ status: "paused" });
    await until("paused in the client", async () => (await client.get(torrent.infoHash))?.status === "paused");
    expect((await progressEventsOf(downloadId)).at(-1)).toMatchObject({ status: "paused" });
    const resumed = await downloads.resumeDownload(user, downloadId);
    expect(resumed.status).not.toBe("paused");
    await until("resumed in the client", async () => (await client.get(torrent.infoHash))?.status !== "paused");
    // Retry import and manual import need a finished download.
    await expect(downloads.retryImport(user, downloadId)).rejects.toSatisfy(
      (e: unknown) => e instanceof ConflictError && /not finished downloading/.test(e.message),
    );
    await expect(downloads.listDownloadFiles(user, downloadId)).rejects.toBeInstanceOf(ConflictError);
    // Gone from the client: a clear not-found.
    await client.remove(torrent.infoHash, { deleteFiles: true });
    await expect(downloads.pauseDownload(user, downloadId)).rejects.toSatisfy(
      (e: unknown) => e instanceof NotFoundError && /no longer in Transmission/.test(e.message),
    );
    await downloads.removeFromQueue(user, downloadId);
    await expect(downloads.pauseDownload(user, downloadId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("changes the match to episodes of one series, or back to a movie; refuses episodes of two series", async () => {
    const torrent = seeder.seed(
      "Game.of.Thrones.S01E01.720p.HDTV.x264-MATCH",
      { "got.s01e01.mkv": randomBytes(50_000) },
      { placed: false },
    );
    const { downloadId } = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: "Game.of.Thrones.S01E01.720p.HDTV.x264-MATCH",
      movieId,
    });
    const [e1, e2] = [episode(1, 1), episode(1, 2)];
    await expect(downloads.changeMatch(reader, downloadId, { episodeIds: [e1] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await downloads.changeMatch(user, downloadId, { episodeIds: [e1, e2] })).toMatchObject({
      movieId: null,
      seriesId,
      episodeIds: [e1, e2],
    });
    expect(await downloadRow(downloadId)).toMatchObject({ movieId: null, seriesId, episodeIds: [e1, e2] });
    await expect(downloads.changeMatch(user, downloadId, { episodeIds: [e1, otherEpisodeId] })).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && /one series/.test(e.message),
    );
    await expect(downloads.changeMatch(user, downloadId, { movieId: "no-such-movie" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(downloads.changeMatch(user, downloadId, { movieId, episodeIds: [e1] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await downloadRow(downloadId)).toMatchObject({ seriesId, episodeIds: [e1, e2] });
    expect(await downloads.changeMatch(user, downloadId, { movieId })).toMatchObject({
      movieId,
      seriesId: null,
      episodeIds: [],
    });
    const events = await db().select().from(tables.events).where(eq(tables.events.type, "download.matched"));
    expect(events.filter((e) => (e.payload as { downloadId: string }).downloadId === downloadId)).toHaveLength(2);
    await downloads.removeFromQueue(user, downloadId, { removeFromClient: true });
  });

  it("manual import: a season pack with odd file names that the automatic import cannot place, imported by hand, hardlinked", async () => {
    const name = "Game.of.Thrones.S01.1080p.BluRay.x264-ODD";
    const [e1, e2] = [episode(1, 1), episode(1, 2)];
    const id = await finishedDownload(
      name,
      {
        "Winter is coming.mkv": randomBytes(220_000),
        "The Kingsroad.mkv": randomBytes(210_000),
        "info.nfo": Buffer.from("nfo"),
      },
      { episodeIds: [e1, e2] },
    );
    await expect(downloads.importDownload(id)).rejects.toThrow(/matches the episodes/);
    expect((await downloadRow(id)).error).toMatch(/^Import failed: .*matches the episodes/);

    await expect(downloads.listDownloadFiles(reader, id)).rejects.toBeInstanceOf(ForbiddenError);
    const listing = await downloads.listDownloadFiles(user, id);
    const folder = path.join(transmission.downloadsDir, name);
    expect(listing.folder).toBe(folder);
    expect(listing.files).toEqual([
      {
        path: path.join(folder, "Winter is coming.mkv"),
        relativePath: "Winter is coming.mkv",
        size: 220_000,
        imported: false,
        suggestion: null,
      },
      {
        path: path.join(folder, "The Kingsroad.mkv"),
        relativePath: "The Kingsroad.mkv",
        size: 210_000,
        imported: false,
        suggestion: null,
      },
    ]);

    const winter = path.join(folder, "Winter is coming.mkv");
    const kingsroad = path.join(folder, "The Kingsroad.mkv");
    // Escaping the download's folder is refused, however it is spelled.
    const secret = path.join(base, "secret.mkv");
    writeFileSync(secret, randomBytes(1000));
    for (const escape of [
      `${folder}/${path.relative(folder, secret)}`,
      "../Fight.Club.1999.1080p.BluRay.x264-RARGRP/Fight.Club.1999.1080p.BluRay.x264-RARGRP.mkv",
      secret,
    ]) {
      await expect(
        downloads.manualImportDownload(user, id, { files: [{ path: escape, episodeIds: [e1] }] }),
      ).rejects.toSatisfy((e: unknown) => e instanceof ValidationError && /outside the folder of/.test(e.message));
    }
    await expect(
      downloads.manualImportDownload(user, id, { files: [{ path: path.join(folder, "info.nfo"), episodeIds: [e1] }] }),
    ).rejects.toThrow(/not a video file/);
    await expect(
      downloads.manualImportDownload(user, id, { files: [{ path: winter, episodeIds: [e1, otherEpisodeId] }] }),
    ).rejects.toThrow(/one series/);
    await expect(
      downloads.manualImportDownload(reader, id, { files: [{ path: winter, episodeIds: [e1] }] }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const result = await downloads.manualImportDownload(user, id, {
      files: [
        { path: winter, episodeIds: [e1] },
        { path: "The Kingsroad.mkv", episodeIds: [e2] },
      ],
    });
    expect(result.imported).toEqual([
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E01 - Winter Is Coming [Bluray-1080p]-ODD.mkv",
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E02 - The Kingsroad [Bluray-1080p]-ODD.mkv",
    ]);
    expect(statSync(path.join(base, "tv", result.imported[0])).ino).toBe(statSync(winter).ino);
    expect(statSync(path.join(base, "tv", result.imported[1])).ino).toBe(statSync(kingsroad).ino);
    expect(await downloadRow(id)).toMatchObject({
      imported: true,
      status: "imported",
      error: null,
      importedFiles: [winter, kingsroad],
    });
    const history = await historyOf(id);
    expect(history.find((h) => h.event === "imported")?.data).toMatchObject({ manual: true, files: result.imported });
    expect((await downloads.listQueue(reader)).map((q) => q.id)).not.toContain(id);
    await expect(
      downloads.manualImportDownload(user, id, { files: [{ path: winter, episodeIds: [e1] }] }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("suggests targets from file names: episodes by season and number, the movie for its largest file", async () => {
    const name = "Game.of.Thrones.S01.720p.HDTV.x264-SUGGEST";
    const [e1, e2] = [episode(1, 1), episode(1, 2)];
    const id = await finishedDownload(
      name,
      { "got.s01e01.720p.mkv": randomBytes(90_000), "got.s01e02.720p.mkv": randomBytes(80_000) },
      { episodeIds: [e1, e2] },
    );
    const listing = await downloads.listDownloadFiles(user, id);
    expect(listing.files.map((f) => f.suggestion)).toEqual([
      { seriesId, episodeIds: [e1] },
      { seriesId, episodeIds: [e2] },
    ]);
    await downloads.changeMatch(user, id, { movieId });
    expect((await downloads.listDownloadFiles(user, id)).files.map((f) => f.suggestion)).toEqual([{ movieId }, null]);
    await downloads.removeFromQueue(user, id, { removeFromClient: true });
  });

  it("filters the history by event", async () => {
    const imported = await downloads.listHistory(reader, { event: "imported" });
    expect(imported.total).toBe(2);
    expect(imported.items.every((h) => h.event === "imported")).toBe(true);
    const grabbed = await downloads.listHistory(reader, { event: "grabbed", pageSize: 2, page: 2 });
    expect(grabbed).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(grabbed.items.map((h) => h.event)).toEqual(["grabbed", "grabbed"]);
    expect(await downloads.listHistory(reader, { event: "upgraded" })).toMatchObject({ total: 0, items: [] });
    expect(() => downloads.historyQuery.parse({ event: "exploded" })).toThrow();
  });
});

describe("downloads: queue actions over the REST API", () => {
  let userKey = "";
  let readonlyKey = "";
  beforeAll(async () => {
    const u = await createUserAsOperator({ username: "qa-user", password: "correct horse battery", role: "user" });
    const r = await createUserAsOperator({
      username: "qa-reader",
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

  it("pause, resume, change match: readonly is refused, bad input is a 400", async () => {
    const torrent = seeder.seed(
      "Fight.Club.1999.576p.DVDRip.x264-API",
      { "fc.api.mkv": randomBytes(40_000) },
      { placed: false },
    );
    const { downloadId: id } = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: "Fight.Club.1999.576p.DVDRip.x264-API",
      movieId,
    });
    expect((await call(pauseRoute.POST, "POST", `/api/v1/queue/${id}/pause`, { key: readonlyKey, id })).status).toBe(
      403,
    );
    const paused = await call(pauseRoute.POST, "POST", `/api/v1/queue/${id}/pause`, { id });
    expect(paused.status).toBe(200);
    expect(await paused.json()).toMatchObject({ id, status: "paused" });
    expect((await call(resumeRoute.POST, "POST", `/api/v1/queue/${id}/resume`, { key: readonlyKey, id })).status).toBe(
      403,
    );
    expect((await call(resumeRoute.POST, "POST", `/api/v1/queue/${id}/resume`, { id })).status).toBe(200);

    const [e1] = [episode(1, 1)];
    expect(
      (
        await call(matchRoute.PUT, "PUT", `/api/v1/queue/${id}/match`, {
          key: readonlyKey,
          id,
          body: { episodeIds: [e1] },
        })
      ).status,
    ).toBe(403);
    const twoSeries = await call(matchRoute.PUT, "PUT", `/api/v1/queue/${id}/match`, {
      id,
      body: { episodeIds: [e1, otherEpisodeId] },
    });
    expect(twoSeries.status).toBe(400);
    expect(await twoSeries.json()).toMatchObject({
      error: { code: "validation_failed", message: expect.stringMatching(/one series/) },
    });
    expect((await call(matchRoute.PUT, "PUT", `/api/v1/queue/${id}/match`, { id, body: {} })).status).toBe(400);
    const matched = await call(matchRoute.PUT, "PUT", `/api/v1/queue/${id}/match`, { id, body: { episodeIds: [e1] } });
    expect(await matched.json()).toMatchObject({ id, seriesId, movieId: null, episodeIds: [e1] });
    // Not finished: nothing to retry or import by hand yet.
    expect((await call(importRoute.POST, "POST", `/api/v1/queue/${id}/import`, { id })).status).toBe(409);
    expect((await call(filesRoute.GET, "GET", `/api/v1/queue/${id}/files`, { id })).status).toBe(409);
    expect((await call(pauseRoute.POST, "POST", "/api/v1/queue/nope/pause", { id: "nope" })).status).toBe(404);
    await downloads.removeFromQueue(user, id, { removeFromClient: true });
  });

  it("files, manual import (path traversal refused) and retry import of an imported download (409)", async () => {
    const name = "Fight.Club.1999.1080p.WEB-DL.x264-MANUAL";
    const id = await finishedDownload(
      name,
      { "feature.mkv": randomBytes(150_000), "other-cut.mkv": randomBytes(60_000) },
      { movieId },
    );
    expect((await call(filesRoute.GET, "GET", `/api/v1/queue/${id}/files`, { key: readonlyKey, id })).status).toBe(403);
    const listing = (await (await call(filesRoute.GET, "GET", `/api/v1/queue/${id}/files`, { id })).json()) as {
      folder: string;
      files: { path: string; suggestion: unknown }[];
    };
    expect(listing.files.map((f) => [path.basename(f.path), f.suggestion])).toEqual([
      ["feature.mkv", { movieId }],
      ["other-cut.mkv", null],
    ]);
    const traversal = await call(manualImportRoute.POST, "POST", `/api/v1/queue/${id}/manual-import`, {
      id,
      body: { files: [{ path: `${listing.folder}/../../config/settings.json`, movieId }] },
    });
    expect(traversal.status).toBe(400);
    expect(await traversal.json()).toMatchObject({
      error: {
        message: expect.stringMatching(/outside the folder/),
        details: { fields: { "files.0.path": expect.any(String) } },
      },
    });
    expect(
      (
        await call(manualImportRoute.POST, "POST", `/api/v1/queue/${id}/manual-import`, {
          key: readonlyKey,
          id,
          body: { files: [{ path: listing.files[0].path, movieId }] },
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(manualImportRoute.POST, "POST", `/api/v1/queue/${id}/manual-import`, { id, body: { files: [] } }))
        .status,
    ).toBe(400);
    const done = await call(manualImportRoute.POST, "POST", `/api/v1/queue/${id}/manual-import`, {
      id,
      body: { files: [{ path: listing.files[0].path, movieId }] },
    });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({
      downloadId: id,
      imported: ["Fight Club (1999) {tmdb-550}/Fight Club (1999) [WEBDL-1080p]-MANUAL.mkv"],
    });
    expect((await call(importRoute.POST, "POST", `/api/v1/queue/${id}/import`, { key: readonlyKey, id })).status).toBe(
      403,
    );
    const retry = await call(importRoute.POST, "POST", `/api/v1/queue/${id}/import`, { id });
    expect(retry.status).toBe(409);
    expect(await retry.json()).toMatchObject({
      error: { code: "conflict", message: expect.stringMatching(/imported already/) },
    });
  });

  it("filters the history by event over the API", async () => {
    const response = await call(historyRoute.GET, "GET", "/api/v1/history?event=imported&pageSize=10", {
      key: readonlyKey,
    });
    const body = (await response.json()) as { items: { event: string; data: { manual?: boolean } }[]; total: number };
    expect(body.total).toBe(3);
    expect(body.items.every((h) => h.event === "imported")).toBe(true);
    expect(body.items[0].data.manual).toBe(true);
    expect((await call(historyRoute.GET, "GET", "/api/v1/history?event=exploded", { key: readonlyKey })).status).toBe(
      400,
    );
  });
});
