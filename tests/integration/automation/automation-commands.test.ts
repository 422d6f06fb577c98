import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import * as commandsRoute from "@/app/api/v1/commands/route";
import * as settingsRoute from "@/app/api/v1/settings/automation/route";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import { startFakeServer, type FakeServer } from "@/tests/helpers/fake-indexer";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/**
 * Commands and scheduled searches with a real Transmission: the commands API and its role checks,
 * automation settings, a series search that takes the season pack over single episodes, and the
 * missing search's budget and per-item back-off.
 */
const GB = 1024 ** 3;
const PACK = "Game.of.Thrones.S01.1080p.BluRay.x264-PACKGRP";
const SINGLE = "Game.of.Thrones.S01E01.1080p.BluRay.x264-ONEGRP";

let transmission: StartedDaemon;
let fake: FakeTmdb;
let indexer: FakeServer;
let base = "";
let seriesId = "";
let movieId = "";
let userKey = "";
let readerKey = "";
let adminKey = "";
const torrents = new Map<string, Buffer>();
let automation: typeof import("@/lib/automation");

function torrentFor(title: string): Buffer {
  let data = torrents.get(title);
  if (!data) {
    const scratch = mkdtempSync(path.join(tmpdir(), "mydia-cmd-"));
    writeFileSync(path.join(scratch, `${title}.mkv`), randomBytes(50_000));
    data = makeTorrent(path.join(scratch, `${title}.mkv`)).data;
    rmSync(scratch, { recursive: true, force: true });
    torrents.set(title, data);
  }
  return data;
}

/** TV searches answer with a season pack and a single episode; movie searches with nothing. */
function feed(t: string | null): string {
  const titles = t === "tvsearch" || t === "search" ? [SINGLE, PACK] : [];
  const items = titles.map(
    (
      title,
    ) => `<item><title>${title}</title><guid>guid-${title}</guid><link>${indexer.url}/get/${title}.torrent</link><size>${title === PACK ? 40 * GB : 4 * GB}</size>
<pubDate>Mon, 02 Nov 2026 10:00:00 +0000</pubDate><torznab:attr name="seeders" value="50"/><torznab:attr name="category" value="5040"/></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><title>fake</title>${items.join("")}</channel></rss>`;
}
const caps = `<?xml version="1.0" encoding="UTF-8"?><caps><searching><search available="yes" supportedParams="q"/><movie-search available="yes" supportedParams="q,imdbid,tmdbid"/><tv-search available="yes" supportedParams="q,season,ep"/></searching><categories><category id="2000" name="Movies"/><category id="5000" name="TV"/></categories></caps>`;

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: Handler, key: string, init: { method?: string; body?: unknown } = {}) =>
  handler(
    new Request("http://localhost/api/v1/x", {
      method: init.method ?? "GET",
      headers: { "x-api-key": key, "content-type": "application/json" },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    }),
    { params: Promise.resolve({}) },
  );
const run = async (now = Date.now()) => ({
  now,
  settings: await automation.readAutomationSettings(),
  indexers: await automation.indexerStates(),
});

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("automation-commands", [transmission.dir]);
  indexer = await startFakeServer((r) => {
    if (r.url.pathname.startsWith("/get/"))
      return {
        headers: { "content-type": "application/x-bittorrent" },
        body: torrentFor(r.url.pathname.slice(5).replace(/\.torrent$/, "")),
      };
    const t = r.url.searchParams.get("t");
    return { headers: { "content-type": "application/rss+xml" }, body: t === "caps" ? caps : feed(t) };
  }, 300_000);
  automation = await import("@/lib/automation");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createIndexer } = await import("@/lib/indexers");
  const downloads = await import("@/lib/downloads");
  mkdirSync(path.join(base, "tv"));
  mkdirSync(path.join(base, "movies"));
  await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv"), monitorNew: false });
  await library.createLibrary(admin, {
    name: "Movies",
    kind: "movie",
    path: path.join(base, "movies"),
    monitorNew: false,
  });
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, qualityProfileId: "hd-1080p" }, resolveLibrary)).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, qualityProfileId: "hd-1080p" }, resolveLibrary)).id;
  await createIndexer(admin, {
    kind: "torznab",
    name: "Local Torznab",
    baseUrl: indexer.url,
    apiKey: "k",
    timeoutMs: 3000,
  });
  await downloads.createDownloadClientRecord(admin, {
    ...clientRecordOf(transmission),
  });
  const operator = await createUserAsOperator({
    username: "cmd-user",
    password: "correct horse battery",
    role: "user",
  });
  const viewer = await createUserAsOperator({
    username: "cmd-viewer",
    password: "correct horse battery",
    role: "readonly",
  });
  const boss = await createUserAsOperator({ username: "cmd-admin", password: "correct horse battery", role: "admin" });
  userKey = (await createApiKeyForUser(operator.id, "tests")).key;
  readerKey = (await createApiKeyForUser(viewer.id, "tests")).key;
  adminKey = (await createApiKeyForUser(boss.id, "tests")).key;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await indexer?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("automation commands and scheduled searches", () => {
  it("POST /api/v1/commands queues jobs for users, refuses readers, unknown items and unknown commands", async () => {
    const post = commandsRoute.POST as Handler;
    expect((await call(post, readerKey, { method: "POST", body: { name: "RssSync" } })).status).toBe(403);
    expect((await call(post, userKey, { method: "POST", body: { name: "Nope" } })).status).toBe(400);
    expect(
      (await call(post, userKey, { method: "POST", body: { name: "MovieSearch", movieIds: ["no-such-movie"] } }))
        .status,
    ).toBe(404);

    const first = await call(post, userKey, { method: "POST", body: { name: "RssSync" } });
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as { jobs: { jobId: string }[] };
    expect(firstBody).toEqual({
      name: "RssSync",
      jobs: [{ queue: "automation.rss", jobId: expect.any(String), pendingJobId: null }],
    });
    // Already queued: the same job, not a second one; the answer names the job doing the work.
    expect(await (await call(post, userKey, { method: "POST", body: { name: "RssSync" } })).json()).toEqual({
      name: "RssSync",
      jobs: [{ queue: "automation.rss", jobId: null, pendingJobId: firstBody.jobs[0].jobId }],
    });

    const season = await call(post, userKey, {
      method: "POST",
      body: { name: "SeasonSearch", seriesId, seasonNumber: 1 },
    });
    expect(await season.json()).toEqual({
      name: "SeasonSearch",
      jobs: [{ queue: "automation.search", jobId: expect.any(String), pendingJobId: null }],
    });
    const refresh = await call(post, userKey, { method: "POST", body: { name: "RefreshMovie", movieId } });
    expect(await refresh.json()).toEqual({
      name: "RefreshMovie",
      jobs: [{ queue: "metadata.refresh", jobId: expect.any(String), pendingJobId: null }],
    });
    const rescan = await call(post, userKey, { method: "POST", body: { name: "RescanLibrary" } });
    expect(((await rescan.json()) as { jobs: { queue: string }[] }).jobs.map((j) => j.queue)).toEqual([
      "library.scan",
      "library.scan",
    ]);
  });

  it("automation settings: admins read and change them, with validation", async () => {
    const get = settingsRoute.GET as Handler;
    const put = settingsRoute.PUT as Handler;
    expect((await call(get, userKey)).status).toBe(403);
    expect(await (await call(get, adminKey)).json()).toMatchObject({
      rssIntervalMinutes: 15,
      missingSearchBudget: 20,
      cutoffSearchBudget: 10,
    });
    expect((await call(put, adminKey, { method: "PUT", body: { rssIntervalMinutes: 5 } })).status).toBe(400);
    const changed = await call(put, adminKey, {
      method: "PUT",
      body: { rssIntervalMinutes: 30, missingSearchBudget: 1 },
    });
    expect(await changed.json()).toMatchObject({
      rssIntervalMinutes: 30,
      missingSearchBudget: 1,
      cutoffSearchBudget: 10,
    });
  });

  it("a series search takes the season pack over the single episode", async () => {
    const summary = await automation.searchItem({ seriesId }, await run());
    expect(summary.grabbed.map((g) => g.title)).toEqual([PACK]);
    const rows = await db().select().from(tables.downloads);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: PACK, seriesId });
    expect(rows[0].episodeIds).toHaveLength(10);
    // The decisions see that download (queue, grab history) and the library disk's free space.
    const loaded = (await automation.automationContext({ seriesId, season: 1 }, "automatic", await run()))!;
    expect(loaded.ctx.queue).toEqual([expect.objectContaining({ title: PACK, guid: `guid-${PACK}` })]);
    expect(loaded.ctx.grabbed).toContain(`guid-${PACK}`);
    expect(loaded.ctx.freeSpaceBytes).toBeGreaterThan(0);
  });

  it("the missing search keeps to its budget, skips what is downloading and backs off items that found nothing", async () => {
    const now = Date.now();
    // The budget is 1 (set above); the 10 episodes are downloading, so only the movie is due.
    const first = await automation.searchWanted("missing", 1, await run(now));
    expect(first).toMatchObject({ wanted: 11, due: 1, searched: 1, grabbed: [], leftForLater: 0 });
    const movieSearch = async () =>
      (await db().select().from(tables.itemSearches)).find((r) => r.subjectKey === `movie:${movieId}`)!;
    const row = await movieSearch();
    expect(row).toMatchObject({ misses: 1, lastResult: "No releases found" });
    expect(row.nextSearchAt.getTime()).toBe(now + 3_600_000);

    // Within the hour nothing is due; after it, the movie is searched again and backs off longer.
    expect(await automation.searchWanted("missing", 1, await run(now + 30 * 60_000))).toMatchObject({
      due: 0,
      searched: 0,
    });
    expect(await automation.searchWanted("missing", 1, await run(now + 61 * 60_000))).toMatchObject({
      due: 1,
      searched: 1,
    });
    const again = await movieSearch();
    expect(again).toMatchObject({ misses: 2 });
    expect(again.nextSearchAt.getTime()).toBe(now + 61 * 60_000 + 3 * 3_600_000);
  });
});
