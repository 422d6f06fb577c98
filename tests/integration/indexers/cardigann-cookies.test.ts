import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/accounts";
import { collectSearch, createIndexer, resolveReleaseDownload, uploadDefinition } from "@/lib/indexers";
import { SiteSession } from "@/lib/indexers/cardigann/http";
import { CARDIGANN, cinemageddonBrowse } from "../../helpers/cardigann-sites";
import { startFakeServer, type FakeServer } from "../../helpers/fake-indexer";

/**
 * A tracker's session cookie stays with the tracker: a Cardigann site on 127.0.0.1 logs in (its
 * cookie saved encrypted in the database) and links its download to another host (localhost, a
 * different port), which must receive no cookie, through a redirect or directly.
 */
const admin = systemActor;
const TORRENT = "d8:announce3:url4:infod4:name2:fcee";
let site: FakeServer;
let other: FakeServer;
let otherUrl = "";

beforeAll(async () => {
  other = await startFakeServer(() => ({ headers: { "content-type": "application/x-bittorrent" }, body: TORRENT }));
  otherUrl = other.url.replace("127.0.0.1", "localhost");
  site = await startFakeServer((r) => {
    if (r.url.pathname === "/takelogin.php")
      return { status: 302, headers: { location: "/index.php", "set-cookie": "sid=tracker-session; Path=/" } };
    if (!(r.headers.cookie ?? "").includes("sid=tracker-session"))
      return { status: 302, headers: { location: "/takelogin.php" } };
    if (r.url.pathname === "/index.php") return { body: '<a href="/logout.php">Logout</a>' };
    if (r.url.pathname === "/browse.php")
      return {
        body: cinemageddonBrowse([{ id: 7, title: "Fight Club 1999 1080p BluRay x264-GRP", cat: 1, seeders: 9 }]),
      };
    if (r.url.pathname === "/download.php") return { status: 302, headers: { location: `${otherUrl}/file.torrent` } };
    return { status: 404 };
  });
  await uploadDefinition(admin, readFileSync(path.join(CARDIGANN, "definitions/v11/cinemageddon.yml"), "utf8"));
});

afterAll(async () => {
  await Promise.all([site?.close(), other?.close()]);
});

describe("Cardigann cookies are scoped to their site", () => {
  it("sends the session to the tracker, not to the host its download redirects to", async () => {
    const indexer = await createIndexer(admin, {
      kind: "cardigann",
      name: "Cinemageddon (cookies)",
      definitionId: "cinemageddon",
      baseUrl: site.url,
      settings: { username: "alice", password: "s3cret" },
    });
    const search = await collectSearch(
      admin,
      { type: "movie", q: "Fight Club", year: 1999 },
      { mode: "interactive", indexerIds: [indexer.id] },
    );
    expect(search.releases).toHaveLength(1);
    // A new adapter: the session comes back from the database.
    const download = await resolveReleaseDownload(admin, search.releases[0]);
    expect(download).toMatchObject({ kind: "torrent" });

    const atSite = site.requests.find((r) => r.url.pathname === "/download.php")!;
    expect(atSite.headers.cookie).toBe("sid=tracker-session");
    expect(other.requests.map((r) => r.url.pathname)).toEqual(["/file.torrent"]);
    expect(other.requests[0].headers.host).toMatch(/^localhost:/);
    expect(other.requests[0].headers.cookie).toBeUndefined();
  });

  it("keeps each host's cookies apart when asked directly, also after the jar is saved and restored", async () => {
    const session = new SiteSession({
      key: "cookie-scope",
      name: "scope",
      siteLink: `${site.url}/`,
      encoding: "utf-8",
      timeoutMs: 5000,
      requestDelayMs: 0,
    });
    session.setCookieString("pasted=1");
    await session.request(`${site.url}/takelogin.php`, { followRedirects: false });
    await session.request(`${otherUrl}/direct`);
    expect(other.requests.at(-1)!.headers.cookie).toBeUndefined();
    await session.request(`${site.url}/index.php`);
    expect(site.requests.at(-1)!.headers.cookie).toBe("pasted=1; sid=tracker-session");

    const restored = new SiteSession({
      key: "cookie-scope-2",
      name: "scope",
      siteLink: `${site.url}/`,
      encoding: "utf-8",
      timeoutMs: 5000,
      requestDelayMs: 0,
      cookies: session.serializeCookies(),
    });
    expect(restored.hasCookies()).toBe(true);
    await restored.request(`${otherUrl}/again`);
    expect(other.requests.at(-1)!.headers.cookie).toBeUndefined();
  });

  it("restores a session saved before scoping as the site's own cookies", async () => {
    const legacy = new SiteSession({
      key: "cookie-legacy",
      name: "legacy",
      siteLink: `${site.url}/`,
      encoding: "utf-8",
      timeoutMs: 5000,
      requestDelayMs: 0,
      cookies: JSON.stringify({ sid: "tracker-session" }),
    });
    await legacy.request(`${site.url}/index.php`);
    expect(site.requests.at(-1)!.headers.cookie).toBe("sid=tracker-session");
    await legacy.request(`${otherUrl}/legacy`);
    expect(other.requests.at(-1)!.headers.cookie).toBeUndefined();
  });
});
