import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { arrIdOf } from "@/lib/arr/ids";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { arrClient } from "@/tests/helpers/arr-client";
import { until } from "@/tests/helpers/until";
import { startTorrentSeeder, type TorrentSeeder } from "../downloads/seeded-torrents";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * The activity side of the *arr personas against real downloads in a real Transmission: queue
 * (+status, +details, DELETE), commands followed through their jobs, manual import, history — on
 * both dialects, every answer checked against Radarr's and Sonarr's documents.
 */
const MOVIE_DONE = "Fight.Club.1999.1080p.BluRay.x264-GRP";
const MOVIE_BUSY = "Fight.Club.1999.720p.WEB-DL.x264-OTHER";
const EPISODES = "Game.of.Thrones.S01E01E02.720p.HDTV.x264-GRP";

let transmission: StartedDaemon;
let seeder: TorrentSeeder;
let fake: FakeTmdb;
let base = "";
let adminKey = "";
let readerKey = "";
const radarr = arrClient("radarr", () => adminKey);
const sonarr = arrClient("sonarr", () => adminKey);
let downloads: typeof import("@/lib/downloads");
let movieId = "";
let seriesId = "";
let episodeIds: string[] = [];
const hashes: Record<string, string> = {};
const downloadIds: Record<string, string> = {};

interface QueueRecord {
  id: number;
  movieId?: number;
  seriesId?: number;
  episodeId?: number;
  seasonNumber?: number;
  title: string;
  status: string;
  trackedDownloadState: string;
  trackedDownloadStatus: string;
  outputPath: string | null;
  downloadId: string;
  protocol: string;
  downloadClient: string;
  size: number;
  sizeleft: number;
  quality: { quality: { name: string } };
}
interface Paging<T> {
  totalRecords: number;
  records: T[];
  page: number;
  pageSize: number;
}

beforeAll(async () => {
  transmission = await startTransmission();
  seeder = await startTorrentSeeder(transmission.downloadsDir);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("arr-activity", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  mkdirSync(path.join(base, "tv"));
  const movies = await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") });
  await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") });
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: movies.id }, library.resolveLibrary)).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, monitor: "all" }, library.resolveLibrary)).id;
  const episodes = await catalog.listEpisodes(admin, seriesId);
  episodeIds = episodes
    .filter((e) => e.seasonNumber === 1 && e.episodeNumber <= 2)
    .sort((a, b) => a.episodeNumber - b.episodeNumber)
    .map((e) => e.id);
  await downloads.createDownloadClientRecord(admin, { ...clientRecordOf(transmission), removeFailed: false });

  const grab = async (name: string, placed: boolean, target: { movieId: string } | { episodeIds: string[] }) => {
    const torrent = seeder.seed(name, { [`${name}.mkv`]: randomBytes(200_000) }, { placed });
    hashes[name] = torrent.infoHash;
    const result = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: name,
      protocol: "torrent",
      ...target,
    });
    downloadIds[name] = result.downloadId;
  };
  await grab(MOVIE_DONE, true, { movieId });
  await grab(MOVIE_BUSY, false, { movieId });
  await grab(EPISODES, false, { episodeIds });
  // The monitor sees the placed one verified to 100 %: finished, waiting for its import.
  await until("the finished download noticed", async () => {
    await downloads.monitorDownloads();
    const item = (await downloads.listQueue(admin)).find((q) => q.id === downloadIds[MOVIE_DONE]);
    return item?.status === "importing" ? item : null;
  });

  const owner = await createUserAsOperator({ username: "arr-admin", password: "arr admin password", role: "admin" });
  adminKey = (await createApiKeyForUser(owner.id, "arr")).key;
  const readOnly = await createUserAsOperator({ username: "arr-ro", password: "arr ro password 1", role: "readonly" });
  readerKey = (await createApiKeyForUser(readOnly.id, "arr")).key;
}, 120_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  const { stopQueues } = await import("../jobs/helpers");
  await stopQueues();
  await closeJobQueue({ graceMs: 0 });
  await seeder?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("*arr queue", () => {
  it("Radarr: one record per movie download, with the client's save path for Unpackerr", async () => {
    const page = await radarr.ok<Paging<QueueRecord>>(
      "GET",
      "/v3/queue?page=1&pageSize=50&includeUnknownMovieItems=true",
      {
        via: "query",
      },
    );
    expect(page).toMatchObject({ page: 1, pageSize: 50, totalRecords: 2 });
    const done = page.records.find((r) => r.title === MOVIE_DONE)!;
    expect(done).toMatchObject({
      movieId: await arrIdOf("movie", movieId),
      status: "completed",
      trackedDownloadState: "importing",
      trackedDownloadStatus: "ok",
      protocol: "torrent",
      downloadClient: "Transmission",
      downloadId: hashes[MOVIE_DONE].toUpperCase(),
      outputPath: path.join(transmission.downloadsDir, MOVIE_DONE),
      sizeleft: 0,
      quality: { quality: { id: 7, name: "Bluray-1080p", source: "bluray", resolution: 1080, modifier: "none" } },
    });
    expect(done.size).toBeGreaterThan(0);
    const busy = page.records.find((r) => r.title === MOVIE_BUSY)!;
    expect(busy.trackedDownloadState).toBe("downloading");
    // Seerr reads the queue with the movie inside each record.
    const withMovie = await radarr.ok<Paging<QueueRecord & { movie: { title: string; tmdbId: number } }>>(
      "GET",
      "/v3/queue?includeMovie=true",
      { documentPath: "/api/v3/queue" },
    );
    expect(withMovie.records.map((r) => r.movie)).toEqual([
      expect.objectContaining({ title: "Fight Club", tmdbId: 550 }),
      expect.objectContaining({ title: "Fight Club", tmdbId: 550 }),
    ]);
    expect(busy.sizeleft).toBe(busy.size);
    // Unpackerr pages through the queue: a small page holds one record, the total stays.
    const first = await radarr.ok<Paging<QueueRecord>>("GET", "/v3/queue?page=2&pageSize=1&sortKey=title");
    expect(first).toMatchObject({ totalRecords: 2, records: [{ title: MOVIE_BUSY }] });
    // A movie's own downloads, by its id.
    const other = await radarr.ok<Paging<QueueRecord>>("GET", `/v3/queue?movieIds=999999`, {
      documentPath: "/api/v3/queue",
    });
    expect(other.totalRecords).toBe(0);
  });

  it("Sonarr: one record per episode of a download, with its season", async () => {
    const page = await sonarr.ok<Paging<QueueRecord>>("GET", "/v3/queue?includeEpisode=true&includeSeries=true");
    expect(page.totalRecords).toBe(2);
    const ids = await Promise.all(episodeIds.map((id) => arrIdOf("episode", id)));
    expect(page.records.map((r) => r.episodeId).sort()).toEqual([...ids].sort());
    for (const record of page.records)
      expect(record).toMatchObject({
        seriesId: await arrIdOf("series", seriesId),
        seasonNumber: 1,
        title: EPISODES,
        quality: { quality: { name: "HDTV-720p", source: "television" } },
      });
    expect(new Set(page.records.map((r) => r.id)).size).toBe(2);
    // includeSeries / includeEpisode put each record's series and episode inside it (Seerr, LunaSea).
    const inside = page.records as unknown as { series: { title: string }; episode: { episodeNumber: number } }[];
    expect(inside.map((r) => r.series.title)).toEqual(["Game of Thrones", "Game of Thrones"]);
    expect(inside.map((r) => r.episode.episodeNumber).sort()).toEqual([1, 2]);
  });

  it("queue/status and queue/details count what each persona shows (Homepage's figures)", async () => {
    expect(await radarr.ok("GET", "/v3/queue/status", { via: "query" })).toMatchObject({
      totalCount: 2,
      count: 2,
      unknownCount: 0,
      errors: false,
    });
    expect(await sonarr.ok("GET", "/v3/queue/status")).toMatchObject({ totalCount: 2, count: 2 });
    const details = await radarr.ok<QueueRecord[]>("GET", "/v3/queue/details", { via: "query" });
    expect(Array.isArray(details)).toBe(true);
    expect(details.map((d) => d.title).sort()).toEqual([MOVIE_BUSY, MOVIE_DONE].sort());
    const ofMovie = await radarr.ok<QueueRecord[]>(
      "GET",
      `/v3/queue/details?movieId=${await arrIdOf("movie", movieId)}`,
      {
        documentPath: "/api/v3/queue/details",
      },
    );
    expect(ofMovie).toHaveLength(2);
    expect(await sonarr.ok<QueueRecord[]>("GET", "/v3/queue/details")).toHaveLength(2);
  });

  it("the queue is read-only for a read-only key; DELETE takes the download out of Transmission and blocklists it", async () => {
    const page = await radarr.ok<Paging<QueueRecord>>("GET", "/v3/queue");
    const busy = page.records.find((r) => r.title === MOVIE_BUSY)!;
    expect((await radarr.call("DELETE", `/v3/queue/${busy.id}`, { key: readerKey })).status).toBe(403);
    const answer = await radarr.call("DELETE", `/v3/queue/${busy.id}?removeFromClient=true&blocklist=true`);
    expect(answer.status).toBe(200);
    const client = downloads.createDownloadClient("transmission", transmission.connection);
    expect(await client.get(hashes[MOVIE_BUSY]).catch(() => null)).toBeNull();
    expect(await client.get(hashes[MOVIE_DONE])).not.toBeNull();
    expect((await downloads.listBlocklist(admin)).map((b) => b.title)).toContain(MOVIE_BUSY);
    // Blocklisted without skipRedownload: the movie is searched again, as Radarr does.
    const { getJobQueue } = await import("@/lib/jobs");
    const searches = (await (await getJobQueue()).queueCounts())["automation.search"];
    expect(searches.queued + searches.active).toBe(1);
    expect((await radarr.ok<Paging<QueueRecord>>("GET", "/v3/queue")).totalRecords).toBe(1);
    expect((await radarr.call("DELETE", `/v3/queue/${busy.id}`)).status).toBe(404);
  });
});

interface Command {
  id: number;
  name: string;
  status: string;
  result: string;
  started: string | null;
  ended: string | null;
}

describe("*arr commands follow the jobs they queued", () => {
  it("RefreshMovie is queued, then completed once a worker ran its job; GET command lists it", async () => {
    const movieArrId = await arrIdOf("movie", movieId);
    const queued = await radarr.ok<Command>("POST", "/v3/command", {
      body: { name: "RefreshMovie", movieIds: [movieArrId] },
      via: "query",
    });
    expect(queued).toMatchObject({ name: "RefreshMovie", status: "queued", result: "unknown", started: null });
    const { startQueue } = await import("../jobs/helpers");
    const { createDeclaredQueues } = await import("@/lib/jobs");
    const catalog = await import("@/lib/catalog");
    const worker = await startQueue();
    await createDeclaredQueues(worker);
    await worker.work("metadata.refresh", catalog.metadataRefreshHandler);
    const done = await until("the refresh job done", async () => {
      const command = await radarr.ok<Command>("GET", `/v3/command/${queued.id}`, {
        documentPath: "/api/v3/command/{id}",
      });
      return command.status === "completed" ? command : null;
    });
    expect(done).toMatchObject({ id: queued.id, result: "successful" });
    expect(done.ended).not.toBeNull();
    const recent = await radarr.ok<Command[]>("GET", "/v3/command");
    expect(recent.map((c) => c.id)).toContain(queued.id);
    // Each persona keeps its own commands.
    expect((await sonarr.call("GET", `/v3/command/${queued.id}`)).status).toBe(404);
  });

  it("a second RssSync follows the job the first one queued; unknown names and ids are refused", async () => {
    const first = await sonarr.ok<Command>("POST", "/v3/command", { body: { name: "RssSync" } });
    const second = await sonarr.ok<Command>("POST", "/v3/command", { body: { name: "RssSync" } });
    expect(second.id).not.toBe(first.id);
    const { getJobQueue } = await import("@/lib/jobs");
    const counts = (await (await getJobQueue()).queueCounts())["automation.rss"];
    expect(counts.queued + counts.active).toBe(1);
    expect(second.status).toBe(first.status);
    for (const body of [
      { name: "MissingEpisodeSearch", seriesId: await arrIdOf("series", seriesId) },
      { name: "RefreshMonitoredDownloads" },
      { name: "SeasonSearch", seriesId: await arrIdOf("series", seriesId), seasonNumber: 1 },
      { name: "EpisodeSearch", episodeIds: [await arrIdOf("episode", episodeIds[0])] },
      { name: "CutOffUnmetEpisodeSearch" },
      { name: "RescanSeries", seriesId: await arrIdOf("series", seriesId) },
    ])
      expect((await sonarr.ok<Command>("POST", "/v3/command", { body })).name).toBe(body.name);
    expect((await sonarr.call("POST", "/v3/command", { body: { name: "MoviesSearch", movieIds: [1] } })).status).toBe(
      400,
    );
    expect(
      (await radarr.call("POST", "/v3/command", { body: { name: "MoviesSearch", movieIds: [999999] } })).status,
    ).toBe(404);
    expect((await radarr.call("POST", "/v3/command", { body: { name: "RssSync" }, key: readerKey })).status).toBe(403);
  });
});

interface ManualImportItem {
  id: number;
  path: string;
  relativePath: string;
  size: number;
  downloadId: string;
  quality: { quality: { name: string } };
  rejections: { reason: string }[];
}
interface History {
  id: number;
  movieId?: number;
  seriesId?: number;
  episodeId?: number;
  eventType: string;
  sourceTitle: string;
  downloadId: string | null;
  data: Record<string, string | null>;
}

describe("*arr manual import and history", () => {
  it("manualimport lists the finished download's video; the ManualImport command imports it into the movie", async () => {
    const items = await radarr.ok<ManualImportItem[]>(
      "GET",
      `/v3/manualimport?downloadId=${hashes[MOVIE_DONE].toUpperCase()}`,
      {
        documentPath: "/api/v3/manualimport",
      },
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      relativePath: `${MOVIE_DONE}.mkv`,
      downloadId: hashes[MOVIE_DONE].toUpperCase(),
      quality: { quality: { name: "Bluray-1080p" } },
      rejections: [],
      movie: { id: await arrIdOf("movie", movieId), title: "Fight Club" },
    });
    // The same candidates by folder, as Radarr's "Manual import" from a path.
    const byFolder = await radarr.ok<ManualImportItem[]>(
      "GET",
      `/v3/manualimport?folder=${encodeURIComponent(path.join(transmission.downloadsDir, MOVIE_DONE))}`,
      { documentPath: "/api/v3/manualimport" },
    );
    expect(byFolder.map((i) => i.path)).toEqual([items[0].path]);
    expect(
      await radarr.ok("GET", "/v3/manualimport?folder=/nowhere", { documentPath: "/api/v3/manualimport" }),
    ).toEqual([]);
    const reprocessed = await radarr.ok<ManualImportItem[]>("POST", "/v3/manualimport", {
      body: [{ id: 1, path: items[0].path, movieId: await arrIdOf("movie", movieId), downloadId: items[0].downloadId }],
    });
    expect(reprocessed[0].rejections).toEqual([]);

    const command = await radarr.ok<Command>("POST", "/v3/command", {
      body: {
        name: "ManualImport",
        importMode: "auto",
        files: [{ path: items[0].path, movieId: await arrIdOf("movie", movieId), downloadId: items[0].downloadId }],
      },
    });
    expect(command).toMatchObject({ name: "ManualImport", status: "completed" });
    const { moviesWithFiles } = await import("@/lib/library");
    expect((await moviesWithFiles(admin, [movieId])).has(movieId)).toBe(true);
    expect((await radarr.ok<Paging<QueueRecord>>("GET", "/v3/queue")).totalRecords).toBe(0);
  });

  it("history: Radarr's movie entries (grabbed, imported, ignored), filtered by event, download, movie and date", async () => {
    const movieArrId = await arrIdOf("movie", movieId);
    const page = await radarr.ok<Paging<History>>(
      "GET",
      "/v3/history?page=1&pageSize=20&sortKey=date&sortDirection=descending",
      {
        via: "query",
      },
    );
    const events = page.records.map((r) => `${r.sourceTitle}:${r.eventType}`);
    expect(events).toEqual(
      expect.arrayContaining([
        `${MOVIE_DONE}:grabbed`,
        `${MOVIE_DONE}:downloadFolderImported`,
        `${MOVIE_BUSY}:grabbed`,
        `${MOVIE_BUSY}:downloadIgnored`,
      ]),
    );
    expect(page.records.every((r) => r.movieId === movieArrId)).toBe(true);
    expect(events.some((e) => e.startsWith(EPISODES))).toBe(false);
    const grabbed = page.records.find((r) => r.sourceTitle === MOVIE_DONE && r.eventType === "grabbed")!;
    expect(grabbed).toMatchObject({ downloadId: hashes[MOVIE_DONE].toUpperCase(), data: { protocol: "2" } });

    const imports = await radarr.ok<Paging<History>>("GET", "/v3/history?eventType=3", {
      documentPath: "/api/v3/history",
    });
    expect(imports.records.map((r) => r.eventType)).toEqual(["downloadFolderImported"]);
    const ofDownload = await radarr.ok<Paging<History>>(
      "GET",
      `/v3/history?downloadId=${hashes[MOVIE_DONE].toUpperCase()}`,
      { documentPath: "/api/v3/history" },
    );
    expect(ofDownload.records.map((r) => r.eventType).sort()).toEqual(["downloadFolderImported", "grabbed"]);
    const paged = await radarr.ok<Paging<History>>("GET", "/v3/history?page=2&pageSize=1", {
      documentPath: "/api/v3/history",
    });
    expect(paged).toMatchObject({ totalRecords: page.totalRecords, records: [{ id: page.records[1].id }] });

    const movieHistory = await radarr.ok<History[]>("GET", `/v3/history/movie?movieId=${movieArrId}`, {
      documentPath: "/api/v3/history/movie",
    });
    expect(movieHistory.map((r) => r.id).sort()).toEqual(page.records.map((r) => r.id).sort());
    const grabs = await radarr.ok<History[]>("GET", `/v3/history/movie?movieId=${movieArrId}&eventType=grabbed`, {
      documentPath: "/api/v3/history/movie",
    });
    expect(grabs).toHaveLength(2);
    const since = await radarr.ok<History[]>(
      "GET",
      `/v3/history/since?date=${new Date(Date.now() - 3_600_000).toISOString()}`,
      {
        documentPath: "/api/v3/history/since",
      },
    );
    expect(since).toHaveLength(page.totalRecords);
    expect(
      await radarr.ok("GET", `/v3/history/since?date=${new Date(Date.now() + 3_600_000).toISOString()}`, {
        documentPath: "/api/v3/history/since",
      }),
    ).toEqual([]);
  });

  it("history: Sonarr's series entries, by series and by episode", async () => {
    const seriesArrId = await arrIdOf("series", seriesId);
    const page = await sonarr.ok<Paging<History>>("GET", "/v3/history");
    expect(page.records).toEqual([
      expect.objectContaining({
        sourceTitle: EPISODES,
        eventType: "grabbed",
        seriesId: seriesArrId,
        episodeId: await arrIdOf("episode", episodeIds[0]),
      }),
    ]);
    const embedded = await sonarr.ok<Paging<History & { series: { title: string }; episode: { title: string } }>>(
      "GET",
      "/v3/history?includeSeries=true&includeEpisode=true",
      { documentPath: "/api/v3/history" },
    );
    expect(embedded.records[0]).toMatchObject({ series: { title: "Game of Thrones" }, episode: { episodeNumber: 1 } });
    const ofSeries = await sonarr.ok<History[]>("GET", `/v3/history/series?seriesId=${seriesArrId}&seasonNumber=1`, {
      documentPath: "/api/v3/history/series",
    });
    expect(ofSeries).toHaveLength(1);
    const ofEpisode = await sonarr.ok<Paging<History>>(
      "GET",
      `/v3/history?episodeId=${await arrIdOf("episode", episodeIds[1])}`,
      { documentPath: "/api/v3/history" },
    );
    expect(ofEpisode.totalRecords).toBe(1);
    expect((await sonarr.call("GET", "/v3/history/movie?movieId=1")).status).toBe(404);
  });
});

describe("Unpackerr's flow through the Sonarr queue", () => {
  it("a RAR-only download is blocked with its reason; once extracted in place, Mydia imports it and it leaves the queue", async () => {
    const name = "Game.of.Thrones.S01E03.720p.HDTV.x264-RARGRP";
    const catalog = await import("@/lib/catalog");
    const [third] = (await catalog.listEpisodes(admin, seriesId)).filter(
      (e) => e.seasonNumber === 1 && e.episodeNumber === 3,
    );
    const torrent = seeder.seed(name, {
      "got-rargrp.rar": randomBytes(120_000),
      "got-rargrp.r00": randomBytes(90_000),
    });
    const { downloadId } = await downloads.grab(admin, {
      downloadUrl: torrent.url,
      title: name,
      protocol: "torrent",
      episodeIds: [third.id],
    });
    await until("the download finished", async () => {
      await downloads.monitorDownloads();
      return (await downloads.listQueue(admin)).find((q) => q.id === downloadId)?.status === "importing";
    });
    expect(await downloads.importDownload(downloadId)).toMatchObject({ needsExtraction: true });

    // What Unpackerr reads: a completed download, blocked, with the folder to extract in.
    const queued = async () =>
      (
        await sonarr.ok<Paging<QueueRecord & { statusMessages: { messages: string[] }[] }>>(
          "GET",
          "/v3/queue?page=1&pageSize=100",
          {
            via: "query",
            documentPath: "/api/v3/queue",
          },
        )
      ).records.find((r) => r.title === name);
    const blocked = (await queued())!;
    expect(blocked).toMatchObject({
      status: "completed",
      trackedDownloadState: "importBlocked",
      trackedDownloadStatus: "warning",
      protocol: "torrent",
      downloadId: torrent.infoHash.toUpperCase(),
      outputPath: path.join(transmission.downloadsDir, name),
    });
    expect(blocked.statusMessages[0].messages[0]).toMatch(/only RAR archives/);

    // Unpackerr extracts next to the archives, then Mydia's next check of the client sends the import.
    writeFileSync(path.join(blocked.outputPath!, `${name}.mkv`), randomBytes(150_000));
    await sonarr.ok("POST", "/v3/command", { body: { name: "RefreshMonitoredDownloads" } });
    await downloads.monitorDownloads();
    expect(await queued()).toMatchObject({ trackedDownloadState: "importing", trackedDownloadStatus: "ok" });
    // Sonarr's manual import sees the extracted file with the episode its name points to.
    const candidates = await sonarr.ok<
      { relativePath: string; seasonNumber: number; episodes: { episodeNumber: number }[]; series: { title: string } }[]
    >("GET", `/v3/manualimport?downloadId=${torrent.infoHash.toUpperCase()}`, { documentPath: "/api/v3/manualimport" });
    expect(candidates).toEqual([
      expect.objectContaining({
        relativePath: `${name}.mkv`,
        seasonNumber: 1,
        episodes: [expect.objectContaining({ episodeNumber: 3 })],
        series: expect.objectContaining({ title: "Game of Thrones" }),
      }),
    ]);
    expect(await downloads.importDownload(downloadId)).toMatchObject({ needsExtraction: false });
    expect(await queued()).toBeUndefined();
    const { episodesWithFiles } = await import("@/lib/library");
    expect((await episodesWithFiles(admin, [third.id])).has(third.id)).toBe(true);
    const since = await sonarr.ok<History[]>(
      "GET",
      `/v3/history/since?date=${new Date(Date.now() - 60_000).toISOString()}`,
      {
        documentPath: "/api/v3/history/since",
      },
    );
    expect(since.filter((h) => h.sourceTitle === name).map((h) => h.eventType)).toEqual([
      "grabbed",
      "downloadFolderImported",
    ]);
  });
});
