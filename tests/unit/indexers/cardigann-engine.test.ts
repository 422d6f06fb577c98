import { afterAll, describe, expect, it } from "vitest";
import { resolveDownload } from "@/lib/indexers/cardigann/download";
import { runSearch } from "@/lib/indexers/cardigann/search";
import type { IndexerRelease } from "@/lib/indexers/release";
import { startFakeServer, type FakeHandler, type FakeServer } from "../../helpers/fake-indexer";
import {
  capture,
  cinemageddonBrowse,
  definitionYaml,
  engineFor,
  leetxDetails,
  leetxPage,
} from "../../helpers/cardigann-sites";

/**
 * Definitions of different styles run end to end by the engine against local sites: the real
 * captures in tests/fixtures/cardigann, and pages built to the definitions' selectors.
 */
const servers: FakeServer[] = [];
async function site(handler: FakeHandler) {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const html = (body: string | Buffer, headers: Record<string, string> = {}) => ({
  headers: { "content-type": "text/html; charset=utf-8", ...headers },
  body,
});
const json = (body: string | Buffer) => ({ headers: { "content-type": "application/json" }, body });

function expectSane(releases: IndexerRelease[], min: number) {
  expect(releases.length).toBeGreaterThanOrEqual(min);
  for (const release of releases) {
    expect(release.title.trim()).not.toBe("");
    expect(release.downloadUrl ?? release.magnetUrl).toBeTruthy();
    expect(release.guid).not.toBe("");
  }
}

describe("Cardigann engine end to end", () => {
  it("HTML rows from attributes (Jackett's html test pair)", async () => {
    const server = await site((r) =>
      r.url.pathname === "/search" ? html(capture("jackett-test-pairs/html-response1.html")) : { status: 404 },
    );
    const { ctx } = engineFor(definitionYaml("jackett-test-pairs/html-definition1.yml"), server.url, {
      sort: "created",
    });
    const releases = await runSearch(ctx, { type: "search", q: "ubuntu" }, [], "i1");
    expectSane(releases, 5);
    expect(server.requests[0].url.searchParams.get("query")).toBe("ubuntu");
    expect(releases[0].seeders).not.toBeNull();
    expect(releases[0].size).toBeGreaterThan(0);
    expect(releases[0].uploadVolumeFactor).toBe(2);
    expect(releases[0].categories).toEqual([8000]);
  });

  it("JSON API with an API key, :has/:not row filters, case mappings and .Result templates (Jackett's json test pair)", async () => {
    const server = await site((r) =>
      r.url.pathname === "/api/torrents/filter"
        ? json(capture("jackett-test-pairs/json-response1.json"))
        : r.url.pathname === "/api/torrents"
          ? json("{}")
          : { status: 404 },
    );
    const { ctx, definition } = engineFor(definitionYaml("jackett-test-pairs/json-definition1.yml"), server.url, {
      apikey: "secret-key",
      sort: "created_at",
      type: "desc",
    });
    const releases = await runSearch(ctx, { type: "movie", q: "tammy faye", tmdbId: 601470 }, [], "i2");
    // login: GET /api/torrents?api_token=… (an API-key check), then the search
    expect(server.requests.map((r) => r.url.pathname)).toEqual(["/api/torrents", "/api/torrents/filter"]);
    expect(server.requests.every((r) => r.url.searchParams.get("api_token") === "secret-key")).toBe(true);
    expectSane(releases, 1);
    // rows without 1080 in the name, without a .jpg poster or from the excluded uploader are dropped
    for (const release of releases) expect(release.title).toContain("1080");
    const dts = releases.find((r) => r.title.includes("DTSSS"));
    expect(dts, "title_dts branch applied").toBeTruthy();
    expect(releases[0]).toMatchObject({ minimumSeedTime: 345600 });
    expect(releases[0].imdbId).toMatch(/^tt\d{7,}$/);
    expect(definition.responseType).toBe("json");
  });

  it("eztv: keyword filters shape the path; a capture whose rows lack download links gives no results, not an error", async () => {
    const server = await site((r) =>
      r.url.pathname.startsWith("/search/") ? html(capture("captures/mydia/eztv/response.html")) : { status: 404 },
    );
    const { ctx } = engineFor(definitionYaml("captures/mydia/eztv/definition.yml"), server.url);
    // The site served this capture in its "Show links" layout: no magnet, so the definition's rows match nothing.
    const releases = await runSearch(ctx, { type: "tv", q: "The Office", season: 2 }, [], "i3");
    expect(server.requests[0].url.pathname).toBe("/search/The-Office");
    expect(releases).toEqual([]);
  });

  it("limetorrents: HTML table, then a download block that finds the link on the details page", async () => {
    const server = await site((r) => {
      if (r.url.pathname.startsWith("/search/all/ubuntu/"))
        return html(capture("captures/mydia/limetorrents/response.html"));
      if (r.url.pathname.endsWith(".html"))
        return html(
          `<html><body><a class="csprite_dltorrent" href="magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=ubuntu">Magnet</a></body></html>`,
        );
      return { status: 404 };
    });
    const { ctx } = engineFor(definitionYaml("captures/mydia/limetorrents/definition.yml"), server.url, {
      downloadlink: "magnet:",
      downloadlink2: "magnet:",
    });
    const releases = await runSearch(ctx, { type: "search", q: "ubuntu" }, [], "i4");
    expectSane(releases, 5);
    const details = releases.find((r) => r.downloadUrl?.endsWith(".html"));
    expect(details).toBeTruthy();
    const resolved = await resolveDownload(ctx, details!.downloadUrl!.replace(/^https?:\/\/[^/]+/, server.url));
    expect(resolved).toEqual({
      kind: "magnet",
      uri: "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=ubuntu",
    });
  });

  it("thepiratebay (apibay): JSON API, magnet-only releases built from the info hash", async () => {
    const server = await site((r) =>
      r.url.pathname === "/q.php" ? json(capture("captures/mydia/thepiratebay/response.json")) : { status: 404 },
    );
    // The definition calls apibay.org directly; point that host at the local server.
    const yaml = definitionYaml("captures/mydia/thepiratebay/definition.yml").replaceAll("https://apibay.org/", "");
    const { ctx } = engineFor(yaml, server.url);
    const releases = await runSearch(ctx, { type: "search", q: "ubuntu" }, [], "i5");
    expectSane(releases, 10);
    for (const release of releases) {
      expect(release.downloadUrl ?? "").toBe("");
      expect(release.magnetUrl).toMatch(/^magnet:\?xt=urn:btih:[0-9a-fA-F]{40}/);
      expect(release.infoHash).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it("torrentgalaxy clone: HTML cards with categories in the path", async () => {
    const server = await site((r) =>
      r.url.pathname.startsWith("/get-posts/")
        ? html(capture("captures/mydia/torrentgalaxyclone/response.html"))
        : { status: 404 },
    );
    const { ctx } = engineFor(definitionYaml("captures/mydia/torrentgalaxyclone/definition.yml"), server.url);
    const releases = await runSearch(ctx, { type: "search", q: "ubuntu" }, [], "i6");
    expect(server.requests[0].url.pathname).toMatch(/^\/get-posts\/keywords:ubuntu/);
    expectSane(releases, 5);
    expect(releases.every((r) => r.size === null || r.size > 0)).toBe(true);
  });

  it("yts: JSON API with several torrents per movie (rows.multiple)", async () => {
    const server = await site((r) =>
      r.url.pathname === "/api/v2/list_movies.json"
        ? json(capture("captures/mydia/yts/response.json"))
        : { status: 404 },
    );
    const { ctx } = engineFor(definitionYaml("captures/mydia/yts/definition.yml"), server.url);
    const releases = await runSearch(ctx, { type: "movie", q: "avengers" }, [], "i7");
    expect(server.requests[0].url.searchParams.get("query_term")).toBe("avengers");
    expectSane(releases, 10);
    expect(new Set(releases.map((r) => r.title)).size).toBe(releases.length);
    expect(releases.some((r) => /2160p|1080p|720p/.test(r.title))).toBe(true);
  });

  it("nyaa: HTML table, two search paths (query and paged fallback) de-duplicated", async () => {
    const server = await site(() => html(capture("captures/mydia/nyaasi/nyaa_search.html")));
    const { ctx } = engineFor(definitionYaml("captures/mydia/nyaasi/definition.yml"), server.url);
    const releases = await runSearch(ctx, { type: "search", q: "ubuntu" }, [], "i8");
    expect(server.requests.length).toBe(2);
    expectSane(releases, 10);
    expect(releases.some((r) => r.magnetUrl?.startsWith("magnet:") || r.downloadUrl?.endsWith(".torrent"))).toBe(true);
  });

  it("cinemageddon (v11): login by POST, session cookie reused, re-login when the session expires, wrong password reported", async () => {
    let sessions = 0;
    const valid = new Set<string>();
    const server = await site((r) => {
      const cookie = /sid=(\w+)/.exec(r.headers.cookie ?? "")?.[1];
      if (r.url.pathname === "/takelogin.php") {
        const form = new URLSearchParams(r.body);
        if (form.get("username") !== "alice" || form.get("password") !== "s3cret")
          return html(`<table><tr><td>Login failed! Wrong password.</td></tr></table>`);
        const sid = `s${++sessions}`;
        valid.add(sid);
        return { status: 302, headers: { location: "/index.php", "set-cookie": `sid=${sid}; Path=/; HttpOnly` } };
      }
      if (!cookie || !valid.has(cookie)) return { status: 302, headers: { location: "/takelogin.php" } };
      if (r.url.pathname === "/index.php") return html(`<a href="/logout.php">Logout</a>`);
      if (r.url.pathname === "/browse.php") {
        return html(
          cinemageddonBrowse([
            { id: 1, title: "Fight Club 1999 1080p BluRay x264-GRP", cat: 1, seeders: 12, coin: "golden10.gif" },
            { id: 2, title: "Fight Club 1999 DVDRip XviD-OLD", cat: 1, seeders: 3 },
          ]),
        );
      }
      return { status: 404 };
    });
    const { ctx, saved } = engineFor(definitionYaml("definitions/v11/cinemageddon.yml"), server.url, {
      username: "alice",
      password: "s3cret",
    });
    const first = await runSearch(ctx, { type: "movie", q: "Fight Club", imdbId: "tt0137523" }, [], "i9");
    expect(first).toHaveLength(2);
    expect(first[0]).toMatchObject({
      title: "Fight Club 1999 1080p BluRay x264-GRP",
      downloadUrl: `${server.url}/download.php?id=1`,
      infoUrl: `${server.url}/details.php?id=1`,
      seeders: 12,
      peers: 15,
      grabs: 55,
      size: 1471026299,
      downloadVolumeFactor: 0,
      uploadVolumeFactor: 2,
      imdbId: "tt0137523",
      publishedAt: "2021-03-27T19:34:56.000Z",
      flags: ["freeleech", "doubleupload"],
    });
    expect(first[0].categories.length).toBeGreaterThan(0);
    expect(saved.map((jar) => (JSON.parse(jar) as { cookies: { key: string; value: string }[] }).cookies)).toEqual([
      [expect.objectContaining({ key: "sid", value: "s1" })],
    ]);
    const browse = server.requests.find((r) => r.url.pathname === "/browse.php")!;
    expect(browse.url.searchParams.get("search")).toBe("tt0137523");

    await runSearch(ctx, { type: "search", q: "Fight Club" }, [], "i9");
    expect(sessions).toBe(1); // the session was reused
    valid.clear(); // the site forgets the session
    const again = await runSearch(ctx, { type: "search", q: "Fight Club" }, [], "i9");
    expect(again).toHaveLength(2);
    expect(sessions).toBe(2);

    const wrong = engineFor(definitionYaml("definitions/v11/cinemageddon.yml"), server.url, {
      username: "alice",
      password: "nope",
    });
    await expect(runSearch(wrong.ctx, { type: "search", q: "x" }, [], "i9")).rejects.toMatchObject({
      kind: "auth",
      message: "Cinemageddon: Login failed! Wrong password.",
    });
  });

  it("1337x (v11): four paged search paths with requestDelay, dates like '7am Sep. 14th', magnet from the details page", async () => {
    const server = await site((r) => {
      const page = /\/(\d)\/$/.exec(r.url.pathname)?.[1];
      if (
        r.url.pathname.startsWith("/sort-search/Dune Part Two/") ||
        r.url.pathname.startsWith("/sort-search/Dune%20Part%20Two/")
      )
        return html(leetxPage(Number(page), 3));
      if (r.url.pathname.startsWith("/torrent/")) return html(leetxDetails("c9a337562cb0360fd6f5ab40fd2b6b81c5db3ee7"));
      return { status: 404 };
    });
    const { ctx, definition } = engineFor(
      definitionYaml("definitions/v11/1337x.yml"),
      server.url,
      { downloadlink: "magnet:", downloadlink2: "magnet:", sort: "time", type: "desc" },
      { requestDelayMs: 200 },
    );
    expect(definition.requestDelayMs).toBe(3000);
    const started = Date.now();
    const releases = await runSearch(ctx, { type: "search", q: "Dune Part Two" }, [], "i10");
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 200 - 20);
    expect(server.requests.map((r) => r.url.pathname.split("/").at(-2))).toEqual(["1", "2", "3", "4"]);
    expect(releases).toHaveLength(12);
    expect(releases[0]).toMatchObject({
      title: "Dune Part Two 2024 1080p WEB-DL DDP 5.1 H 264 FLUX p1",
      seeders: 100,
      size: 7730941133,
      downloadVolumeFactor: 0,
      publishedAt: "2026-09-14T07:00:00.000Z",
    });
    const resolved = await resolveDownload(ctx, releases[0].downloadUrl!);
    expect(resolved).toEqual({
      kind: "magnet",
      uri: "magnet:?xt=urn:btih:c9a337562cb0360fd6f5ab40fd2b6b81c5db3ee7&dn=Dune",
    });
  });
});
