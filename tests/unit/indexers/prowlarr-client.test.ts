import { afterAll, describe, expect, it } from "vitest";
import { ProwlarrClient } from "@/lib/indexers/prowlarr/client";
import { startFakeServer, type FakeServer } from "../../helpers/fake-indexer";

// Prowlarr's /api/v1/search answer (ReleaseResource), in its real JSON shape.
const releases = [
  {
    guid: "https://hdaccess.net/details.php?id=11515",
    age: 3,
    ageHours: 80.5,
    size: 2538463390,
    indexerId: 1,
    indexer: "HDAccess",
    title: "Better Call Saul S01E05 Alpine Shepherd 1080p NF WEBRip DD5.1 x264",
    sortTitle: "better call saul s01e05 alpine shepherd 1080p nf webrip dd5 1 x264",
    imdbId: 3032476,
    tmdbId: 60059,
    tvdbId: 273181,
    publishDate: "2015-03-14T21:10:42Z",
    downloadUrl: "http://prowlarr:9696/1/download?apikey=pk&link=abc",
    infoUrl: "https://hdaccess.net/details.php?id=11515",
    infoHash: "63E07FF523710CA268567DAD344CE1E0E6B7E8A3",
    indexerFlags: ["freeleech"],
    categories: [{ id: 5040, name: "TV/HD", subCategories: [] }],
    seeders: 7,
    leechers: 2,
    protocol: "torrent",
    fileName: "Better Call Saul.torrent",
  },
  { guid: "x", title: "Unknown", indexerId: 9, protocol: "unknown" },
];

let server: FakeServer;
afterAll(() => server?.close());

describe("Prowlarr API client", () => {
  it("searches with repeated integer indexerIds and categories and the X-Api-Key header", async () => {
    server = await startFakeServer((r) =>
      r.headers["x-api-key"] === "pk"
        ? { headers: { "content-type": "application/json" }, body: JSON.stringify(releases) }
        : { status: 401, body: '{"error":"Unauthorized"}' },
    );
    const client = new ProwlarrClient({ baseUrl: `${server.url}/`, apiKey: "pk" });
    const found = await client.search({
      query: "better call saul",
      type: "tvsearch",
      indexerIds: [1, 4],
      categories: [5000, 5040],
    });
    const url = server.requests[0].url;
    expect(url.pathname).toBe("/api/v1/search");
    expect(url.searchParams.getAll("indexerIds")).toEqual(["1", "4"]);
    expect(url.searchParams.getAll("categories")).toEqual(["5000", "5040"]);
    expect(url.searchParams.get("type")).toBe("tvsearch");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      indexerId: "prowlarr:1",
      indexerName: "HDAccess",
      infoHash: "63e07ff523710ca268567dad344ce1e0e6b7e8a3",
      imdbId: "tt3032476",
      peers: 9,
      categories: [5040],
      flags: ["freeleech"],
      publishedAt: "2015-03-14T21:10:42.000Z",
    });
    const wrong = new ProwlarrClient({ baseUrl: server.url, apiKey: "nope" });
    await expect(wrong.search({ query: "x" })).rejects.toMatchObject({ kind: "auth" });
  });
});
