import { describe, expect, it } from "vitest";
import { IndexerRequestError } from "@/lib/indexers/errors";
import { parseFeed } from "@/lib/indexers/torznab/parse-feed";
import { parseCaps } from "@/lib/indexers/torznab/schema";
import { parseXml } from "@/lib/indexers/torznab/xml";
import { fixture } from "../../helpers/fake-indexer";

const torrent = { indexerId: "t", indexerName: "Test", protocol: "torrent" as const };
const usenet = { indexerId: "u", indexerName: "Test NZB", protocol: "usenet" as const };

function parseError(fn: () => unknown): IndexerRequestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IndexerRequestError) return error;
    throw error;
  }
  throw new Error("expected an IndexerRequestError");
}

describe("Torznab/Newznab feeds (real captures)", () => {
  it("reads torznab attrs of HDAccess: seeders, peers, infohash, imdb, tvdb, categories, ratio", () => {
    const { releases } = parseFeed(fixture("torznab/torznab_hdaccess_net.xml"), torrent);
    expect(releases.length).toBeGreaterThan(3);
    const first = releases[0];
    expect(first).toMatchObject({
      title: "Better Call Saul S01E05 Alpine Shepherd 1080p NF WEBRip DD5.1 x264",
      guid: "https://hdaccess.net/details.php?id=11515",
      downloadUrl: "https://hdaccess.net/download.php?torrent=11515&passkey=123456",
      infoHash: "63e07ff523710ca268567dad344ce1e0e6b7e8a3",
      size: 2538463390,
      seeders: 7,
      peers: 7,
      imdbId: "tt3032476",
      tvdbId: 273181,
      minimumRatio: 1,
      minimumSeedTime: 172800,
      publishedAt: "2015-03-14T21:10:42.000Z",
    });
    expect(first.categories).toEqual([5000, 5040, 100009, 100036]);
  });

  it("reads magnet links, volume factors and flags across the Torznab captures", () => {
    for (const file of [
      "torznab_tpb.xml",
      "torznab_animetosho.xml",
      "torznab_morethantv.xml",
      "nzbhydra2__btnJackettResponse.xml",
      "nzbhydra2__cardigann.xml",
    ]) {
      const { releases } = parseFeed(fixture(`torznab/${file}`), torrent);
      expect(releases.length, file).toBeGreaterThan(0);
      for (const release of releases) {
        expect(release.title, file).not.toBe("");
        expect(release.downloadUrl ?? release.magnetUrl, file).toBeTruthy();
      }
    }
    const tpb = parseFeed(fixture("torznab/torznab_tpb.xml"), torrent).releases;
    expect(tpb.some((r) => r.magnetUrl?.startsWith("magnet:") && r.infoHash?.length === 40)).toBe(true);
    const mtv = parseFeed(fixture("torznab/torznab_morethantv.xml"), torrent).releases;
    expect(mtv.some((r) => r.downloadVolumeFactor !== null)).toBe(true);
  });

  it("reads Newznab results: usenet links, grabs, usenetdate", () => {
    const { releases } = parseFeed(fixture("newznab/newznab_nzb_su.xml"), usenet);
    expect(releases.length).toBeGreaterThan(10);
    expect(releases[0].downloadUrl).toMatch(/^https?:\/\//);
    expect(releases[0].magnetUrl).toBeNull();
    expect(releases[0].size).toBeGreaterThan(0);
    expect(releases[0].publishedAt).toMatch(/^\d{4}-/);
    for (const file of [
      "newznab_indexerflags.xml",
      "newznab_language.xml",
      "nzbhydra2/nzbFinderResponse.xml",
      "nzbhydra2/drunkenSlug_withLimits.xml",
      "nzbhydra2/omgwtfResponse.xml",
      "nzbhydra2/tabulaRasaResponse.xml",
    ]) {
      expect(parseFeed(fixture(`newznab/${file}`), usenet).releases.length, file).toBeGreaterThan(0);
    }
  });

  it("turns Newznab prematch/nuked attrs into scene/nuked flags", () => {
    const { releases } = parseFeed(fixture("newznab/newznab_indexerflags.xml"), usenet);
    expect(releases.find((r) => r.guid === "prematch=1 attribute")?.flags).toEqual(["scene"]);
    expect(releases.find((r) => r.guid === "prematch=1 and nuked=1 attributes")?.flags).toEqual(["scene", "nuked"]);
    expect(releases.find((r) => r.guid === "prematch=0 attribute")?.flags).toEqual([]);
  });

  it("throws the error document of a wrong API key as an auth failure on the apiKey field", () => {
    const error = parseError(() => parseFeed(fixture("newznab/unauthorized.xml"), usenet));
    expect(error.kind).toBe("auth");
    expect(error.field).toBe("apiKey");
    expect(error.message).toBe("Test NZB error 100: Incorrect user credentials (the API key is wrong)");
  });

  it("maps request-limit error codes to rate-limited with a retry time", () => {
    const doc = '<?xml version="1.0"?><error code="500" description="Request limit reached. Retry in 600 seconds"/>';
    const error = parseError(() => parseFeed(doc, usenet));
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterSeconds).toBe(600);
  });

  it("gives a clear error for malformed XML, HTML and empty answers", () => {
    // A capture cut off mid-transfer, as a flaky indexer sends it.
    const full = fixture("torznab/torznab_hdaccess_net.xml");
    const malformed = parseError(() => parseFeed(full.slice(0, Math.floor(full.length / 2)), torrent));
    expect(malformed.kind).toBe("parse");
    expect(malformed.message).toMatch(/^Test sent malformed XML \(line \d+: .+\)$/);
    // Upstream's AlphaRatio capture has stray HTML entities: read leniently instead of failing.
    expect(
      parseFeed(fixture("indexer-feeds/sonarr/TorrentRss/AlphaRatio.xml"), torrent).releases.length,
    ).toBeGreaterThan(0);
    expect(parseError(() => parseFeed("", torrent)).message).toBe("Test sent an empty response instead of XML");
    expect(parseError(() => parseFeed("Service Unavailable", torrent)).message).toContain("not XML");
    expect(parseError(() => parseFeed("<html><body>Cloudflare</body></html>", torrent)).message).toBe(
      "Test answered with <html> instead of an RSS feed",
    );
  });
});

describe("caps", () => {
  it("reads search modes, supported params, categories and limits", () => {
    const caps = parseCaps(parseXml(fixture("torznab/torznab_animetosho_caps.xml"), "AT"), "AT");
    expect(caps.search).toEqual({ available: true, params: ["q"] });
    expect(caps.movieSearch.available).toBe(false);
    expect(caps.limits).toEqual({ max: 200, default: 75 });
    expect(caps.categories.map((c) => c.id)).toEqual([5070, 2020]);

    const newznab = parseCaps(parseXml(fixture("newznab/newznab_caps.xml"), "NZB"), "NZB");
    expect(newznab.tvSearch.available).toBe(true);
    expect(newznab.categories.find((c) => c.id === 5000)?.subcategories.map((s) => s.id)).toContain(5040);

    const prowlarr = parseCaps(parseXml(fixture("newznab/prowlarr__newznab_caps.xml"), "P"), "P");
    expect(prowlarr.movieSearch.params).toContain("imdbid");
    expect(prowlarr.tvSearch.params).toEqual(expect.arrayContaining(["q", "season", "ep"]));
    for (const file of [
      "scenenzbs.xml",
      "dognzbCapsResponse.xml",
      "nzbFinderCapsResponse.xml",
      "nzbsOrgCapsResponse.xml",
      "omgwtfCapsResponse.xml",
    ]) {
      expect(
        parseCaps(parseXml(fixture(`newznab/nzbhydra2/${file}`), file), file).categories.length,
        file,
      ).toBeGreaterThan(0);
    }
  });

  it("refuses a caps answer that is not <caps>", () => {
    const error = parseError(() => parseCaps(parseXml(fixture("torznab/torznab_tpb.xml"), "TPB"), "TPB"));
    expect(error.message).toBe("TPB answered t=caps with <rss> instead of <caps>");
  });
});
