import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as automationRoute from "@/app/api/v1/settings/automation/route";
import * as metadataRoute from "@/app/api/v1/settings/metadata/route";
import * as librariesRoute from "@/app/api/v1/libraries/route";
import * as libraryRoute from "@/app/api/v1/libraries/[id]/route";
import * as profilesRoute from "@/app/api/v1/quality-profiles/route";
import * as profileRoute from "@/app/api/v1/quality-profiles/[id]/route";
import * as formatsRoute from "@/app/api/v1/custom-formats/route";
import * as formatRoute from "@/app/api/v1/custom-formats/[id]/route";
import * as releaseProfilesRoute from "@/app/api/v1/release-profiles/route";
import * as releaseProfileRoute from "@/app/api/v1/release-profiles/[id]/route";
import * as delayProfilesRoute from "@/app/api/v1/delay-profiles/route";
import * as delayProfileRoute from "@/app/api/v1/delay-profiles/[id]/route";
import * as clientsRoute from "@/app/api/v1/download-clients/route";
import * as clientRoute from "@/app/api/v1/download-clients/[id]/route";
import * as indexersRoute from "@/app/api/v1/indexers/route";
import * as indexerRoute from "@/app/api/v1/indexers/[id]/route";
import * as mappingsRoute from "@/app/api/v1/path-mappings/route";
import * as mappingRoute from "@/app/api/v1/path-mappings/[id]/route";
import * as moviesRoute from "@/app/api/v1/movies/route";
import * as movieRoute from "@/app/api/v1/movies/[id]/route";
import * as seriesListRoute from "@/app/api/v1/series/route";
import * as seriesRoute from "@/app/api/v1/series/[id]/route";
import * as episodesRoute from "@/app/api/v1/series/[id]/episodes/route";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * Rule for every update (issue 12.1): an update changes exactly the fields it names. For each
 * resource: every field is set to a value that is not its default, one field is changed with PATCH,
 * and everything else must read back unchanged; then the GET body is sent back to PUT with one
 * field changed (read-modify-write), and a body whose id is not the path's is refused.
 */
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, unknown>;
let key = "";
let base = "";
let fake: FakeTmdb;

async function call(handler: Handler, method: string, body?: unknown, params: Record<string, string> = {}) {
  const response = await handler(
    new Request("http://localhost/api/v1/x", {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve(params) },
  );
  const json = (await response.json()) as Json;
  return { status: response.status, body: json };
}
async function ok(handler: Handler, method: string, body?: unknown, params: Record<string, string> = {}) {
  const result = await call(handler, method, body, params);
  expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
  return result.body;
}

/** Fields that change by themselves (timestamps, free space) are left out of the comparison. */
const volatile = new Set(["updatedAt", "space", "refreshedAt"]);
const stable = (body: Json): Json => Object.fromEntries(Object.entries(body).filter(([k]) => !volatile.has(k)));

interface Resource {
  get: Handler;
  put: Handler;
  patch: Handler;
  id?: string;
}

/** PATCH one field, PUT the GET body back with another field changed, and refuse a wrong id. */
async function expectOnlyNamedFieldsChange(r: Resource, one: Json, other: Json) {
  const params: Record<string, string> = r.id ? { id: r.id } : {};
  const before = await ok(r.get, "GET", undefined, params);
  await ok(r.patch, "PATCH", one, params);
  const afterPatch = await ok(r.get, "GET", undefined, params);
  expect(stable(afterPatch)).toEqual(stable({ ...before, ...one }));

  const afterPut = await ok(r.put, "PUT", { ...afterPatch, ...other }, params);
  expect(stable(afterPut)).toEqual(stable({ ...afterPatch, ...other }));
  expect(stable(await ok(r.get, "GET", undefined, params))).toEqual(stable({ ...afterPatch, ...other }));

  if (r.id) {
    const wrongId = await call(r.put, "PUT", { ...afterPut, id: "someone-else" }, params);
    expect(wrongId.status).toBe(400);
    expect(wrongId.body).toMatchObject({
      error: { code: "validation_failed", message: expect.stringMatching(/^ID must be the one in the path/) },
    });
  }
  const unknownKey = await call(r.patch, "PATCH", { noSuchField: 1 }, params);
  expect(unknownKey.status).toBe(400);
}

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "patcher", password: "correct horse battery", role: "admin" });
  key = (await createApiKeyForUser(admin.id, "tests")).key;
  base = await useAllowedRoot("partial-updates");
  for (const folder of ["movies", "movies2", "tv", "downloads"]) mkdirSync(path.join(base, folder));
  fake = await useFakeTmdb();
});
afterAll(async () => {
  await fake?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe("an update changes exactly the fields it names", () => {
  let movieLibraryId = "";

  it("libraries: name, profile, import mode, monitorNew, schedule, recycle days and naming templates", async () => {
    const created = await ok(librariesRoute.POST, "POST", {
      name: "Films",
      kind: "movie",
      path: path.join(base, "movies"),
      qualityProfileId: "hd-1080p",
      importMode: "copy",
      monitorNew: true,
      scanIntervalHours: 48,
      recycleDays: 30,
      naming: { renameFiles: false, movieFolder: "{Movie Title}", colonReplacement: "dash" },
    });
    movieLibraryId = created.id as string;
    const resource = { get: libraryRoute.GET, put: libraryRoute.PUT, patch: libraryRoute.PATCH, id: movieLibraryId };
    await expectOnlyNamedFieldsChange(resource, { name: "Movies" }, { recycleDays: 3 });
    const naming = (await ok(libraryRoute.GET, "GET", undefined, { id: movieLibraryId })).naming as Json;
    await ok(
      libraryRoute.PATCH,
      "PATCH",
      { naming: { movieFile: "{Movie Title} {Quality Full}" } },
      { id: movieLibraryId },
    );
    const after = await ok(libraryRoute.GET, "GET", undefined, { id: movieLibraryId });
    expect(after.naming).toEqual({ ...naming, movieFile: "{Movie Title} {Quality Full}" });
    expect(after).toMatchObject({
      qualityProfileId: "hd-1080p",
      importMode: "copy",
      monitorNew: true,
      scanIntervalHours: 48,
      recycleDays: 3,
    });
  });

  it("automation settings", async () => {
    const all = {
      rssIntervalMinutes: 30,
      missingSearchBudget: 5,
      cutoffSearchBudget: 6,
      retentionDays: 1000,
      minimumAgeMinutes: 7,
      minimumFreeSpaceMb: 2048,
      propersAndRepacks: "do-not-prefer",
    };
    expect(await ok(automationRoute.PUT, "PUT", all)).toEqual(all);
    expect(await ok(automationRoute.PUT, "PUT", { missingSearchBudget: 9 })).toEqual({
      ...all,
      missingSearchBudget: 9,
    });
    await expectOnlyNamedFieldsChange(
      { get: automationRoute.GET, put: automationRoute.PUT, patch: automationRoute.PATCH },
      { cutoffSearchBudget: 1 },
      { rssIntervalMinutes: 0 },
    );
  });

  it("metadata settings: the TMDB key is write-only and kept when other fields change", async () => {
    const saved = await ok(metadataRoute.PUT, "PUT", {
      source: "tmdb",
      apiKey: "fedcba9876543210fedcba9876543210",
      language: "de-DE",
      relayUrl: "https://relay.example.com",
    });
    expect(saved).toMatchObject({ source: "tmdb", apiKeySet: true, readTokenSet: false, language: "de-DE" });
    expect(JSON.stringify(saved)).not.toContain("fedcba98");
    await expectOnlyNamedFieldsChange(
      { get: metadataRoute.GET, put: metadataRoute.PUT, patch: metadataRoute.PATCH },
      { language: "fr-FR" },
      { relayUrl: "https://other.example.com" },
    );
    expect(await ok(metadataRoute.GET, "GET")).toMatchObject({ apiKeySet: true, language: "fr-FR" });
    expect(await ok(metadataRoute.PATCH, "PATCH", { apiKey: "" })).toMatchObject({ apiKeySet: false });
    expect((await call(metadataRoute.PATCH, "PATCH", { language: "German" })).status).toBe(400);
  });

  it("quality profiles", async () => {
    const hd = await ok(profileRoute.GET, "GET", undefined, { id: "hd-1080p" });
    const { id: _id, ...fields } = hd;
    const created = await ok(profilesRoute.POST, "POST", {
      ...fields,
      name: "Mine",
      upgradeAllowed: false,
      minFormatScore: 5,
      cutoffFormatScore: 50,
      minUpgradeFormatScore: 3,
      language: "de",
    });
    await expectOnlyNamedFieldsChange(
      { get: profileRoute.GET, put: profileRoute.PUT, patch: profileRoute.PATCH, id: created.id as string },
      { name: "Mine renamed" },
      { minFormatScore: 7 },
    );
  });

  it("custom formats", async () => {
    const created = await ok(formatsRoute.POST, "POST", {
      name: "x265",
      includeWhenRenaming: true,
      conditions: [{ type: "releaseTitle", pattern: "x265", name: "x265", negate: false, required: true }],
    });
    await expectOnlyNamedFieldsChange(
      { get: formatRoute.GET, put: formatRoute.PUT, patch: formatRoute.PATCH, id: created.id as string },
      { name: "HEVC" },
      { conditions: [{ type: "releaseTitle", pattern: "hevc", name: "hevc", negate: true, required: false }] },
    );
  });

  it("release profiles", async () => {
    const created = await ok(releaseProfilesRoute.POST, "POST", {
      name: "No CAM",
      enabled: false,
      required: ["1080p"],
      ignored: ["CAM"],
      tags: ["kids"],
    });
    await expectOnlyNamedFieldsChange(
      {
        get: releaseProfileRoute.GET,
        put: releaseProfileRoute.PUT,
        patch: releaseProfileRoute.PATCH,
        id: created.id as string,
      },
      { ignored: ["CAM", "TS"] },
      { name: "No CAM or TS" },
    );
  });

  it("delay profiles", async () => {
    const created = await ok(delayProfilesRoute.POST, "POST", {
      enableUsenet: false,
      preferredProtocol: "torrent",
      usenetDelayMinutes: 30,
      torrentDelayMinutes: 60,
      bypassIfHighestQuality: false,
      bypassIfAboveFormatScore: true,
      minimumFormatScore: 100,
      tags: ["anime"],
    });
    await expectOnlyNamedFieldsChange(
      {
        get: delayProfileRoute.GET,
        put: delayProfileRoute.PUT,
        patch: delayProfileRoute.PATCH,
        id: created.id as string,
      },
      { torrentDelayMinutes: 120 },
      { minimumFormatScore: 5 },
    );
  });

  it("download clients", async () => {
    const created = await ok(clientsRoute.POST, "POST", {
      kind: "transmission",
      name: "Box",
      enabled: false,
      host: "127.0.0.1",
      port: 9999,
      useTls: true,
      urlBase: "/tr",
      username: "me",
      password: "secret",
      movieCategory: "films",
      tvCategory: "shows",
      priority: 7,
      removeCompleted: false,
      removeFailed: false,
      timeoutMs: 30_000,
      seedRatioLimit: 2,
      seedTimeMinutes: 600,
      stalledAfterMinutes: 15,
    });
    await expectOnlyNamedFieldsChange(
      { get: clientRoute.GET, put: clientRoute.PUT, patch: clientRoute.PATCH, id: created.id as string },
      { name: "Box 2" },
      { priority: 3 },
    );
    expect((await ok(clientRoute.GET, "GET", undefined, { id: created.id as string })).secretsSet).toEqual([
      "password",
    ]);
  });

  it("indexers", async () => {
    const created = await ok(indexersRoute.POST, "POST", {
      kind: "torznab",
      name: "Tracker",
      baseUrl: "http://127.0.0.1:9/api",
      apiPath: "/torznab",
      apiKey: "k",
      enableRss: false,
      enableAutomatic: false,
      priority: 9,
      categories: [2000, 5000],
      minimumSeeders: 4,
      tags: ["4k"],
      requestsPerMinute: 10,
      requestsPerDay: 500,
      timeoutMs: 45_000,
    });
    await expectOnlyNamedFieldsChange(
      { get: indexerRoute.GET, put: indexerRoute.PUT, patch: indexerRoute.PATCH, id: created.id as string },
      { priority: 2 },
      { name: "Tracker 2" },
    );
  });

  it("path mappings", async () => {
    const created = await ok(mappingsRoute.POST, "POST", {
      remotePath: "/remote/downloads",
      localPath: path.join(base, "downloads"),
    });
    const id = created.id as string;
    const patched = await ok(mappingRoute.PATCH, "PATCH", { remotePath: "/srv/downloads" }, { id });
    expect(patched).toEqual({ id, remotePath: "/srv/downloads", localPath: path.join(base, "downloads") });
    expect(await ok(mappingRoute.PUT, "PUT", { ...patched, remotePath: "/nas/downloads" }, { id })).toEqual({
      ...patched,
      remotePath: "/nas/downloads",
    });
  });

  it("movies", async () => {
    const movie = await ok(moviesRoute.POST, "POST", {
      tmdbId: 550,
      libraryId: movieLibraryId,
      qualityProfileId: "hd-1080p",
      monitored: false,
      minimumAvailability: "announced",
    });
    await expectOnlyNamedFieldsChange(
      { get: movieRoute.GET, put: movieRoute.PUT, patch: movieRoute.PATCH, id: movie.id as string },
      { monitored: true },
      { qualityProfileId: "sd" },
    );
  });

  it("series: the GET body sent back keeps the episodes' own monitoring", async () => {
    await ok(librariesRoute.POST, "POST", { name: "TV", kind: "tv", path: path.join(base, "tv") });
    const series = await ok(seriesListRoute.POST, "POST", {
      tmdbId: 1399,
      monitor: "firstSeason",
      monitorNewSeasons: false,
      seriesType: "anime",
      qualityProfileId: "hd-720p",
    });
    const id = series.id as string;
    await expectOnlyNamedFieldsChange(
      { get: seriesRoute.GET, put: seriesRoute.PUT, patch: seriesRoute.PATCH, id },
      { monitored: false },
      { airTime: "21:00" },
    );
    const monitoredEpisodes = async () =>
      ((await ok(episodesRoute.GET, "GET", undefined, { id })).items as { monitored: boolean }[]).filter(
        (e) => e.monitored,
      ).length;
    const before = await monitoredEpisodes();
    expect(before).toBeGreaterThan(0);
    await ok(seriesRoute.PUT, "PUT", await ok(seriesRoute.GET, "GET", undefined, { id }), { id });
    expect(await monitoredEpisodes()).toBe(before);
  });
});

describe("quality definitions", () => {
  it("the GET list is accepted back by PUT and PATCH; only the listed qualities change", async () => {
    const definitions = await import("@/app/api/v1/quality-definitions/route");
    const list = (await ok(definitions.GET, "GET")) as unknown as Json[];
    const changed = list.map((d) => (d.name === "Bluray-1080p" ? { ...d, maxSize: 300 } : d));
    await ok(definitions.PUT, "PUT", changed);
    await ok(definitions.PATCH, "PATCH", [
      { qualityId: list[0].qualityId, minSize: 1, preferredSize: null, maxSize: null },
    ]);
    const after = (await ok(definitions.GET, "GET")) as unknown as Json[];
    expect(after).toEqual(
      changed.map((d) =>
        d.qualityId === list[0].qualityId ? { ...d, minSize: 1, preferredSize: null, maxSize: null } : d,
      ),
    );
  });
});

describe("episodes", () => {
  it("PATCH takes an episode as the series' episode list returns it", async () => {
    const seriesList = (await ok(seriesListRoute.GET, "GET")).items as Json[];
    const id = seriesList[0].id as string;
    const [first] = (await ok(episodesRoute.GET, "GET", undefined, { id })).items as Json[];
    const episodeRoute = await import("@/app/api/v1/episodes/[id]/route");
    const patched = await ok(
      episodeRoute.PATCH,
      "PATCH",
      { ...first, monitored: !first.monitored },
      {
        id: first.id as string,
      },
    );
    expect(stable(patched)).toEqual(stable({ ...first, monitored: !first.monitored }));
  });
});
