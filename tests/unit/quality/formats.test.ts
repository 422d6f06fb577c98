import { describe, expect, it } from "vitest";
import {
  COMPARERS,
  decide,
  exportFormat,
  importFormats,
  matchFormats,
  rank,
  type CustomFormat,
  type FormatCondition,
} from "@/lib/quality";
import { releaseTypeOf } from "@/lib/quality/formats";
import { parse } from "@/lib/release";
import { candidate, context, profileNamed } from "../../helpers/quality";

const cond = (c: Partial<FormatCondition> & Pick<FormatCondition, "type">): FormatCondition =>
  ({ name: c.type, negate: false, required: false, ...c }) as FormatCondition;
const fmt = (id: string, conditions: FormatCondition[]): CustomFormat => ({
  id,
  name: id,
  includeWhenRenaming: false,
  conditions,
});
const input = (title: string, extra: { size?: number; flags?: string[] } = {}) => {
  const release = parse(title);
  return { title, release, size: extra.size ?? null, flags: extra.flags ?? [], releaseType: releaseTypeOf(release) };
};

describe("custom formats: the *arr matching rule", () => {
  const profile = { ...profileNamed("Any"), formatScores: { a: 10, b: -5 } };
  it("needs every required condition and one optional condition of each type", () => {
    const f = fmt("a", [
      cond({ type: "releaseTitle", pattern: "\\bAtmos\\b" }),
      cond({ type: "releaseTitle", pattern: "TrueHD" }),
      cond({ type: "resolution", resolution: 2160, required: true }),
    ]);
    expect(matchFormats([f], profile, input("Movie.2020.2160p.BluRay.TrueHD.7.1-GRP"))).toEqual([
      { id: "a", name: "a", score: 10 },
    ]);
    expect(matchFormats([f], profile, input("Movie.2020.1080p.BluRay.TrueHD.7.1-GRP"))).toEqual([]);
    expect(matchFormats([f], profile, input("Movie.2020.2160p.BluRay.DTS-GRP"))).toEqual([]);
  });
  it("negates, reads source/modifier/group/edition/language/flags/size/type/year", () => {
    const GB = 1024 ** 3;
    const t = "Movie.1985.REMASTERED.1080p.BluRay.REMUX.AVC.FRENCH-GRP";
    const cases: Array<[FormatCondition, boolean]> = [
      [cond({ type: "source", source: "bluray" }), true],
      [cond({ type: "qualityModifier", modifier: "remux" }), true],
      [cond({ type: "releaseGroup", pattern: "^GRP$" }), true],
      [cond({ type: "edition", pattern: "remaster" }), true],
      [cond({ type: "language", language: "French", exceptLanguage: false }), true],
      [cond({ type: "language", language: "French", exceptLanguage: true }), false],
      [cond({ type: "language", language: "English", exceptLanguage: false, negate: true }), true],
      [cond({ type: "indexerFlag", flag: "freeleech" }), true],
      [cond({ type: "size", minGb: 20, maxGb: 40 }), true],
      [cond({ type: "size", minGb: 40, maxGb: 80 }), false],
      [cond({ type: "year", min: 1980, max: 1989 }), true],
      [cond({ type: "releaseType", releaseType: "season-pack" }), false],
    ];
    for (const [c, want] of cases) {
      expect(
        matchFormats([fmt("a", [c])], profile, input(t, { size: 30 * GB, flags: ["freeleech"] })).length > 0,
        JSON.stringify(c),
      ).toBe(want);
    }
  });
  it("tells single episodes, multi-episodes and season packs apart", () => {
    expect(releaseTypeOf(parse("Show.S01E01.720p.HDTV.x264-GRP"))).toBe("single-episode");
    expect(releaseTypeOf(parse("Show.S01E01E02.720p.HDTV.x264-GRP"))).toBe("multi-episode");
    expect(releaseTypeOf(parse("Show.S01.720p.HDTV.x264-GRP"))).toBe("season-pack");
  });
  it("shows the score breakdown in the decision", () => {
    const formats = [
      fmt("a", [cond({ type: "releaseTitle", pattern: "x264" })]),
      fmt("b", [cond({ type: "releaseGroup", pattern: "GRP" })]),
    ];
    const d = decide(candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"), context({ formats, profile }));
    expect(d.formats).toEqual([
      { id: "a", name: "a", score: 10 },
      { id: "b", name: "b", score: -5 },
    ]);
    expect(d.formatScore).toBe(5);
  });
});

describe("TRaSH JSON", () => {
  it("reads Sonarr numbering when the format has a release type, and writes it back the same way", () => {
    const sonarr = {
      name: "Season Pack WEB",
      specifications: [
        {
          name: "Pack",
          implementation: "ReleaseTypeSpecification",
          negate: false,
          required: true,
          fields: { value: 3 },
        },
        { name: "Web", implementation: "SourceSpecification", negate: false, required: true, fields: { value: 3 } },
        {
          name: "Internal",
          implementation: "IndexerFlagSpecification",
          negate: false,
          required: false,
          fields: { value: 8 },
        },
      ],
    };
    const [f] = importFormats(sonarr);
    expect(
      f.conditions.map((c) => [
        c.type,
        "releaseType" in c ? c.releaseType : "source" in c ? c.source : "flag" in c ? c.flag : null,
      ]),
    ).toEqual([
      ["releaseType", "season-pack"],
      ["source", "webdl"],
      ["indexerFlag", "internal"],
    ]);
    expect(exportFormat(f).specifications.map((s) => s.fields)).toEqual([{ value: 3 }, { value: 3 }, { value: 8 }]);
  });
  it("rejects unknown implementations and bad regexes with the spec's name", () => {
    expect(() =>
      importFormats({ name: "x", specifications: [{ name: "odd", implementation: "MagicSpecification", fields: {} }] }),
    ).toThrow(/"odd" \(MagicSpecification\)/);
    expect(() =>
      importFormats({
        name: "x",
        specifications: [{ name: "re", implementation: "ReleaseTitleSpecification", fields: { value: "(" } }],
      }),
    ).toThrow(/invalid regular expression/);
    expect(() => importFormats({ nope: true })).toThrow(/not a custom format/);
  });
  it("accepts .NET's leading (?i)", () => {
    const [f] = importFormats({
      name: "x",
      specifications: [{ name: "re", implementation: "ReleaseTitleSpecification", fields: { value: "(?i)remux" } }],
    });
    expect(
      matchFormats(
        [{ ...f, id: "x" }],
        { ...profileNamed("Any"), formatScores: { x: 1 } },
        input("Movie.2020.1080p.BluRay.REMUX-GRP"),
      ),
    ).toHaveLength(1);
  });
});

describe("ranking comparers", () => {
  it("is a list of one-line comparers applied in order", () => {
    expect(COMPARERS).toHaveLength(9);
    const ctx = context({
      indexers: {
        a: { name: "A", priority: 10, disabledUntil: null, minimumSeeders: 1 },
        b: { name: "B", priority: 40, disabledUntil: null, minimumSeeders: 1 },
      },
    });
    const same = "Fight.Club.1999.1080p.BluRay.x264-GRP";
    const ranked = rank(
      [
        decide(candidate(same, { indexerId: "b", seeders: 500 }), ctx),
        decide(candidate(same, { indexerId: "a", seeders: 5 }), ctx),
        decide(candidate(same, { indexerId: "a", seeders: 50 }), ctx),
        decide(candidate(same, { indexerId: "a", protocol: "usenet", seeders: null }), ctx),
      ],
      ctx,
    );
    // Usenet is preferred by default; then the indexer priority; then seeders.
    expect(ranked.map((d) => [d.candidate.protocol, d.candidate.indexerId, d.candidate.seeders])).toEqual([
      ["usenet", "a", null],
      ["torrent", "a", 50],
      ["torrent", "a", 5],
      ["torrent", "b", 500],
    ]);
  });
  it("prefers the size closest to the preferred size last", () => {
    const ctx = context();
    const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
    // Preferred 95 MB/min × 139 min ≈ 12.9 GB.
    const ranked = rank(
      [
        decide(candidate(t, { sizeGb: 5, seeders: 10 }), ctx),
        decide(candidate(t, { sizeGb: 13, seeders: 10 }), ctx),
        decide(candidate(t, { sizeGb: 19, seeders: 10 }), ctx),
      ],
      ctx,
    );
    expect(ranked.map((d) => Math.round((d.candidate.size ?? 0) / 1024 ** 3))).toEqual([13, 19, 5]);
  });
});
