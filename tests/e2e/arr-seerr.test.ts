import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTorrentSeeder, type TorrentSeeder } from "../integration/downloads/seeded-torrents";
import { startApp, type RunningApp } from "../helpers/app-server";
import { seerrClientDir } from "../helpers/arr-shims/seerr-location";
import { logged } from "../helpers/arr-shims/seerr/logger";
import { clientRecordOf, startTransmission, type StartedDaemon } from "../helpers/daemons/clients";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { startReleaseIndexer, type ReleaseIndexer } from "../helpers/release-indexer";
import { until } from "../helpers/until";

/**
 * Seerr's own Radarr and Sonarr clients (loaded from ../shared/fixtures/arr-api, never copied in) against
 * the built app's /radarr and /sonarr personas: they request Fight Club and Game of Thrones season 1 the way
 * Seerr's request flow does (lookup, POST with search), read the queue, run their commands, and see both
 * available once Mydia's automation has searched a local Torznab indexer, a real Transmission has the data
 * and the worker has imported it.
 */
const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const GB = 1024 ** 3;
const MOVIE = "Fight.Club.1999.1080p.WEB-DL.DDP5.1.H.264-WEBGRP";
const PACK = "Game.of.Thrones.S01.1080p.WEB-DL.DDP5.1.H.264-PACK";

interface Tag {
  id: number;
  label: string;
}
interface ServarrClient {
  getSystemStatus(): Promise<{ version: string }>;
  getProfiles(): Promise<{ id: number; name: string }[]>;
  getRootFolders(): Promise<{ id: number; path: string }[]>;
  getTags(): Promise<Tag[]>;
  createTag(tag: { label: string }): Promise<Tag>;
  getQueue(): Promise<{ id: number; title: string; status: string; movieId?: number; seriesId?: number }[]>;
  refreshMonitoredDownloads(): Promise<void>;
}
interface RadarrClient extends ServarrClient {
  addMovie(options: Record<string, unknown>): Promise<{ id: number; hasFile: boolean; monitored: boolean }>;
  getMovie(options: { id: number }): Promise<{ id: number; hasFile: boolean; movieFile?: { relativePath?: string } }>;
  getMovies(): Promise<{ id: number; tmdbId: number }[]>;
  searchMovie(id: number): Promise<void>;
}
interface SonarrSeason {
  seasonNumber: number;
  monitored: boolean;
  statistics?: { episodeFileCount: number; totalEpisodeCount: number };
}
interface SonarrClient extends ServarrClient {
  addSeries(options: Record<string, unknown>): Promise<{ id?: number; seasons: SonarrSeason[] }>;
  getSeriesById(
    id: number,
  ): Promise<{ id?: number; seasons: SonarrSeason[]; statistics: { episodeFileCount: number } }>;
  getSeriesByTvdbId(id: number): Promise<{ id?: number; title: string; seasons: SonarrSeason[] }>;
  getEpisodes(seriesId: number): Promise<{ id: number; seasonNumber: number; monitored: boolean; hasFile: boolean }[]>;
  searchSeries(seriesId: number): Promise<void>;
}
type Constructor<T> = new (options: { url: string; apiKey: string }) => T;

describe.skipIf(!seerrClientDir)("Seerr's Radarr and Sonarr clients against Mydia", () => {
  let transmission: StartedDaemon;
  let seeder: TorrentSeeder;
  let fake: FakeTmdb;
  let indexer: ReleaseIndexer;
  let app: RunningApp;
  let key = "";
  let radarr: RadarrClient;
  let sonarr: SonarrClient;
  let movieId = 0;
  let seriesId = 0;
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-arr-seerr-"));

  /** The app's own CLI against its database (how an operator makes a user and a key). */
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, ["dist/bin/mydia.mjs", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(app.dataDir, "mydia.db")}`, DATA_DIR: app.dataDir },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`mydia ${args.join(" ")}: ${result.stderr}`);
    return result.stdout.trim().split("\n").at(-1)!;
  };

  const api = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${app.baseUrl}${url}`, {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  beforeAll(async () => {
    mkdirSync(path.join(media, "Movies"));
    mkdirSync(path.join(media, "TV"));
    transmission = await startTransmission();
    seeder = await startTorrentSeeder(transmission.downloadsDir);
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    indexer = await startReleaseIndexer("torrent", "seerr-key");
    const movie = seeder.seed(MOVIE, { [`${MOVIE}.mkv`]: Buffer.alloc(200_000, "fight ") });
    indexer.add({
      title: MOVIE,
      size: 8 * GB,
      category: 2040,
      file: Buffer.from(await (await fetch(movie.url)).arrayBuffer()),
    });
    const episodes = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => {
        const name = `Game.of.Thrones.S01E${String(i + 1).padStart(2, "0")}.1080p.WEB-DL.DDP5.1.H.264-PACK`;
        return [`${name}.mkv`, Buffer.alloc(60_000 + i * 1000, `${name} `)];
      }),
    );
    const pack = seeder.seed(PACK, episodes);
    indexer.add({
      title: PACK,
      size: 20 * GB,
      category: 5040,
      file: Buffer.from(await (await fetch(pack.url)).arrayBuffer()),
    });
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: `${media},${transmission.dir}`,
      },
    });
    cli("user", "create", "--username", "seerr-admin", "--password", "seerr admin password", "--role", "admin");
    key = cli("apikey", "create", "--user", "seerr-admin", "--name", "Seerr");
    // Mydia's own set-up through its REST API; the root folders through the *arr API, as a user of those apps would.
    await api("POST", "/api/v1/indexers", {
      kind: "torznab",
      name: "Local Torznab",
      baseUrl: indexer.url,
      apiKey: "seerr-key",
      timeoutMs: 3000,
    });
    await api("POST", "/api/v1/download-clients", clientRecordOf(transmission));
    await api("POST", "/radarr/api/v3/rootfolder", { path: path.join(media, "Movies") });
    await api("POST", "/sonarr/api/v3/rootfolder", { path: path.join(media, "TV") });
    const { default: RadarrAPI } = (await import(`${seerrClientDir}/servarr/radarr.ts`)) as {
      default: Constructor<RadarrClient>;
    };
    const { default: SonarrAPI } = (await import(`${seerrClientDir}/servarr/sonarr.ts`)) as {
      default: Constructor<SonarrClient>;
    };
    // Seerr's buildUrl: http(s)://host:port + the base URL entered in its settings + /api/v3.
    radarr = new RadarrAPI({ url: `${app.baseUrl}/radarr/api/v3`, apiKey: key });
    sonarr = new SonarrAPI({ url: `${app.baseUrl}/sonarr/api/v3`, apiKey: key });
  });

  afterAll(async () => {
    await app?.stop();
    await fake?.stop();
    await indexer?.close();
    await seeder?.close();
    await transmission?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("passes Seerr's connection test: status, profiles, root folders, tags", async () => {
    expect((await sonarr.getSystemStatus()).version.split(".")[0]).toBe("4");
    expect(Number((await radarr.getSystemStatus()).version.split(".")[0])).toBeGreaterThanOrEqual(5);
    for (const client of [radarr, sonarr]) {
      expect((await client.getProfiles()).length).toBeGreaterThan(0);
      expect(await client.getRootFolders()).toHaveLength(1);
    }
    const tag = await radarr.createTag({ label: "1 - seerr-admin" });
    expect(await sonarr.getTags()).toContainEqual(tag);
  });

  it("requests Fight Club and Game of Thrones season 1 the way Seerr's request flow does", async () => {
    const [profile] = await radarr.getProfiles();
    const [movieRoot] = await radarr.getRootFolders();
    const [tag] = await radarr.getTags();
    const movie = await radarr.addMovie({
      title: "Fight Club",
      qualityProfileId: profile.id,
      profileId: profile.id,
      minimumAvailability: "released",
      tags: [tag.id],
      year: 1999,
      rootFolderPath: movieRoot.path,
      tmdbId: 550,
      monitored: true,
      searchNow: true,
    });
    movieId = movie.id;
    expect(movie).toMatchObject({ monitored: true });
    expect((await radarr.getMovies()).map((m) => m.tmdbId)).toEqual([550]);

    const [tvProfile] = await sonarr.getProfiles();
    const [tvRoot] = await sonarr.getRootFolders();
    const series = await sonarr.addSeries({
      tvdbid: 121361,
      title: "Game of Thrones",
      profileId: tvProfile.id,
      seasons: [1],
      seasonFolder: true,
      rootFolderPath: tvRoot.path,
      tags: [tag.id],
      seriesType: "standard",
      monitored: true,
      monitorNewItems: "none",
      searchNow: true,
    });
    seriesId = series.id!;
    expect(series.seasons.find((s) => s.seasonNumber === 1)?.monitored).toBe(true);
    expect(series.seasons.filter((s) => s.seasonNumber > 1).every((s) => !s.monitored)).toBe(true);
    // What Seerr does next for an existing series: re-monitor the requested seasons' episodes.
    const episodes = await sonarr.getEpisodes(seriesId);
    expect(episodes.filter((e) => e.seasonNumber === 1 && e.monitored)).toHaveLength(10);
    expect(logged.filter((l) => l.level === "error")).toEqual([]);
  });

  it("runs its commands, reads the queue, and sees both available after the download and import", async () => {
    await radarr.searchMovie(movieId);
    await sonarr.searchSeries(seriesId);
    const queued = new Set<string>();
    await until(
      "Fight Club has its file and season 1 its ten episodes",
      async () => {
        for (const record of [...(await radarr.getQueue()), ...(await sonarr.getQueue())]) queued.add(record.title);
        const movie = await radarr.getMovie({ id: movieId });
        const series = await sonarr.getSeriesById(seriesId);
        const season = series.seasons.find((s) => s.seasonNumber === 1)?.statistics;
        if (movie.hasFile && season?.episodeFileCount === season?.totalEpisodeCount) return true;
        await radarr.refreshMonitoredDownloads();
        await sonarr.refreshMonitoredDownloads();
        return false;
      },
      90_000,
      1000,
    );
    const movie = await radarr.getMovie({ id: movieId });
    expect(movie.movieFile?.relativePath).toContain("WEBDL-1080p");
    const series = await sonarr.getSeriesById(seriesId);
    expect(series.seasons.find((s) => s.seasonNumber === 1)?.statistics).toMatchObject({
      episodeFileCount: 10,
      totalEpisodeCount: 10,
    });
    expect(series.statistics.episodeFileCount).toBe(10);
    // Both grabs went through the queue Seerr reads (each seen there at least once while downloading or importing).
    expect([...queued].sort()).toEqual([MOVIE, PACK].sort());
    expect(logged.filter((l) => l.level === "error")).toEqual([]);
  });
});
