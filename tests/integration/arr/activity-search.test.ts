import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { arrIdOf } from "@/lib/arr/ids";
import { getConfig } from "@/lib/config";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { arrClient } from "@/tests/helpers/arr-client";
import { startReleaseIndexer, type ReleaseIndexer } from "@/tests/helpers/release-indexer";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * Interactive search and grab (release), calendar, wanted and disk space through the *arr
 * personas: a local Torznab indexer, a real Transmission, both dialects, every answer checked
 * against Radarr's and Sonarr's documents.
 */
const API_KEY = "arr-search-indexer-key-0123";
const MOVIE_RELEASE = "Fight.Club.1999.1080p.BluRay.x264-GRP";
const SEASON_RELEASE = "Game.of.Thrones.S01.720p.HDTV.x264-GRP";

let transmission: StartedDaemon;
let fake: FakeTmdb;
let indexer: ReleaseIndexer;
let base = "";
let moviesPath = "";
let adminKey = "";
let userKey = "";
let readerKey = "";
const radarr = arrClient("radarr", () => adminKey);
const sonarr = arrClient("sonarr", () => adminKey);
let movieId = "";
let seriesId = "";
let indexerId = "";
let downloads: typeof import("@/lib/downloads");

function torrentOf(name: string): { data: Buffer; infoHash: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-arr-release-"));
  const file = path.join(scratch, `${name}.mkv`);
  writeFileSync(file, randomBytes(50_000));
  const torrent = makeTorrent(file);
  rmSync(scratch, { recursive: true, force: true });
  return torrent;
}

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("arr-search", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createIndexer } = await import("@/lib/indexers");
  moviesPath = path.join(base, "movies");
  mkdirSync(moviesPath);
  mkdirSync(path.join(base, "tv"));
  const movies = await library.createLibrary(admin, { name: "Movies", kind: "movie", path: moviesPath });
  await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") });
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: movies.id }, library.resolveLibrary)).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, monitor: "all" }, library.resolveLibrary)).id;
  indexer = await startReleaseIndexer("torrent", API_KEY);
  for (const [title, category] of [
    [MOVIE_RELEASE, 2000],
    [SEASON_RELEASE, 5000],
  ] as const) {
    const torrent = torrentOf(title);
    indexer.add({ title, file: torrent.data, infoHash: torrent.infoHash, category });
  }
  indexerId = (
    await createIndexer(admin, { kind: "torznab", name: "Local Torznab", baseUrl: indexer.url, apiKey: API_KEY })
  ).id;
  await downloads.createDownloadClientRecord(admin, clientRecordOf(transmission));
  const keyOf = async (role: "admin" | "user" | "readonly") => {
    const owner = await createUserAsOperator({ username: `arr-${role}`, password: `arr ${role} password 1`, role });
    return (await createApiKeyForUser(owner.id, "arr")).key;
  };
  adminKey = await keyOf("admin");
  userKey = await keyOf("user");
  readerKey = await keyOf("readonly");
}, 120_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await indexer?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

interface Release {
  guid: string;
  title: string;
  indexerId: number;
  indexer: string;
  approved: boolean;
  rejected: boolean;
  rejections: string[];
  protocol: string;
  seeders: number | null;
  leechers: number | null;
  downloadUrl: string | null;
  mappedMovieId?: number | null;
  mappedSeriesId?: number | null;
  seasonNumber?: number;
  fullSeason?: boolean;
  quality: { quality: { name: string } };
}

describe("*arr release: interactive search and grab", () => {
  it("Radarr: the movie's results, judged, with no link that carries the indexer's key", async () => {
    const movieArrId = await arrIdOf("movie", movieId);
    const releases = await radarr.ok<Release[]>("GET", `/v3/release?movieId=${movieArrId}`, { via: "query" });
    // The local indexer answers every query with all it has: the movie's release is among them.
    const release = releases.find((r) => r.title === MOVIE_RELEASE)!;
    expect(release).toMatchObject({
      title: MOVIE_RELEASE,
      indexer: "Local Torznab",
      indexerId: await arrIdOf("indexer", indexerId),
      protocol: "torrent",
      seeders: 12,
      leechers: 2,
      mappedMovieId: movieArrId,
      downloadUrl: null,
      quality: { quality: { name: "Bluray-1080p" } },
    });
    // A release of a few KB breaks the size rule: rejected, and the reason is given.
    expect(release).toMatchObject({ approved: false, rejected: true });
    expect(release.rejections.length).toBeGreaterThan(0);
    expect(JSON.stringify(releases)).not.toContain(API_KEY);
    expect((await radarr.call("GET", `/v3/release?movieId=${movieArrId}`, { key: readerKey })).status).toBe(403);
  });

  it("Radarr: grabbing a rejected release is a 409 unless the client overrides it; then it is in the queue", async () => {
    const movieArrId = await arrIdOf("movie", movieId);
    const release = (await radarr.ok<Release[]>("GET", `/v3/release?movieId=${movieArrId}`)).find(
      (r) => r.title === MOVIE_RELEASE,
    )!;
    const refused = await radarr.call("POST", "/v3/release", {
      body: { guid: release.guid, indexerId: release.indexerId },
      key: userKey,
    });
    expect(refused.status).toBe(409);
    await radarr.ok("POST", "/v3/release", {
      body: { ...release, shouldOverride: true },
      key: userKey,
    });
    const queue = await radarr.ok<{ records: { title: string; movieId: number }[] }>("GET", "/v3/queue");
    expect(queue.records).toEqual([expect.objectContaining({ title: MOVIE_RELEASE, movieId: movieArrId })]);
    expect((await radarr.call("POST", "/v3/release", { body: { guid: "not-ours", indexerId: 1 } })).status).toBe(400);
  });

  it("Sonarr: a season's results; a grab by guid and indexerId alone (as LunaSea sends it)", async () => {
    const seriesArrId = await arrIdOf("series", seriesId);
    const releases = await sonarr.ok<Release[]>("GET", `/v3/release?seriesId=${seriesArrId}&seasonNumber=1`, {
      documentPath: "/api/v3/release",
    });
    const season = releases.find((r) => r.title === SEASON_RELEASE)!;
    expect(season).toEqual(
      expect.objectContaining({
        title: SEASON_RELEASE,
        mappedSeriesId: seriesArrId,
        seasonNumber: 1,
        fullSeason: true,
        quality: expect.objectContaining({
          quality: expect.objectContaining({ name: "HDTV-720p", source: "television" }),
        }),
      }),
    );
    await sonarr.ok("POST", "/v3/release", {
      body: { guid: season.guid, indexerId: season.indexerId, shouldOverride: true },
    });
    const queue = await sonarr.ok<{ totalRecords: number; records: { seriesId: number; seasonNumber: number }[] }>(
      "GET",
      "/v3/queue?pageSize=100",
      { documentPath: "/api/v3/queue" },
    );
    // The season pack counts one record per episode of season 1.
    expect(queue.totalRecords).toBeGreaterThan(1);
    expect(queue.records.every((r) => r.seriesId === seriesArrId && r.seasonNumber === 1)).toBe(true);
    // LunaSea's "remove all": every record of the pack in one call; the download leaves once.
    const ids = (queue.records as unknown as { id: number }[]).map((r) => r.id);
    await sonarr.ok("DELETE", "/v3/queue/bulk?removeFromClient=true&blocklist=false", { body: { ids } });
    expect(
      (await sonarr.ok<{ totalRecords: number }>("GET", "/v3/queue", { documentPath: "/api/v3/queue" })).totalRecords,
    ).toBe(0);
  });
});

interface Movie {
  id: number;
  title: string;
  hasFile: boolean;
  monitored: boolean;
  inCinemas?: string | null;
  digitalRelease?: string | null;
  physicalRelease?: string | null;
  titleSlug: string;
}

describe("*arr calendar, wanted and disk space", () => {
  it("Radarr calendar: movies with a release in the window, with the fields Homepage's calendar reads", async () => {
    const catalog = await import("@/lib/catalog");
    const movie = await catalog.getMovie(admin, movieId);
    const released = new Date(movie.inCinemasAt ?? movie.digitalReleaseAt ?? movie.physicalReleaseAt!);
    const around = (days: number) => new Date(released.getTime() + days * 86_400_000).toISOString();
    const found = await radarr.ok<Movie[]>(
      "GET",
      `/v3/calendar?start=${around(-1)}&end=${around(1)}&unmonitored=false`,
      { via: "query", documentPath: "/api/v3/calendar" },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: await arrIdOf("movie", movieId), title: "Fight Club", hasFile: false });
    expect(found[0].titleSlug).toBeTruthy();
    const dates = [found[0].inCinemas, found[0].digitalRelease, found[0].physicalRelease].filter(Boolean);
    expect(dates.some((d) => Math.abs(new Date(d!).getTime() - released.getTime()) < 86_400_000)).toBe(true);
    const elsewhere = await radarr.ok<Movie[]>("GET", `/v3/calendar?start=${around(-30)}&end=${around(-20)}`, {
      documentPath: "/api/v3/calendar",
    });
    expect(elsewhere).toEqual([]);
    expect((await radarr.call("GET", `/v3/calendar?start=${around(1)}&end=${around(-1)}`)).status).toBe(400);
  });

  it("Radarr wanted/missing and wanted/cutoff page Mydia's Wanted lists as movies", async () => {
    const missing = await radarr.ok<{ totalRecords: number; records: Movie[] }>(
      "GET",
      "/v3/wanted/missing?page=1&pageSize=20&sortKey=movieMetadata.sortTitle&sortDirection=ascending&monitored=true",
      { documentPath: "/api/v3/wanted/missing" },
    );
    expect(missing.totalRecords).toBe(1);
    expect(missing.records).toEqual([
      expect.objectContaining({ title: "Fight Club", monitored: true, hasFile: false }),
    ]);
    const cutoff = await radarr.ok<{ totalRecords: number }>("GET", "/v3/wanted/cutoff", {
      documentPath: "/api/v3/wanted/cutoff",
    });
    expect(cutoff.totalRecords).toBe(0);
  });

  it("Sonarr wanted/missing and wanted/cutoff page Mydia's Wanted lists as episodes, with their series", async () => {
    const { wantedMissing } = await import("@/lib/automation");
    const expected = await wantedMissing(admin, { kind: "episode", page: 1, pageSize: 5 });
    const missing = await sonarr.ok<{
      totalRecords: number;
      records: { id: number; series: { title: string }; hasFile: boolean }[];
    }>("GET", "/v3/wanted/missing?page=1&pageSize=5&includeSeries=true&monitored=true", {
      documentPath: "/api/v3/wanted/missing",
    });
    expect(missing.totalRecords).toBe(expected.total);
    expect(missing.records.map((r) => r.id)).toEqual(
      await Promise.all(expected.items.map((item) => arrIdOf("episode", item.id))),
    );
    expect(missing.records.every((r) => r.series.title === "Game of Thrones" && !r.hasFile)).toBe(true);
    const cutoff = await sonarr.ok<{ totalRecords: number }>("GET", "/v3/wanted/cutoff?includeSeries=true", {
      documentPath: "/api/v3/wanted/cutoff",
    });
    expect(cutoff.totalRecords).toBe(0);
  });

  it("diskspace: each library folder of the persona's kind and Mydia's data folder", async () => {
    const spaces = await radarr.ok<{ path: string; label: string; freeSpace: number; totalSpace: number }[]>(
      "GET",
      "/v3/diskspace",
      { via: "query" },
    );
    expect(spaces.map((s) => s.path)).toEqual([moviesPath, getConfig().dataDir]);
    expect(spaces[0]).toMatchObject({ label: "Movies" });
    for (const space of spaces) {
      expect(space.totalSpace).toBeGreaterThan(0);
      expect(space.freeSpace).toBeLessThanOrEqual(space.totalSpace);
    }
    const tv = await sonarr.ok<{ path: string }[]>("GET", "/v3/diskspace");
    expect(tv.map((s) => s.path)).toEqual([path.join(base, "tv"), getConfig().dataDir]);
  });
});
