import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { arrIdOf } from "@/lib/arr/ids";
import { arrClient } from "@/tests/helpers/arr-client";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb, writeFiles } from "../library/helpers";

/** Sonarr's series, episode and episodefile endpoints as Seerr and the phone apps call them, checked against Sonarr's document. */
let fake: FakeTmdb;
let base = "";
let adminKey = "";
const sonarr = arrClient("sonarr", () => adminKey);
let library: typeof import("@/lib/library");
let catalog: typeof import("@/lib/catalog");
let tvRoot = "";

interface SeasonStatistics {
  episodeFileCount: number;
  episodeCount: number;
  totalEpisodeCount: number;
  sizeOnDisk: number;
  percentOfEpisodes: number;
}
interface Series {
  id?: number;
  tvdbId: number;
  tmdbId: number;
  title: string;
  monitored: boolean;
  path: string | null;
  rootFolderPath: string | null;
  qualityProfileId: number;
  tags: number[];
  seriesType: string;
  monitorNewItems: string;
  seasons: { seasonNumber: number; monitored: boolean; statistics: SeasonStatistics }[];
  statistics: SeasonStatistics & { seasonCount: number };
}
interface Episode {
  id: number;
  seriesId: number;
  seasonNumber: number;
  episodeNumber: number;
  monitored: boolean;
  hasFile: boolean;
  episodeFileId: number;
  episodeFile?: { id: number; relativePath: string; quality: { quality: { name: string } } };
}

beforeAll(async () => {
  fake = await useFakeTmdb();
  base = await useAllowedRoot("arr-series");
  library = await import("@/lib/library");
  catalog = await import("@/lib/catalog");
  tvRoot = path.join(base, "TV");
  mkdirSync(tvRoot);
  await library.createLibrary(admin, { name: "TV", kind: "tv", path: tvRoot });
  const user = await createUserAsOperator({ username: "arr-admin", password: "arr admin password", role: "admin" });
  adminKey = (await createApiKeyForUser(user.id, "arr")).key;
});
afterAll(async () => {
  await fake?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe("Sonarr persona: series, episodes, episode files", () => {
  let added: Series;
  let tagId = 0;

  it("looks Game of Thrones up by tvdb: (TMDB's find), tmdb:, imdb: and text", async () => {
    const [byTvdb] = await sonarr.ok<Series[]>("GET", "/v3/series/lookup?term=tvdb:121361", { via: "query" });
    expect(byTvdb).toMatchObject({ tvdbId: 121361, tmdbId: 1399, title: "Game of Thrones", monitored: false });
    expect(byTvdb.id).toBeUndefined();
    expect(byTvdb.seasons.map((s) => s.seasonNumber)).toContain(1);
    expect(fake.paths()).toContain("find/121361");
    const [byTmdb] = await sonarr.ok<Series[]>("GET", "/v3/series/lookup?term=tmdb:1399");
    expect(byTmdb.tvdbId).toBe(121361);
    const [byImdb] = await sonarr.ok<Series[]>("GET", "/v3/series/lookup?term=imdb:tt0944947");
    expect(byImdb.tmdbId).toBe(1399);
    expect(await sonarr.ok("GET", "/v3/series/lookup?term=tvdb:1")).toEqual([]);
    const byText = await sonarr.ok<Series[]>("GET", "/v3/series/lookup?term=breaking");
    expect(byText.length).toBeGreaterThan(0);
  });

  it("adds it Seerr's way: tvdbId, only the requested season monitored, searchForMissingEpisodes", async () => {
    tagId = (await sonarr.ok<{ id: number }>("POST", "/v3/tag", { body: { label: "2 - bob" } })).id;
    const [lookup] = await sonarr.ok<Series[]>("GET", "/v3/series/lookup?term=tvdb:121361");
    const profiles = await (await import("@/lib/quality")).listQualityProfiles(admin);
    const profileId = await arrIdOf("qualityprofile", profiles[0].id);
    added = await sonarr.ok<Series>("POST", "/v3/series", {
      via: "query",
      body: {
        tvdbId: 121361,
        title: lookup.title,
        qualityProfileId: profileId,
        languageProfileId: 1,
        seasons: lookup.seasons.map((s) => ({ seasonNumber: s.seasonNumber, monitored: s.seasonNumber === 1 })),
        tags: [tagId],
        seasonFolder: true,
        monitored: true,
        monitorNewItems: "none",
        rootFolderPath: tvRoot,
        seriesType: "standard",
        addOptions: { ignoreEpisodesWithFiles: true, searchForMissingEpisodes: true },
      },
    });
    expect(added).toMatchObject({
      tvdbId: 121361,
      tmdbId: 1399,
      monitored: true,
      monitorNewItems: "none",
      rootFolderPath: tvRoot,
      qualityProfileId: profileId,
      tags: [tagId],
    });
    expect(added.id).toBeGreaterThan(0);
    expect(added.seasons.find((s) => s.seasonNumber === 1)).toMatchObject({
      monitored: true,
      statistics: { totalEpisodeCount: 10, episodeFileCount: 0 },
    });
    expect(added.seasons.filter((s) => s.seasonNumber !== 1).every((s) => !s.monitored)).toBe(true);
    const [series] = await catalog.allSeries(admin, { tvdbId: 121361 });
    expect(series.tags).toEqual(["2 - bob"]);
    // searchForMissingEpisodes: the series' search is queued for the worker.
    const { pendingJobFor } = await import("@/lib/jobs");
    expect(await pendingJobFor("automation.search", { seriesId: series.id, trigger: "user" })).not.toBeNull();
    const again = await sonarr.call("POST", "/v3/series", { body: { tvdbId: 121361 } });
    expect(again.status).toBe(409);
    expect((await sonarr.call("POST", "/v3/series", { body: { tvdbId: 1 } })).status).toBe(400);
  });

  it("lists (?tvdbId=), reads by id, and the lookup carries the id", async () => {
    const all = await sonarr.ok<Series[]>("GET", "/v3/series");
    expect(all.map((s) => s.id)).toEqual([added.id]);
    expect(await sonarr.ok("GET", "/v3/series?tvdbId=121361")).toHaveLength(1);
    expect(await sonarr.ok("GET", "/v3/series?tvdbId=5")).toEqual([]);
    expect(await sonarr.ok("GET", `/v3/series/${added.id}`, { documentPath: "/api/v3/series/{id}" })).toEqual(added);
    const [lookup] = await sonarr.ok<Series[]>("GET", "/v3/series/lookup?term=tvdb:121361");
    expect(lookup.id).toBe(added.id);
  });

  it("lists episodes by series and season, reads one, monitors them (PUT episode, episode/monitor)", async () => {
    const episodes = await sonarr.ok<Episode[]>("GET", `/v3/episode?seriesId=${added.id}`, { via: "query" });
    const first = episodes.filter((e) => e.seasonNumber === 1);
    expect(first).toHaveLength(10);
    expect(first.every((e) => e.monitored && !e.hasFile)).toBe(true);
    expect(await sonarr.ok("GET", `/v3/episode?seriesId=${added.id}&seasonNumber=1`)).toHaveLength(10);
    const [pilot] = first;
    expect(await sonarr.ok("GET", `/v3/episode/${pilot.id}`, { documentPath: "/api/v3/episode/{id}" })).toMatchObject({
      id: pilot.id,
      seasonNumber: 1,
      episodeNumber: 1,
    });
    const changed = await sonarr.ok<Episode>("PUT", `/v3/episode/${pilot.id}`, {
      body: { ...pilot, monitored: false },
      documentPath: "/api/v3/episode/{id}",
    });
    expect(changed.monitored).toBe(false);
    await sonarr.ok("PUT", "/v3/episode/monitor", { body: { episodeIds: [pilot.id, first[1].id], monitored: true } });
    const picked = await sonarr.ok<Episode[]>("GET", `/v3/episode?episodeIds=${pilot.id},${first[1].id}`);
    expect(picked.map((e) => e.monitored)).toEqual([true, true]);
    expect((await sonarr.call("GET", "/v3/episode/999999")).status).toBe(404);
  });

  it("counts files per season and series once an episode is in the library; episodefile endpoints", async () => {
    writeFiles(tvRoot, {
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E01 - Winter Is Coming WEBDL-1080p.mkv":
        "x".repeat(4096),
    });
    const libraryId = (await library.listLibraries(admin)).find((l) => l.path === tvRoot)!.id;
    await library.scanLibrary(libraryId, { progressIntervalMs: 0 });
    const series = await sonarr.ok<Series>("GET", `/v3/series/${added.id}`, { documentPath: "/api/v3/series/{id}" });
    expect(series.seasons.find((s) => s.seasonNumber === 1)?.statistics).toMatchObject({
      episodeFileCount: 1,
      totalEpisodeCount: 10,
      sizeOnDisk: 4096,
    });
    expect(series.statistics).toMatchObject({ episodeFileCount: 1, sizeOnDisk: 4096 });
    const episodes = await sonarr.ok<Episode[]>("GET", `/v3/episode?seriesId=${added.id}&includeEpisodeFile=true`);
    const pilot = episodes.find((e) => e.seasonNumber === 1 && e.episodeNumber === 1)!;
    expect(pilot).toMatchObject({ hasFile: true });
    expect(pilot.episodeFile).toMatchObject({
      id: pilot.episodeFileId,
      relativePath: "Season 01/Game of Thrones - S01E01 - Winter Is Coming WEBDL-1080p.mkv",
      quality: { quality: { name: "WEBDL-1080p" } },
    });
    const files = await sonarr.ok<{ id: number; seasonNumber: number }[]>(
      "GET",
      `/v3/episodefile?seriesId=${added.id}`,
    );
    expect(files).toEqual([expect.objectContaining({ id: pilot.episodeFileId, seasonNumber: 1 })]);
    expect(
      await sonarr.ok("GET", `/v3/episodefile/${pilot.episodeFileId}`, { documentPath: "/api/v3/episodefile/{id}" }),
    ).toEqual(files[0]);
    expect(await sonarr.ok("GET", `/v3/episode?episodeFileId=${pilot.episodeFileId}`)).toHaveLength(1);
    await sonarr.ok("DELETE", `/v3/episodefile/${pilot.episodeFileId}`, { documentPath: "/api/v3/episodefile/{id}" });
    expect(await sonarr.ok("GET", `/v3/episodefile?seriesId=${added.id}`)).toEqual([]);
  });

  it("takes the whole resource back with PUT, seasons' flags included (Seerr's PUT /series)", async () => {
    const current = await sonarr.ok<Series>("GET", `/v3/series/${added.id}`, { documentPath: "/api/v3/series/{id}" });
    const updated = await sonarr.ok<Series>("PUT", "/v3/series", {
      body: {
        ...current,
        monitorNewItems: "all",
        seasons: current.seasons.map((s) => ({ ...s, monitored: s.seasonNumber === 1 ? false : s.monitored })),
      },
      documentPath: "/api/v3/series/{id}",
    });
    expect(updated.monitorNewItems).toBe("all");
    expect(updated.seasons.find((s) => s.seasonNumber === 1)?.monitored).toBe(false);
    const episodes = await sonarr.ok<Episode[]>("GET", `/v3/episode?seriesId=${added.id}&seasonNumber=1`);
    expect(episodes.every((e) => !e.monitored)).toBe(true);
    const back = await sonarr.ok<Series>("PUT", `/v3/series/${added.id}`, {
      body: { ...updated, seasons: updated.seasons.map((s) => ({ ...s, monitored: s.seasonNumber === 1 })) },
      documentPath: "/api/v3/series/{id}",
    });
    expect(back.seasons.find((s) => s.seasonNumber === 1)?.monitored).toBe(true);
  });

  it("tag/detail lists the series carrying each tag; series/editor edits; DELETE removes with exclusion", async () => {
    const details = await sonarr.ok<{ id: number; seriesIds: number[] }[]>("GET", "/v3/tag/detail");
    expect(details.find((d) => d.id === tagId)?.seriesIds).toEqual([added.id]);
    await sonarr.ok("PUT", "/v3/series/editor", {
      body: { seriesIds: [added.id], monitored: false, seriesType: "anime", tags: [], applyTags: "replace" },
    });
    expect(
      await sonarr.ok<Series>("GET", `/v3/series/${added.id}`, { documentPath: "/api/v3/series/{id}" }),
    ).toMatchObject({ monitored: false, seriesType: "anime", tags: [] });
    await sonarr.ok("DELETE", `/v3/series/${added.id}?deleteFiles=true&addImportListExclusion=false`, {
      documentPath: "/api/v3/series/{id}",
    });
    expect(await sonarr.ok("GET", "/v3/series")).toEqual([]);
    const readded = await sonarr.ok<Series>("POST", "/v3/series", { body: { tvdbId: 121361, rootFolderPath: tvRoot } });
    expect(readded.id).not.toBe(added.id);
    await sonarr.ok("DELETE", "/v3/series/editor", {
      body: { seriesIds: [readded.id], deleteFiles: true, addImportListExclusion: true },
    });
    expect(await sonarr.ok("GET", "/v3/series")).toEqual([]);
    expect((await catalog.listImportExclusions(admin)).map((e) => e.tmdbId)).toContain(1399);
    expect((await sonarr.call("DELETE", "/v3/series/editor", { body: { seriesIds: [added.id] } })).status).toBe(404);
    expect((await sonarr.call("GET", `/v3/series/${added.id}`)).status).toBe(404);
  });
});
