import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as grabRoute from "@/app/api/v1/releases/grab/route";
import * as releasesRoute from "@/app/api/v1/releases/route";
import * as targetRoute from "@/app/api/v1/releases/[id]/target/route";
import type { InteractiveRelease, InteractiveSearchResult, ReleaseTarget } from "@/lib/automation";
import type { Episode } from "@/lib/catalog";
import { db, tables } from "@/lib/db";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { startReleaseIndexer, type ReleaseIndexer } from "@/tests/helpers/release-indexer";
import { until } from "@/tests/helpers/until";
import { startTorrentSeeder, type TorrentSeeder } from "../downloads/seeded-torrents";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * Manual grabs for TV, through the REST API: interactive search for a series, a season and an
 * episode (judged by the series' profile), free-text results whose target the server proposes,
 * and a grab by seriesId that takes the episodes from the release name, so a season pack from
 * the season view is grabbed for the whole season and imported episode by episode. Real
 * Transmission, a local Torznab indexer, the replayed TMDB (Game of Thrones, Fight Club).
 */
const SHOW = "Game.of.Thrones";

let transmission: StartedDaemon;
let fake: FakeTmdb;
let indexer: ReleaseIndexer;
let seeder: TorrentSeeder;
let base = "";
let seriesId = "";
let movieId = "";
let userKey = "";
let season1: Episode[] = [];
let downloads: typeof import("@/lib/downloads");

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call<T>(handler: Handler, method: string, url: string, body?: unknown, params = {}) {
  const response = await handler(
    new Request(`http://localhost${url}`, {
      method,
      headers: { "x-api-key": userKey, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: (await response.json()) as T & { error?: { message: string } } };
}

const search = async (query: Record<string, string | number>) => {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const answer = await call<InteractiveSearchResult>(releasesRoute.GET, "GET", `/api/v1/releases?${qs}`);
  expect(answer.status).toBe(200);
  return answer.body;
};
const find = (result: InteractiveSearchResult, title: string): InteractiveRelease => {
  const release = result.releases.find((r) => r.title === title);
  if (!release) throw new Error(`${title} not among ${result.releases.map((r) => r.title).join(", ")}`);
  return release;
};
const grab = (body: Record<string, unknown>) =>
  call<{ downloadId: string }>(grabRoute.POST, "POST", "/api/v1/releases/grab", body);
const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];
const episode = (n: number) => season1.find((e) => e.episodeNumber === n)!;

/** A release the indexer lists, its .torrent from the seeder (the data already in Transmission's folder). */
async function list(title: string, files: Record<string, Buffer>): Promise<void> {
  const seeded = seeder.seed(title, files);
  const bytes = Buffer.from(await (await fetch(seeded.url)).arrayBuffer());
  indexer.add({ title, file: bytes });
}

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("tv-grab", [transmission.dir]);
  seeder = await startTorrentSeeder(transmission.downloadsDir);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createIndexer } = await import("@/lib/indexers");
  mkdirSync(path.join(base, "tv"));
  mkdirSync(path.join(base, "movies"));
  const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") })).id;
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, library.resolveLibrary)).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, library.resolveLibrary)).id;
  season1 = (await catalog.getSeriesDetail(admin, seriesId)).seasons.find((s) => s.seasonNumber === 1)!.episodes;
  indexer = await startReleaseIndexer("torrent", "tv-key");
  await createIndexer(admin, {
    kind: "torznab",
    name: "Local Torznab",
    baseUrl: indexer.url,
    apiKey: "tv-key",
    timeoutMs: 5000,
  });
  await downloads.createDownloadClientRecord(admin, clientRecordOf(transmission));
  const u = await createUserAsOperator({ username: "tv-user", password: "correct horse battery", role: "user" });
  userKey = (await createApiKeyForUser(u.id, "tests")).key;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await seeder?.close();
  await indexer?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("interactive search for an episode, a season and a series", () => {
  it("judges an episode's releases and grabs one by seriesId for the episode its name gives", async () => {
    const title = `${SHOW}.S01E03.1080p.WEB-DL.x264-EPI`;
    await list(title, { [`${title}.mkv`]: Buffer.alloc(120_000, "episode three ") });
    const result = await search({ episodeId: episode(3).id });
    const release = find(result, title);
    const verdict = result.decisions?.find((d) => d.releaseId === release.id);
    expect(verdict).toMatchObject({ episodes: [{ season: 1, episode: 3 }], episodeIds: [episode(3).id] });
    // A few hundred KB for an hour of TV: the size rule says no, and the grab needs the user's confirmation.
    expect(verdict!.accepted).toBe(false);
    const refused = await grab({ releaseId: release.id, seriesId });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/was rejected: .*Confirm to grab it anyway/);

    const answer = await grab({ releaseId: release.id, seriesId, overrideRejection: true });
    expect(answer.status).toBe(201);
    expect(await downloadRow(answer.body.downloadId)).toMatchObject({
      seriesId,
      movieId: null,
      episodeIds: [episode(3).id],
      overrideRejection: true,
    });
  });

  it("grabs a season pack from the season's search for the whole season and imports it episode by episode", async () => {
    const title = `${SHOW}.S01.1080p.BluRay.x264-PACK`;
    await list(title, {
      [`${SHOW}.S01E01.1080p.BluRay.x264-PACK.mkv`]: Buffer.alloc(150_000, "pack one "),
      [`${SHOW}.S01E02.1080p.BluRay.x264-PACK.mkv`]: Buffer.alloc(160_000, "pack two "),
    });
    const result = await search({ seriesId, seasonNumber: 1 });
    const release = find(result, title);
    expect(release.parsed).toMatchObject({ kind: "season-pack", season: 1, fullSeason: true });
    const verdict = result.decisions?.find((d) => d.releaseId === release.id);
    expect([...verdict!.episodeIds].sort()).toEqual(season1.map((e) => e.id).sort());

    const answer = await grab({ releaseId: release.id, seriesId, overrideRejection: true });
    expect(answer.status).toBe(201);
    const row = await downloadRow(answer.body.downloadId);
    expect([...row.episodeIds].sort()).toEqual(season1.map((e) => e.id).sort());
    expect(season1.length).toBeGreaterThan(2);

    await until("the pack is complete", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(row.id)).status === "importing";
    });
    const imported = await downloads.importDownload(row.id);
    expect(imported.imported.sort()).toEqual([
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E01 - Winter Is Coming [Bluray-1080p]-PACK.mkv",
      "Game of Thrones (2011) {tvdb-121361}/Season 01/Game of Thrones - S01E02 - The Kingsroad [Bluray-1080p]-PACK.mkv",
    ]);
  });

  it("searches the whole series, judged by its profile", async () => {
    const title = `${SHOW}.S02E01.720p.HDTV.x264-WHOLE`;
    await list(title, { [`${title}.mkv`]: Buffer.alloc(100_000, "s2 ") });
    const result = await search({ seriesId });
    const release = find(result, title);
    expect(result.decisions?.some((d) => d.releaseId === release.id)).toBe(true);
  });
});

describe("free-text results: the server proposes what a release is for", () => {
  it("names the series and the episodes a release covers, and the grab takes them", async () => {
    const title = `${SHOW}.S01E05.720p.HDTV.x264-FREE`;
    await list(title, { [`${title}.mkv`]: Buffer.alloc(100_000, "free five ") });
    const result = await search({ q: "Game of Thrones FREE" });
    expect(result.decisions).toBeNull();
    const release = find(result, title);
    const target = await call<ReleaseTarget>(
      targetRoute.GET,
      "GET",
      `/api/v1/releases/${release.id}/target`,
      undefined,
      { id: release.id },
    );
    expect(target.status).toBe(200);
    expect(target.body).toEqual({
      releaseId: release.id,
      title,
      kind: "series",
      movieId: null,
      seriesId,
      item: { id: seriesId, title: "Game of Thrones", year: 2011 },
      episodeIds: [episode(5).id],
      season: 1,
      rejections: [expect.stringMatching(/smaller than the HDTV-720p minimum/)],
    });
    const answer = await grab({ releaseId: release.id, episodeIds: target.body.episodeIds, overrideRejection: true });
    expect(answer.status).toBe(201);
    expect((await downloadRow(answer.body.downloadId)).episodeIds).toEqual([episode(5).id]);
  });

  it("names the movie a release is for", async () => {
    const title = "Fight.Club.1999.1080p.BluRay.x264-FREE";
    await list(title, { [`${title}.mkv`]: Buffer.alloc(100_000, "fight ") });
    const release = find(await search({ q: "Fight Club FREE" }), title);
    const target = await call<ReleaseTarget>(
      targetRoute.GET,
      "GET",
      `/api/v1/releases/${release.id}/target`,
      undefined,
      {
        id: release.id,
      },
    );
    expect(target.body).toMatchObject({
      kind: "movie",
      movieId,
      seriesId: null,
      item: { id: movieId, title: "Fight Club", year: 1999 },
      episodeIds: [],
    });
    // The user picks the series instead: the name gives no episode of it, so none are proposed.
    const other = await call<ReleaseTarget>(
      targetRoute.GET,
      "GET",
      `/api/v1/releases/${release.id}/target?seriesId=${seriesId}`,
      undefined,
      { id: release.id },
    );
    expect(other.body).toMatchObject({ kind: "series", seriesId, episodeIds: [], rejections: [] });
    const missing = await call(
      targetRoute.GET,
      "GET",
      `/api/v1/releases/${release.id}/target?movieId=nope`,
      undefined,
      {
        id: release.id,
      },
    );
    expect(missing.status).toBe(404);
  });

  it("refuses a grab by seriesId when the name gives no episode, and takes chosen episodes instead", async () => {
    const title = `${SHOW}.Behind.The.Scenes.1080p.WEB-DL.x264-NOEP`;
    await list(title, { [`${title}.mkv`]: Buffer.alloc(100_000, "extras ") });
    const release = find(await search({ q: "Game of Thrones NOEP" }), title);
    const refused = await grab({ releaseId: release.id, seriesId, overrideRejection: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/does not say which episodes of the series it holds: choose them/);
    const chosen = await grab({
      releaseId: release.id,
      seriesId,
      episodeIds: [episode(7).id],
      overrideRejection: true,
    });
    expect(chosen.status).toBe(201);
    expect((await downloadRow(chosen.body.downloadId)).episodeIds).toEqual([episode(7).id]);
  });
});
