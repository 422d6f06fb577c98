import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import {
  collectSearch,
  createIndexer,
  definitionSettings,
  importFromProwlarr,
  listDefinitions,
  listIndexers,
  refreshDefinitions,
  resolveReleaseDownload,
  testIndexer,
  uploadDefinition,
} from "@/lib/indexers";
import { fixture, startFakeServer, type FakeServer } from "../../helpers/fake-indexer";
import { CARDIGANN, cinemageddonBrowse } from "../../helpers/cardigann-sites";

const admin = systemActor;
const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});
const serve = async (handler: Parameters<typeof startFakeServer>[0]) => {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
};

describe("Cardigann definitions and indexers", () => {
  let definitionsServer: FakeServer;
  let logins = 0;
  let site: FakeServer;

  beforeAll(async () => {
    const ids = ["cinemageddon", "1337x", "3dtorrents", "yts"];
    definitionsServer = await serve((r) => {
      const id = r.url.pathname.split("/").pop()!;
      if (r.url.pathname === "/master/11")
        return {
          headers: { "content-type": "application/json" },
          body: JSON.stringify(ids.map((file) => ({ id: file, file, name: file }))),
        };
      if (id === "broken") return { status: 500 };
      return {
        headers: { "content-type": "text/yaml" },
        body: readFileSync(path.join(CARDIGANN, "definitions/v11", `${id}.yml`)),
      };
    });
    site = await serve((r) => {
      if (r.url.pathname === "/takelogin.php") {
        logins++;
        return { status: 302, headers: { location: "/index.php", "set-cookie": "sid=abc; Path=/" } };
      }
      if (!(r.headers.cookie ?? "").includes("sid=abc"))
        return { status: 302, headers: { location: "/takelogin.php" } };
      if (r.url.pathname === "/index.php") return { body: '<a href="/logout.php">Logout</a>' };
      if (r.url.pathname === "/browse.php")
        return {
          body: cinemageddonBrowse([{ id: 7, title: "Fight Club 1999 1080p BluRay x264-GRP", cat: 1, seeders: 9 }]),
        };
      if (r.url.pathname === "/download.php")
        return { headers: { "content-type": "application/x-bittorrent" }, body: "d8:announce3:url4:infod4:name2:fcee" };
      return { status: 404 };
    });
  });

  it("refreshes definitions from the definitions server and stores them with their version", async () => {
    const result = await refreshDefinitions(admin, { url: `${definitionsServer.url}/master/11` });
    expect(result).toMatchObject({ listed: 4, updated: 4, unchanged: 0, invalid: [], failed: [] });
    const again = await refreshDefinitions(admin, { url: `${definitionsServer.url}/master/11` });
    expect(again).toMatchObject({ updated: 0, unchanged: 4 });
    const catalog = await listDefinitions(admin);
    expect(catalog.map((d) => [d.id, d.runnable])).toEqual([
      ["1337x", true],
      ["3dtorrents", false],
      ["cinemageddon", true],
      ["yts", true],
    ]);
    expect(catalog.find((d) => d.id === "3dtorrents")?.unsupported).toEqual([
      "CAPTCHA at login: Mydia cannot show or solve it",
    ]);
    expect(catalog[0].notes[0]).toContain("Cloudflare");
    expect(catalog[0].version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("accepts an uploaded YAML and refuses an invalid one with its problems", async () => {
    const uploaded = await uploadDefinition(
      admin,
      readFileSync(path.join(CARDIGANN, "jackett-test-pairs/html-definition1.yml"), "utf8"),
    );
    expect(uploaded).toMatchObject({ id: "testdefinition1", source: "upload", runnable: true });
    await expect(uploadDefinition(admin, "id: bad\nname: Bad\n")).rejects.toThrow(/Invalid definition: .*description/);
  });

  it("gives the settings form of a definition, secrets marked", async () => {
    const { settings } = await definitionSettings(admin, "cinemageddon");
    expect(settings).toEqual([
      { name: "username", label: "Username", type: "text", secret: false, default: null, options: [] },
      { name: "password", label: "Password", type: "password", secret: true, default: null, options: [] },
    ]);
  });

  it("runs a login-required Cardigann indexer: password encrypted, session kept encrypted and reused", async () => {
    const indexer = await createIndexer(admin, {
      kind: "cardigann",
      name: "Cinemageddon",
      definitionId: "cinemageddon",
      baseUrl: site.url,
      settings: { username: "alice", password: "s3cret" },
    });
    expect(indexer.settings).toEqual({ username: "alice" });
    expect(indexer.secretsSet).toEqual(["password"]);
    const test = await testIndexer(admin, indexer.id);
    expect(test).toMatchObject({ ok: true, sampleResults: 1 });
    const search = await collectSearch(
      admin,
      { type: "movie", q: "Fight Club", year: 1999 },
      { mode: "interactive", indexerIds: [indexer.id] },
    );
    expect(search.releases.map((r) => r.title)).toEqual(["Fight Club 1999 1080p BluRay x264-GRP"]);
    expect(logins).toBe(1);
    const [status] = await db()
      .select()
      .from(tables.indexerStatus)
      .where(eq(tables.indexerStatus.indexerId, indexer.id));
    expect(status.session).toMatch(/^v1:/);
    expect(status.session).not.toContain("abc");

    const download = await resolveReleaseDownload(admin, search.releases[0]);
    expect(download).toMatchObject({ kind: "torrent", url: `${site.url}/download.php?id=7` });
    expect(logins).toBe(1);
  });
});

describe("Prowlarr", () => {
  it("imports every enabled indexer in one step, then searches through its Torznab/Newznab proxies", async () => {
    const indexerList = [
      {
        id: 1,
        name: "HDAccess",
        enable: true,
        protocol: "torrent",
        priority: 10,
        implementation: "Cardigann",
        definitionName: "hdaccess",
        supportsRss: true,
        supportsSearch: true,
        tags: [],
        capabilities: {
          categories: [
            { id: 2000, name: "Movies", subCategories: [{ id: 2040, name: "Movies/HD" }] },
            { id: 5000, name: "TV", subCategories: [] },
            { id: 3000, name: "Audio", subCategories: [] },
          ],
        },
      },
      {
        id: 2,
        name: "NZB.su",
        enable: true,
        protocol: "usenet",
        priority: 25,
        implementation: "Newznab",
        supportsRss: true,
        supportsSearch: true,
        capabilities: { categories: [{ id: 5000, name: "TV" }] },
      },
      { id: 3, name: "Old one", enable: false, protocol: "torrent", priority: 25 },
    ];
    const prowlarr = await serve((r) => {
      if (r.headers["x-api-key"] !== "pk" && r.url.searchParams.get("apikey") !== "pk")
        return { status: 401, body: '{"error":"Unauthorized"}' };
      if (r.url.pathname === "/api/v1/system/status")
        return {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ appName: "Prowlarr", version: "1.30.2.4939" }),
        };
      if (r.url.pathname === "/api/v1/indexer")
        return { headers: { "content-type": "application/json" }, body: JSON.stringify(indexerList) };
      const [, id, api] = r.url.pathname.split("/");
      if (api === "api") {
        const t = r.url.searchParams.get("t");
        if (id === "1")
          return {
            body: fixture(t === "caps" ? "newznab/prowlarr__newznab_caps.xml" : "torznab/torznab_hdaccess_net.xml"),
          };
        if (id === "2")
          return { body: fixture(t === "caps" ? "newznab/newznab_caps.xml" : "newznab/newznab_nzb_su.xml") };
      }
      return { status: 404 };
    });
    await expect(importFromProwlarr(admin, { baseUrl: prowlarr.url, apiKey: "wrong" })).rejects.toMatchObject({
      kind: "auth",
    });
    const result = await importFromProwlarr(admin, { baseUrl: prowlarr.url, apiKey: "pk" });
    expect(result.version).toBe("1.30.2.4939");
    expect(result.imported.map((i) => i.name)).toEqual(["HDAccess (Prowlarr)", "NZB.su (Prowlarr)"]);
    expect(result.skipped).toEqual([{ name: "Old one", reason: "disabled in Prowlarr" }]);
    const again = await importFromProwlarr(admin, { baseUrl: prowlarr.url, apiKey: "pk" });
    expect(again.imported).toEqual([]);

    const imported = (await listIndexers(admin)).filter((i) => i.importedFrom?.startsWith("prowlarr:"));
    expect(imported.map((i) => [i.kind, i.baseUrl, i.priority, i.categories])).toEqual([
      ["torznab", `${prowlarr.url}/1`, 10, [2000, 2040, 5000]],
      ["newznab", `${prowlarr.url}/2`, 25, [5000]],
    ]);
    const search = await collectSearch(
      admin,
      { type: "search", q: "saul" },
      { mode: "interactive", indexerIds: imported.map((i) => i.id) },
    );
    expect(search.indexers.map((i) => i.status)).toEqual(["ok", "ok"]);
    expect(search.releases.length).toBeGreaterThan(20);
  });
});
