import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as missingRoute from "@/app/api/v1/wanted/missing/route";
import * as cutoffRoute from "@/app/api/v1/wanted/cutoff/route";
import * as streamRoute from "@/app/api/v1/releases/stream/route";
import * as releasesRoute from "@/app/api/v1/releases/route";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { startFakeServer, type FakeServer } from "../../helpers/fake-indexer";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/** REST API v1 of lib/automation: Wanted lists, and the decisions event of the interactive search stream. */
const GB = 1024 ** 3;
const titles = [
  "Fight.Club.1999.HDCAM.x264-BAD",
  "Fight.Club.1999.1080p.BluRay.x264-FLUX",
  "Fight.Club.1999.720p.BluRay.x264-SMALL",
];
const item = (
  title: string,
  i: number,
) => `<item><title>${title}</title><guid>g${i}</guid><link>http://127.0.0.1/${i}.torrent</link><size>${8 * GB}</size>
<pubDate>Mon, 02 Nov 2026 10:00:00 +0000</pubDate><torznab:attr name="seeders" value="40"/><torznab:attr name="peers" value="50"/><torznab:attr name="category" value="2040"/></item>`;
const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><title>fake</title>${titles.map(item).join("")}</channel></rss>`;
const caps = `<?xml version="1.0" encoding="UTF-8"?><caps><searching><search available="yes" supportedParams="q"/><movie-search available="yes" supportedParams="q,imdbid,tmdbid"/><tv-search available="yes" supportedParams="q,season,ep"/></searching><categories><category id="2000" name="Movies"/></categories></caps>`;

describe("REST API v1: wanted and release decisions", () => {
  let fake: FakeTmdb;
  let indexer: FakeServer;
  let base = "";
  let key = "";
  let readonlyKey = "";
  let movieId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    base = await useAllowedRoot("automation-api");
    indexer = await startFakeServer((r) => ({
      headers: { "content-type": "application/rss+xml" },
      body: r.url.searchParams.get("t") === "caps" ? caps : feed,
    }));
    const library = await import("@/lib/library");
    const catalog = await import("@/lib/catalog");
    const { createIndexer } = await import("@/lib/indexers");
    mkdirSync(path.join(base, "movies"));
    const moviesId = (
      await library.createLibrary(admin, {
        name: "Movies",
        kind: "movie",
        path: path.join(base, "movies"),
        monitorNew: false,
      })
    ).id;
    movieId = (
      await catalog.addMovie(
        admin,
        {
          tmdbId: 550,
          libraryId: moviesId,
          qualityProfileId: "hd-1080p",
          monitored: true,
          minimumAvailability: "released",
        },
        resolveLibrary,
      )
    ).id;
    await createIndexer(admin, { kind: "torznab", name: "Fake", baseUrl: indexer.url, apiKey: "k", timeoutMs: 3000 });
    const user = await createUserAsOperator({ username: "w-user", password: "correct horse battery", role: "user" });
    const viewer = await createUserAsOperator({
      username: "w-viewer",
      password: "correct horse battery",
      role: "readonly",
    });
    key = (await createApiKeyForUser(user.id, "tests")).key;
    readonlyKey = (await createApiKeyForUser(viewer.id, "tests")).key;
  });
  afterAll(async () => {
    await fake?.stop();
    await indexer?.close();
    rmSync(base, { recursive: true, force: true });
  });

  type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const call = (handler: Handler, url: string, apiKey = readonlyKey) =>
    handler(new Request(`http://localhost${url}`, { headers: { "x-api-key": apiKey } }), {
      params: Promise.resolve({}),
    });

  it("serves the missing and cutoff-unmet lists, paged, to readers", async () => {
    const missing = await call(missingRoute.GET, "/api/v1/wanted/missing?page=1&pageSize=10&kind=movie");
    expect(missing.status).toBe(200);
    expect(await missing.json()).toMatchObject({
      page: 1,
      pageSize: 10,
      total: 1,
      items: [{ kind: "movie", id: movieId, title: "Fight Club", href: `/movies/${movieId}` }],
    });
    const cutoff = await call(cutoffRoute.GET, "/api/v1/wanted/cutoff");
    expect(await cutoff.json()).toEqual({ items: [], page: 1, pageSize: 50, total: 0 });
    expect((await call(missingRoute.GET as Handler, "/api/v1/wanted/missing?kind=nope")).status).toBe(400);
    expect((await call(missingRoute.GET as Handler, "/api/v1/wanted/missing", "wrong-key")).status).toBe(401);
  });

  it("streams a decisions event before done: ranked, with every rejection reason", async () => {
    const response = await call(streamRoute.GET, `/api/v1/releases/stream?movieId=${movieId}`, key);
    expect(response.status).toBe(200);
    const events = (await response.text())
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            type: string;
            decisions?: { title: string; accepted: boolean; rank: number | null; rejections: { spec: string }[] }[];
          },
      );
    expect(events.map((e) => e.type)).toEqual(["started", "results", "decisions", "done"]);
    const decisions = events[2].decisions!;
    expect(decisions.map((d) => [d.title, d.accepted, d.rank])).toEqual([
      ["Fight.Club.1999.1080p.BluRay.x264-FLUX", true, 1],
      ["Fight.Club.1999.HDCAM.x264-BAD", false, null],
      ["Fight.Club.1999.720p.BluRay.x264-SMALL", false, null],
    ]);
    expect(decisions[1].rejections.length).toBeGreaterThan(0);
    // Free text: no item to judge against, no decisions event.
    const text = await (await call(streamRoute.GET, "/api/v1/releases/stream?q=fight", key)).text();
    expect(text).not.toContain('"decisions"');
    expect((await call(streamRoute.GET as Handler, `/api/v1/releases/stream?movieId=${movieId}`)).status).toBe(403);
    // The collected REST answer carries the same decisions.
    const collected = (await (await call(releasesRoute.GET, `/api/v1/releases?movieId=${movieId}`, key)).json()) as {
      releases: unknown[];
      decisions: { title: string; rank: number | null }[];
    };
    expect(collected.releases).toHaveLength(3);
    expect(collected.decisions.map((d) => [d.title, d.rank])[0]).toEqual(["Fight.Club.1999.1080p.BluRay.x264-FLUX", 1]);
    expect(
      (
        (await (await call(releasesRoute.GET as Handler, "/api/v1/releases?q=fight", key)).json()) as {
          decisions: unknown;
        }
      ).decisions,
    ).toBeNull();
  });
});
