import { describe, expect, it } from "vitest";
import {
  explain,
  parse,
  parseSummarySchema,
  qualityByName,
  qualityFor,
  QUALITIES,
  toParseSummary,
} from "@/lib/release";

describe("parse", () => {
  it("reads a scene TV episode", () => {
    const r = parse("The.Office.US.S02E03.720p.HDTV.x264-CTU");
    expect(r).toMatchObject({
      kind: "episode",
      title: "The Office US",
      season: 2,
      episodes: [3],
      group: "CTU",
      codec: "h264",
    });
    expect(r.quality).toMatchObject({ name: "HDTV-720p", source: "tv", resolution: 720 });
  });

  it("reads a UHD remux movie with HDR and Atmos", () => {
    const r = parse("Movie.Title.2010.2160p.UHD.BluRay.REMUX.HDR.HEVC.Atmos-GRP");
    expect(r).toMatchObject({ kind: "movie", title: "Movie Title", year: 2010, codec: "h265", group: "GRP" });
    expect(r.quality.name).toBe("Bluray-2160p Remux");
    expect(r.hdr).toContain("hdr");
    expect(r.audio.atmos).toBe(true);
  });

  it("reads an anime absolute episode with a sub group and hash", () => {
    const r = parse("[SubsPlease] Show - 1071 (1080p) [ABCD1234].mkv");
    expect(r).toMatchObject({
      kind: "anime",
      title: "Show",
      absolute: [1071],
      group: "SubsPlease",
      hash: "ABCD1234",
      container: "mkv",
    });
  });

  it("reads a daily show", () => {
    expect(parse("Show.2024.01.15.720p.WEB.h264-GRP")).toMatchObject({
      kind: "daily",
      title: "Show",
      airDate: "2024-01-15",
    });
  });

  it("reads multi-episode ranges, season packs and multi-season packs", () => {
    expect(parse("Series.S03E01-06.DUAL.BDRip.XviD.AC3.-HELLYWOOD").episodes).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parse("Series.S01.720p.WEBDL.DD5.1.H.264-NTb")).toMatchObject({
      kind: "season-pack",
      season: 1,
      fullSeason: true,
    });
    expect(parse("Series.Title.S01-S09.1080p.AMZN.WEB-DL.DDP2.0.H.264-NTb")).toMatchObject({
      kind: "multi-season",
      seasons: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
  });

  it("splits AKA titles", () => {
    const r = parse("Kjeller.chitai.AKA.Basement.of.Shame.1956.1080p.BluRay.x264.FLAC.1.0.mkv");
    expect(r.titles).toEqual(["Kjeller chitai AKA Basement of Shame", "Kjeller chitai", "Basement of Shame"]);
  });

  it("reads edition, languages, proper and v2", () => {
    expect(parse("Movie.Title.2012.Extended.Directors.Cut.German.DL.1080p.BluRay.x264-GRP")).toMatchObject({
      edition: "Extended Directors Cut",
      languages: ["German", "Original"],
    });
    expect(parse("Series.S01E01.PROPER.720p.HDTV.x264-GRP").quality.revision.version).toBe(2);
    expect(parse("[Group] Show - 05v2 [720p]").quality.revision.version).toBe(2);
  });

  it("uses parent folders when the file name is not enough", () => {
    expect(parse("C:\\Test\\Series\\Season 1\\02 Honor Thy Father (1080p HD).m4v")).toMatchObject({
      season: 1,
      episodes: [2],
    });
    const r = parse(
      "/downloads/Series.Title.S02E19.720p.BluRay.x264-SiNNERS/ba27283b17c00d01193eacc02a8ba98eeb523a76.mkv",
    );
    expect(r).toMatchObject({ season: 2, episodes: [19], title: "Series Title" });
    expect(r.quality.name).toBe("Bluray-720p");
  });

  it("uses hints", () => {
    expect(parse("Series and Show 2012 Part 1 720p HDTV x264", { kind: "movie" }).kind).toBe("movie");
    expect(parse("Some Title 2019 1080p BluRay x264", { kind: "tv" }).kind).toBe("unknown");
  });

  it("never throws and caps the input", () => {
    expect(parse("").kind).toBe("unknown");
    expect(parse("x".repeat(100_000)).input.length).toBeLessThanOrEqual(512);
    expect(parse(undefined as unknown as string).kind).toBe("unknown");
  });

  it("explains which token gave which field", () => {
    const e = explain("The.Office.US.S02E03.720p.HDTV.x264-CTU");
    expect(e).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "season", value: "2", token: "S02E03" }),
        expect.objectContaining({ field: "resolution", value: "720", token: "720p" }),
        expect.objectContaining({ field: "codec", value: "h264", token: "x264" }),
      ]),
    );
  });
});

describe("quality model", () => {
  it("maps source, resolution and modifier to the quality list", () => {
    expect(qualityFor("webdl", 1080, "none").name).toBe("WEBDL-1080p");
    expect(qualityFor("bluray", 2160, "remux").name).toBe("Bluray-2160p Remux");
    expect(qualityFor("tv", 480, "none").name).toBe("SDTV");
    expect(qualityFor("tv", 1080, "rawhd").name).toBe("Raw-HD");
    expect(qualityFor("bluray", 1080, "brdisk").name).toBe("BR-DISK");
    expect(qualityFor("cam", null, "none").name).toBe("CAM");
  });

  it("has size definitions for every quality", () => {
    expect(new Set(QUALITIES.map((q) => q.name)).size).toBe(QUALITIES.length);
    for (const q of QUALITIES) expect(q.minSize).toBeGreaterThanOrEqual(0);
    expect(qualityByName("HDTV-720p")?.maxSize).toBe(125);
  });
});

describe("toParseSummary", () => {
  it("produces the flat object that the schema describes", () => {
    const summary = toParseSummary(parse("Series.S01E01E02.1080p.AMZN.WEB-DL.DDP5.1.H.264-NTb"));
    expect(parseSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      kind: "episode",
      season: 1,
      episodes: [1, 2],
      quality: "WEBDL-1080p",
      group: "NTb",
      version: 1,
    });
    expect(Object.keys(summary)).toEqual([
      "input",
      "kind",
      "title",
      "year",
      "season",
      "seasons",
      "episodes",
      "absolute",
      "airDate",
      "fullSeason",
      "resolution",
      "source",
      "modifier",
      "quality",
      "codec",
      "hdr",
      "audio",
      "languages",
      "edition",
      "group",
      "version",
      "special",
    ]);
  });
});
