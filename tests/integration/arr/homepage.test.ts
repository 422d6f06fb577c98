import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import type { Persona } from "@/lib/arr";
import { db, tables } from "@/lib/db";
import { arrClient } from "@/tests/helpers/arr-client";
import { arrReferenceDir, arrResponseErrors } from "@/tests/helpers/arr-reference";
import genericProxyHandler, { widgetUrl, type Widget } from "@/tests/helpers/arr-shims/generic";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { until } from "@/tests/helpers/until";
import { startTorrentSeeder, type TorrentSeeder } from "../downloads/seeded-torrents";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

// Homepage's widget files import these; the shims are ours (tests/helpers/arr-shims), for this file only.
vi.mock("utils/proxy/api-helpers", () => import("@/tests/helpers/arr-shims/api-helpers"));
vi.mock("utils/proxy/handlers/generic", () => import("@/tests/helpers/arr-shims/generic"));

/**
 * Homepage's Radarr and Sonarr widgets, their own mapping code loaded from the reference folder
 * (never copied here), run against Mydia's personas with `?apikey=` as Homepage sends it: each
 * mapping gives the counts of what was seeded. The calendar integrations' fields are checked too.
 */
const widgetsDir = arrReferenceDir && path.join(arrReferenceDir, "clients/homepage/src/widgets");
const present = !!widgetsDir && existsSync(path.join(widgetsDir, "radarr/widget.js"));
if (!present) console.warn("homepage.test: Homepage's widget files not found; the widget runs are skipped");

const DONE = "Fight.Club.1999.1080p.BluRay.x264-GRP";
const BUSY = "Available.Movie.2001.1080p.WEB-DL.x264-GRP";
const EPISODE = "Game.of.Thrones.S01E01.720p.HDTV.x264-GRP";

let transmission: StartedDaemon;
let seeder: TorrentSeeder;
let fake: FakeTmdb;
let base = "";
let key = "";
let seriesId = "";
let fightClubId = "";

async function widget(persona: Persona): Promise<Widget> {
  return ((await import(/* @vite-ignore */ path.join(widgetsDir!, `${persona}/widget.js`))) as { default: Widget })
    .default;
}

/** One mapping as Homepage runs it: its URL (api template, endpoint, params, ?apikey=), the raw body, then map(). */
async function run(persona: Persona, mappingName: string, params: Record<string, string> = {}) {
  const definition = await widget(persona);
  const mapping = definition.mappings[mappingName];
  const url = widgetUrl(definition, mapping, { url: `http://127.0.0.1/${persona}`, key }, params);
  const client = arrClient(persona, () => key);
  const answer = await genericProxyHandler(url, async (target) => {
    const after = target.pathname.replace(`/${persona}/api`, "");
    const query = new URLSearchParams(target.search);
    query.delete("apikey");
    const called = await client.call("GET", `${after}${query.size ? `?${query}` : ""}`, {
      via: "query",
      key: target.searchParams.get("apikey")!,
    });
    expect(arrResponseErrors(persona, "GET", `/api/v3/${mapping.endpoint}`, called.status, called.body)).toEqual([]);
    return { status: called.status, body: Buffer.from(JSON.stringify(called.body ?? null)) };
  });
  expect(answer.status, `${persona} ${mappingName}`).toBe(200);
  // Homepage's validate: the named fields must be in the answer.
  const json = JSON.parse(answer.body.toString()) as Record<string, unknown>;
  for (const field of mapping.validate ?? []) expect(json, `${mappingName} ${field}`).toHaveProperty(field);
  return { json, mapped: mapping.map ? mapping.map(answer.body) : json };
}

beforeAll(async () => {
  transmission = await startTransmission();
  seeder = await startTorrentSeeder(transmission.downloadsDir);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("arr-homepage", [transmission.dir]);
  const downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  mkdirSync(path.join(base, "tv"));
  const movies = await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") });
  await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv") });
  const fightClub = await catalog.addMovie(admin, { tmdbId: 550, libraryId: movies.id }, library.resolveLibrary);
  fightClubId = fightClub.id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, monitor: "all" }, library.resolveLibrary)).id;
  // Three more movies: released and wanted; announced (missing, not yet available); not monitored.
  const now = new Date();
  const movie = (tmdbId: number, title: string, status: "released" | "announced", monitored: boolean) => ({
    tmdbId,
    title,
    sortTitle: title.toLowerCase(),
    year: 2001,
    status,
    monitored,
    genres: [],
    minimumAvailability: "released" as const,
    libraryId: movies.id,
    qualityProfileId: fightClub.qualityProfileId,
    addedAt: now,
    updatedAt: now,
  });
  const [available] = await db()
    .insert(tables.movies)
    .values([
      movie(900_001, "Available Movie", "released", true),
      movie(900_002, "Announced Movie", "announced", true),
      movie(900_003, "Unmonitored Movie", "released", false),
    ])
    .returning({ id: tables.movies.id });
  await downloads.createDownloadClientRecord(admin, clientRecordOf(transmission));

  const grab = async (name: string, placed: boolean, target: { movieId: string } | { episodeIds: string[] }) => {
    const torrent = seeder.seed(name, { [`${name}.mkv`]: randomBytes(150_000) }, { placed });
    return (await downloads.grab(admin, { downloadUrl: torrent.url, title: name, protocol: "torrent", ...target }))
      .downloadId;
  };
  // Fight Club is downloaded and imported: it has a file.
  const done = await grab(DONE, true, { movieId: fightClub.id });
  await until("the download finished", async () => {
    await downloads.monitorDownloads();
    return (await downloads.listQueue(admin)).find((q) => q.id === done)?.status === "importing";
  });
  await downloads.importDownload(done);
  // One movie download and one episode download are still busy.
  await grab(BUSY, false, { movieId: available.id });
  const [first] = (await catalog.listEpisodes(admin, seriesId)).filter(
    (e) => e.seasonNumber === 1 && e.episodeNumber === 1,
  );
  await grab(EPISODE, false, { episodeIds: [first.id] });

  const owner = await createUserAsOperator({ username: "homepage", password: "homepage password 1", role: "readonly" });
  key = (await createApiKeyForUser(owner.id, "homepage")).key;
}, 120_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await seeder?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe.skipIf(!present)("Homepage's Radarr widget against Mydia (a read-only key, ?apikey=)", () => {
  it("movie: wanted, have and missing as seeded", async () => {
    const { mapped } = await run("radarr", "movie");
    expect(mapped).toMatchObject({ wanted: 1, have: 1, missing: 2 });
    expect((mapped as { all: { title: string }[] }).all.map((m) => m.title).sort()).toEqual([
      "Announced Movie",
      "Available Movie",
      "Fight Club",
      "Unmonitored Movie",
    ]);
  });

  it("queue/status and queue/details: the one busy movie download", async () => {
    const { json } = await run("radarr", "queue/status");
    expect(json).toMatchObject({ totalCount: 1 });
    const { mapped } = await run("radarr", "queue/details");
    expect(mapped).toEqual([
      expect.objectContaining({ trackedDownloadState: "downloading", trackedDownloadStatus: "ok", status: "queued" }),
    ]);
    const [entry] = mapped as { size: number; sizeLeft: number; movieId: number }[];
    expect(entry.sizeLeft).toBe(entry.size);
    expect(entry.movieId).toBeGreaterThan(0);
  });

  it("calendar: the fields the calendar integration reads", async () => {
    const catalog = await import("@/lib/catalog");
    const movie = await catalog.getMovie(admin, fightClubId);
    const at = new Date(movie.inCinemasAt ?? movie.digitalReleaseAt ?? movie.physicalReleaseAt!);
    const day = (n: number) => new Date(at.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const { json } = await run("radarr", "calendar", { start: day(-1), end: day(1), unmonitored: "false" });
    const events = json as unknown as Record<string, unknown>[];
    expect(events).toHaveLength(1);
    // radarr.jsx: title, titleSlug, inCinemas / physicalRelease / digitalRelease, hasFile.
    expect(events[0]).toMatchObject({ title: "Fight Club", hasFile: true });
    expect(events[0].titleSlug).toEqual(expect.any(String));
    const source = readFileSync(path.join(widgetsDir!, "calendar/integrations/radarr.jsx"), "utf8");
    for (const field of ["inCinemas", "physicalRelease", "digitalRelease", "titleSlug", "hasFile"]) {
      expect(source).toContain(`event.${field}`);
      expect(events[0]).toHaveProperty(field);
    }
  });
});

describe.skipIf(!present)("Homepage's Sonarr widget against Mydia", () => {
  it("series, queue, wanted/missing and queue/details", async () => {
    const { mapped: series } = await run("sonarr", "series");
    expect(series).toEqual([expect.objectContaining({ title: "Game of Thrones" })]);
    const { json: queue } = await run("sonarr", "queue");
    expect(queue).toMatchObject({ totalRecords: 1 });
    const { json: missing } = await run("sonarr", "wanted/missing");
    const { wantedMissing } = await import("@/lib/automation");
    const expected = (await wantedMissing(admin, { kind: "episode", pageSize: 1 })).total;
    expect(expected).toBeGreaterThan(0);
    expect(missing).toMatchObject({ totalRecords: expected });
    const { mapped: details } = await run("sonarr", "queue/details");
    expect(details).toEqual([
      expect.objectContaining({
        trackedDownloadState: "downloading",
        seriesId: expect.any(Number),
        episodeId: expect.any(Number),
        episodeTitle: expect.any(String),
      }),
    ]);
  });

  it("calendar: the episodes airing in the window, with their series (sonarr.jsx's fields)", async () => {
    const catalog = await import("@/lib/catalog");
    const [first] = (await catalog.listEpisodes(admin, seriesId)).filter(
      (e) => e.seasonNumber === 1 && e.episodeNumber === 1,
    );
    const at = new Date(first.airDateUtc!);
    const iso = (n: number) => new Date(at.getTime() + n * 3_600_000).toISOString();
    const { json } = await run("sonarr", "calendar", {
      start: iso(-1),
      end: iso(1),
      unmonitored: "false",
      includeSeries: "true",
      includeEpisodeFile: "false",
      includeEpisodeImages: "false",
    });
    const events = json as unknown as {
      series: { title: string; titleSlug: string };
      seasonNumber: number;
      episodeNumber: number;
      airDateUtc: string;
      hasFile: boolean;
    }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      series: { title: "Game of Thrones" },
      seasonNumber: 1,
      episodeNumber: 1,
      hasFile: false,
    });
    expect(new Date(events[0].airDateUtc).getTime()).toBe(at.getTime());
    expect(events[0].series.titleSlug).toEqual(expect.any(String));
    const source = readFileSync(path.join(widgetsDir!, "calendar/integrations/sonarr.jsx"), "utf8");
    for (const field of ["series.title", "seasonNumber", "episodeNumber", "airDateUtc", "hasFile", "series.titleSlug"])
      expect(source).toContain(`event.${field}`);
  });
});
