import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator, systemActor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import type { Actor } from "@/lib/accounts";
import { entityIdOf } from "@/lib/arr/ids";
import { collectSearch, getIndexer, listIndexers } from "@/lib/indexers";
import type { Persona } from "@/lib/arr";
import { arrClient } from "@/tests/helpers/arr-client";
import { startReleaseIndexer, type ReleaseIndexer } from "@/tests/helpers/release-indexer";

/**
 * Prowlarr's application sync as it calls Radarr's and Sonarr's API (X-Api-Key): the status check,
 * `indexer/schema`, `indexer/test`, then POST of each of its indexers with its Torznab/Newznab payload,
 * PUT when the indexer changes in Prowlarr and DELETE when it is removed. The indexer Mydia keeps
 * searches the local Torznab/Newznab server the payload points at.
 */
interface Field {
  name: string;
  value?: unknown;
}
interface IndexerResource {
  id: number;
  name: string;
  implementation: string;
  fields: Field[];
  enableRss: boolean;
  enableAutomaticSearch: boolean;
  enableInteractiveSearch: boolean;
  priority: number;
  protocol: string;
  tags: number[];
}

let adminKey = "";
let actor: Actor;
let torznab: ReleaseIndexer;
let newznab: ReleaseIndexer;
const radarr = arrClient("radarr", () => adminKey);
const sonarr = arrClient("sonarr", () => adminKey);
const clients = { radarr, sonarr };

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "prowlarr", password: "prowlarr password", role: "admin" });
  adminKey = (await createApiKeyForUser(admin.id, "prowlarr")).key;
  actor = systemActor;
  torznab = await startReleaseIndexer("torrent", "prowlarr-torznab-key");
  newznab = await startReleaseIndexer("usenet", "prowlarr-newznab-key");
  torznab.add({ title: "Fight.Club.1999.1080p.BluRay.x264-GRP", file: Buffer.from("torrent"), category: 2040 });
  torznab.add({ title: "Game.of.Thrones.S01E01.1080p.WEB-DL-GRP", file: Buffer.from("torrent"), category: 5040 });
  newznab.add({ title: "Fight.Club.1999.720p.BluRay.x264-NZB", file: Buffer.from("<nzb/>"), category: 2040 });
});
afterAll(async () => {
  await torznab?.close();
  await newznab?.close();
});

const value = (resource: { fields: Field[] }, name: string) => resource.fields.find((f) => f.name === name)?.value;

/** What Prowlarr's RadarrV3Proxy / SonarrV3Proxy send: the schema's template with its own settings filled in. */
async function prowlarrPayload(
  persona: Persona,
  implementation: "Torznab" | "Newznab",
  server: ReleaseIndexer,
  prowlarrId: number,
) {
  const schema = await clients[persona].ok<IndexerResource[]>("GET", "/v3/indexer/schema");
  const template = schema.find((s) => s.implementation === implementation)!;
  const settings: Record<string, unknown> = {
    baseUrl: `${server.url}/${prowlarrId}/`,
    apiPath: "/api",
    apiKey: server.apiKey,
    categories: persona === "radarr" ? [2000, 2010, 2030, 2040, 2045] : [5000, 5010, 5030, 5040],
    ...(persona === "sonarr" ? { animeCategories: [5070] } : {}),
    ...(implementation === "Torznab"
      ? {
          minimumSeeders: 1,
          "seedCriteria.seedRatio": null,
          "seedCriteria.seedTime": null,
          ...(persona === "sonarr" ? { "seedCriteria.seasonPackSeedTime": null } : {}),
        }
      : {}),
  };
  return {
    ...template,
    name: `Local ${implementation} (Prowlarr)`,
    enableRss: true,
    enableAutomaticSearch: true,
    enableInteractiveSearch: true,
    priority: 25,
    tags: [],
    fields: template.fields.map((f) => (f.name in settings ? { name: f.name, value: settings[f.name] } : f)),
  };
}

describe("Prowlarr's app sync", () => {
  it("tests, adds one Torznab indexer to both personas as one Mydia indexer that searches the Torznab server", async () => {
    for (const client of [radarr, sonarr])
      expect((await client.ok<{ appName: string }>("GET", "/v3/system/status")).appName).toMatch(/^(Radarr|Sonarr)$/);

    const forRadarr = await prowlarrPayload("radarr", "Torznab", torznab, 1);
    await radarr.ok("POST", "/v3/indexer/test", { body: forRadarr });
    // Prowlarr's connection test reads the app's version from this header and refuses the app without it.
    const tested = await radarr.call("POST", "/v3/indexer/test", { body: forRadarr });
    expect(tested.headers.get("x-application-version")).toMatch(/^5\.\d+/);
    const wrongKey = {
      ...forRadarr,
      fields: forRadarr.fields.map((f) => (f.name === "apiKey" ? { ...f, value: "wrong" } : f)),
    };
    const refused = await radarr.call("POST", "/v3/indexer/test", { body: wrongKey });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual([expect.objectContaining({ propertyName: "apiKey" })]);

    const onRadarr = await radarr.ok<IndexerResource>("POST", "/v3/indexer", { body: forRadarr });
    expect(onRadarr).toMatchObject({
      name: "Local Torznab (Prowlarr)",
      implementation: "Torznab",
      protocol: "torrent",
    });
    expect(value(onRadarr, "categories")).toEqual([2000, 2010, 2030, 2040, 2045]);
    expect(value(onRadarr, "apiKey")).toBe("********");

    const forSonarr = await prowlarrPayload("sonarr", "Torznab", torznab, 1);
    await sonarr.ok("POST", "/v3/indexer/test", { body: forSonarr });
    const onSonarr = await sonarr.ok<IndexerResource>("POST", "/v3/indexer", { body: forSonarr });
    expect(onSonarr.id).toBe(onRadarr.id);
    expect(value(onSonarr, "categories")).toEqual([5000, 5010, 5030, 5040]);
    expect(value(onSonarr, "animeCategories")).toEqual([5070]);

    const mydiaId = await entityIdOf("indexer", onRadarr.id);
    const mydia = await getIndexer(actor, mydiaId);
    expect(mydia).toMatchObject({ kind: "torznab", baseUrl: `${torznab.url}/1/`, apiPath: "/api" });
    expect(mydia.secretsSet).toContain("apiKey");
    expect(mydia.categories.sort()).toEqual([2000, 2010, 2030, 2040, 2045, 5000, 5010, 5030, 5040, 5070].sort());
    expect((await listIndexers(actor)).filter((i) => i.baseUrl.startsWith(torznab.url))).toHaveLength(1);

    const movies = await collectSearch(
      actor,
      { type: "search", q: "Fight Club" },
      { mode: "interactive", indexerIds: [mydiaId] },
    );
    expect(movies.indexers).toEqual([expect.objectContaining({ status: "ok" })]);
    expect(movies.releases.map((r) => r.title)).toEqual(["Fight.Club.1999.1080p.BluRay.x264-GRP"]);
    expect(torznab.server.requests.some((r) => r.url.pathname === "/1/api" && r.url.searchParams.get("q"))).toBe(true);

    // A second sync with nothing changed reads back what Prowlarr compares.
    const listed = await radarr.ok<IndexerResource[]>("GET", "/v3/indexer");
    const again = listed.find((i) => i.id === onRadarr.id)!;
    for (const name of ["baseUrl", "apiPath", "categories", "minimumSeeders"])
      expect(value(again, name), name).toEqual(value(forRadarr, name));
  });

  it("updates on a Prowlarr change, keeps the other persona's side, and removes side by side on DELETE", async () => {
    const listed = await sonarr.ok<IndexerResource[]>("GET", "/v3/indexer");
    const indexer = listed.find((i) => i.name === "Local Torznab (Prowlarr)")!;
    const changed = {
      ...indexer,
      priority: 10,
      enableRss: false,
      fields: indexer.fields.map((f) =>
        f.name === "categories" ? { ...f, value: [5000, 5040] } : f.name === "minimumSeeders" ? { ...f, value: 3 } : f,
      ),
    };
    const updated = await sonarr.ok<IndexerResource>("PUT", `/v3/indexer/${indexer.id}`, {
      body: changed,
      documentPath: "/api/v3/indexer/{id}",
    });
    expect(updated).toMatchObject({ priority: 10, enableRss: false });
    expect(value(updated, "categories")).toEqual([5000, 5040]);
    expect(value(updated, "minimumSeeders")).toBe(3);
    const movieSide = await radarr.ok<IndexerResource>("GET", `/v3/indexer/${indexer.id}`, {
      documentPath: "/api/v3/indexer/{id}",
    });
    expect(value(movieSide, "categories")).toEqual([2000, 2010, 2030, 2040, 2045]);
    // The stored key stays: Prowlarr sends back the stars it read.
    const mydiaId = await entityIdOf("indexer", indexer.id);
    expect((await getIndexer(actor, mydiaId)).secretsSet).toContain("apiKey");

    const movieChange = { ...movieSide, priority: 12 };
    expect(
      await radarr.ok<IndexerResource>("PUT", `/v3/indexer/${indexer.id}`, {
        body: movieChange,
        documentPath: "/api/v3/indexer/{id}",
      }),
    ).toMatchObject({ priority: 12 });
    expect(
      value(
        await sonarr.ok<IndexerResource>("GET", `/v3/indexer/${indexer.id}`, {
          documentPath: "/api/v3/indexer/{id}",
        }),
        "categories",
      ),
    ).toEqual([5000, 5040]);

    await radarr.ok("DELETE", `/v3/indexer/${indexer.id}`, { documentPath: "/api/v3/indexer/{id}" });
    expect((await radarr.call("GET", `/v3/indexer/${indexer.id}`)).status).toBe(404);
    expect((await radarr.ok<IndexerResource[]>("GET", "/v3/indexer")).map((i) => i.id)).not.toContain(indexer.id);
    expect(
      value(
        await sonarr.ok<IndexerResource>("GET", `/v3/indexer/${indexer.id}`, {
          documentPath: "/api/v3/indexer/{id}",
        }),
        "categories",
      ),
    ).toEqual([5000, 5040]);
    await sonarr.ok("DELETE", `/v3/indexer/${indexer.id}`, { documentPath: "/api/v3/indexer/{id}" });
    await expect(getIndexer(actor, mydiaId)).rejects.toThrow(/No such indexer/);
  });

  it("adds a Newznab indexer through the Radarr persona, and refuses what Mydia cannot hold", async () => {
    const payload = await prowlarrPayload("radarr", "Newznab", newznab, 7);
    await radarr.ok("POST", "/v3/indexer/test", { body: payload });
    const created = await radarr.ok<IndexerResource>("POST", "/v3/indexer", { body: payload });
    expect(created).toMatchObject({ implementation: "Newznab", protocol: "usenet" });
    const mydiaId = await entityIdOf("indexer", created.id);
    const found = await collectSearch(
      actor,
      { type: "search", q: "Fight Club" },
      { mode: "automatic", indexerIds: [mydiaId] },
    );
    expect(found.releases.map((r) => r.title)).toEqual(["Fight.Club.1999.720p.BluRay.x264-NZB"]);

    const rss = await radarr.call("POST", "/v3/indexer", {
      body: { ...payload, name: "RSS feed", implementation: "TorrentRssIndexer" },
    });
    expect(rss.status).toBe(400);
    expect(rss.body).toEqual([expect.objectContaining({ propertyName: "implementation" })]);
    const noUrl = await radarr.call("POST", "/v3/indexer", {
      body: { ...payload, name: "No address", fields: payload.fields.filter((f) => f.name !== "baseUrl") },
    });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body).toEqual([expect.objectContaining({ propertyName: "baseUrl" })]);
  });
});
