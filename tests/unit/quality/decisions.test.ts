import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  decide,
  defaultQualityProfiles,
  evaluateReleases,
  rank,
  type DecisionContext,
  type ExistingFile,
  type QualityProfile,
} from "@/lib/quality";
import { cutoffNotMet } from "@/lib/quality/specs/cutoff.spec";
import { qualityAllowed } from "@/lib/quality/specs/quality-allowed.spec";
import { repackSameGroup } from "@/lib/quality/specs/repack.spec";
import { upgradesDisk } from "@/lib/quality/specs/upgrade.spec";
import { qualityByName } from "@/lib/release";
import { candidate, context } from "../../helpers/quality";
import { FIXTURES } from "../../helpers/fake-indexer";
import { feedCandidates } from "../../helpers/feeds";

/**
 * The oracle: the shipped profiles written out by hand (best first; names on one line are equal),
 * independent of lib/quality's own tables.
 */
const ORDER: string[][] = [
  ["Bluray-2160p Remux"],
  ["Bluray-2160p"],
  ["WEBDL-2160p", "WEBRip-2160p"],
  ["HDTV-2160p"],
  ["BR-DISK"],
  ["Bluray-1080p Remux"],
  ["Bluray-1080p"],
  ["WEBDL-1080p", "WEBRip-1080p"],
  ["HDTV-1080p"],
  ["Raw-HD"],
  ["Bluray-720p"],
  ["WEBDL-720p", "WEBRip-720p"],
  ["HDTV-720p"],
  ["Bluray-576p"],
  ["Bluray-480p"],
  ["WEBDL-480p", "WEBRip-480p"],
  ["DVD-R"],
  ["DVD"],
  ["SDTV"],
  ["DVDSCR"],
  ["REGIONAL"],
  ["TELECINE"],
  ["TELESYNC"],
  ["CAM"],
  ["WORKPRINT"],
  ["Unknown"],
];
const rankOf = (name: string) => ORDER.length - ORDER.findIndex((g) => g.includes(name));
const SD = ["Bluray-576p", "Bluray-480p", "WEBDL-480p", "WEBRip-480p", "DVD-R", "DVD", "SDTV"];
const HD720 = ["Bluray-720p", "WEBDL-720p", "WEBRip-720p", "HDTV-720p"];
const HD1080 = ["Bluray-1080p Remux", "Bluray-1080p", "WEBDL-1080p", "WEBRip-1080p", "HDTV-1080p"];
const UHD = ["Bluray-2160p Remux", "Bluray-2160p", "WEBDL-2160p", "WEBRip-2160p", "HDTV-2160p"];
const ORACLE: Record<string, { allowed: string[]; cutoff: string }> = {
  Any: { allowed: [...SD, ...HD720, ...HD1080, ...UHD], cutoff: "Bluray-1080p" },
  SD: { allowed: SD, cutoff: "Bluray-576p" },
  "HD-720p": { allowed: HD720, cutoff: "Bluray-720p" },
  "HD-1080p": { allowed: HD1080, cutoff: "Bluray-1080p" },
  "Ultra-HD": { allowed: UHD, cutoff: "Bluray-2160p" },
  "HD-720p/1080p": { allowed: [...HD720, ...HD1080], cutoff: "Bluray-1080p" },
};

interface Case {
  title: string;
  quality: string;
  version: number;
  app: string;
  asserted: string[];
}
const corpus: Case[] = JSON.parse(readFileSync(path.join(FIXTURES, "release-names/quality.json"), "utf8")).cases;
const DISK: Array<{ label: string; quality: string | null; version: number }> = [
  { label: "nothing on disk", quality: null, version: 1 },
  { label: "HDTV-720p on disk", quality: "HDTV-720p", version: 1 },
  { label: "Bluray-1080p on disk", quality: "Bluray-1080p", version: 1 },
];

/** Which of the quality rules should say no, by the oracle. */
function expected(profile: string, quality: string, version: number, disk: (typeof DISK)[number]): string[] {
  const o = ORACLE[profile];
  const out: string[] = [];
  if (!o.allowed.includes(quality)) out.push("quality-allowed");
  if (disk.quality === null) return out;
  const mine = rankOf(quality);
  const theirs = rankOf(disk.quality);
  if (mine < theirs || (mine === theirs && version <= disk.version)) out.push("upgrade");
  const properOfSame = mine === theirs && version > disk.version;
  if (theirs >= rankOf(o.cutoff) && !properOfSame) out.push("cutoff");
  return out;
}

const QUALITY_SPECS = [qualityAllowed, upgradesDisk, cutoffNotMet, repackSameGroup];

describe("decision table: quality corpus × shipped profiles × file on disk", () => {
  const profiles = defaultQualityProfiles();
  // Rows whose name the parser reads as the corpus says (the parser's own misses are its tests' business).
  const usable = corpus.filter((c) => {
    const parsed = candidate(c.title).release.quality;
    return (
      c.quality !== undefined &&
      qualityByName(c.quality) !== undefined &&
      parsed.name === c.quality &&
      parsed.revision.version === c.version
    );
  });

  it("uses most of the corpus", () => {
    expect(usable.length).toBeGreaterThan(550);
    expect(usable.length * defaultQualityProfiles().length * DISK.length).toBeGreaterThan(10_000);
  });

  for (const profile of profiles) {
    for (const disk of DISK) {
      it(`${profile.name}, ${disk.label}`, () => {
        const files: ExistingFile[] = disk.quality
          ? [
              {
                qualityId: qualityByName(disk.quality)!.id,
                revision: { version: disk.version, real: 0 },
                formatScore: 0,
                releaseGroup: null,
              },
            ]
          : [];
        const ctx = context({ profile, existingFiles: files });
        const rows = usable.map((c) => {
          const d = decide(candidate(c.title), ctx, { specs: QUALITY_SPECS });
          return {
            title: c.title,
            quality: c.quality,
            got: d.rejections.map((r) => r.spec),
            want: expected(profile.name, c.quality, c.version, disk),
            accepted: d.accepted,
          };
        });
        const wrong = rows.filter((r) => r.got.join() !== r.want.join());
        expect(wrong).toEqual([]);
        expect(rows.length).toBe(usable.length);
      });
    }
  }

  it("explains each rejection in words", () => {
    const ctx = context({
      profile: profiles.find((p) => p.name === "HD-1080p")!,
      existingFiles: [{ qualityId: 7, revision: { version: 1, real: 0 }, formatScore: 0, releaseGroup: null }],
    });
    const d = decide(candidate("Movie.2010.720p.HDTV.x264-GRP"), ctx, { specs: QUALITY_SPECS });
    expect(d.rejections.map((r) => r.reason)).toEqual([
      'HDTV-720p is not wanted in the profile "HD-1080p"',
      "The file on disk has a better quality (Bluray-1080p)",
      "The file on disk (Bluray-1080p, score 0) already meets the cutoff",
    ]);
  });
});

/** Hand-written rows over the full rule set: Fight Club, HD-1080p, a realistic mix of releases. */
describe("decision table: full rules, one movie", () => {
  const hd1080 = defaultQualityProfiles().find((p) => p.name === "HD-1080p")!;
  const formats = [
    {
      id: "x265",
      name: "x265 (HD)",
      includeWhenRenaming: false,
      conditions: [
        {
          type: "releaseTitle" as const,
          name: "x265",
          pattern: "[xh][ ._-]?265|\\bHEVC\\b",
          negate: false,
          required: true,
        },
      ],
    },
    {
      id: "tier1",
      name: "HD Bluray Tier 01",
      includeWhenRenaming: false,
      conditions: [
        {
          type: "releaseGroup" as const,
          name: "groups",
          pattern: "^(?:CtrlHD|DON|EbP)$",
          negate: false,
          required: true,
        },
      ],
    },
    {
      id: "lq",
      name: "LQ",
      includeWhenRenaming: false,
      conditions: [
        { type: "releaseGroup" as const, name: "lq", pattern: "^(?:YIFY|YTS|RARBG)$", negate: false, required: true },
      ],
    },
  ];
  const profile: QualityProfile = {
    ...hd1080,
    cutoff: hd1080.items.find((i) => i.name === "Bluray-1080p")!.id,
    formatScores: { x265: -50, tier1: 1800, lq: -10000 },
    minFormatScore: -100,
  };
  const ctx: DecisionContext = context({
    profile,
    formats,
    settings: { retentionDays: 3000, minimumAgeMinutes: 0, minimumFreeSpaceMb: 100 },
  });

  const rows: Array<[title: string, extra: Parameters<typeof candidate>[1], accepted: boolean, reason: string | null]> =
    [
      ["Fight.Club.1999.1080p.BluRay.DD5.1.x264-CtrlHD", { sizeGb: 12 }, true, null],
      ["Fight.Club.1999.1080p.BluRay.x264-DON", { sizeGb: 11, seeders: 3 }, true, null],
      ["Fight.Club.1999.REMASTERED.1080p.BluRay.x264-SPARKS", { sizeGb: 10 }, true, null],
      ["Fight.Club.1999.1080p.WEB-DL.DD5.1.H264-FGT", { sizeGb: 6 }, true, null],
      [
        "Fight.Club.1999.1080p.BluRay.x265-RARBG",
        { sizeGb: 3 },
        false,
        "Custom-format score -10050 (x265 (HD) -50, LQ -10000) is below the profile's minimum of -100",
      ],
      [
        "Fight.Club.1999.720p.BluRay.x264-SPARKS",
        { sizeGb: 5 },
        false,
        'Bluray-720p is not wanted in the profile "HD-1080p"',
      ],
      [
        "Fight.Club.1999.2160p.UHD.BluRay.x265-TERMINAL",
        { sizeGb: 40 },
        false,
        'Bluray-2160p is not wanted in the profile "HD-1080p"',
      ],
      ["Fight.Club.1999.CAM.x264-NoGrp", { sizeGb: 1 }, false, 'CAM is not wanted in the profile "HD-1080p"'],
      [
        "Fight.Club.1999.1080p.BluRay.x264-CtrlHD",
        { sizeGb: 0.3 },
        false,
        "307 MB is smaller than the Bluray-1080p minimum of 556 MB",
      ],
      ["Fight.Club.1999.1080p.BluRay.x264-CtrlHD.sample", { sizeGb: 12 }, false, "A sample, not the full release"],
      [
        "Fight.Club.1999.1080p.BluRay.x264-EbP",
        { sizeGb: 12, seeders: 0 },
        false,
        "0 seeders, the indexer asks for at least 1",
      ],
      ["Fight.Club.1999.1080p.HDTV.x264-GRP", { sizeGb: 4 }, true, null],
      ["Fight.Club.2.2019.1080p.BluRay.x264-GRP", { sizeGb: 8 }, false, '"Fight Club 2" is not Fight Club'],
      [
        "Fight.Club.1999.1080p.BluRay.x264-DON",
        { sizeGb: 11, protocol: "usenet", ageHours: 24 * 4000 },
        false,
        "4000 days old, past the usenet retention of 3000 days",
      ],
    ];

  it.each(rows)("%s", (title, extra, accepted, reason) => {
    const d = decide(candidate(title, extra), ctx);
    expect(d.accepted).toBe(accepted);
    expect(d.rejections[0]?.reason ?? null).toBe(reason);
  });

  it("ranks by quality, then score, then the rest — not by feed order", () => {
    const decisions = evaluateReleases(
      rows.map(([title, extra]) => candidate(title, extra)),
      ctx,
    );
    const ranked = decisions.filter((d) => d.accepted).map((d) => [d.rank, d.candidate.title, d.formatScore]);
    expect(ranked).toEqual([
      [1, "Fight.Club.1999.1080p.BluRay.DD5.1.x264-CtrlHD", 1800],
      [2, "Fight.Club.1999.1080p.BluRay.x264-DON", 1800],
      [3, "Fight.Club.1999.REMASTERED.1080p.BluRay.x264-SPARKS", 0],
      [4, "Fight.Club.1999.1080p.WEB-DL.DD5.1.H264-FGT", 0],
      [5, "Fight.Club.1999.1080p.HDTV.x264-GRP", 0],
    ]);
    expect(decisions.slice(5).every((d) => !d.accepted)).toBe(true);
  });

  it("upgrades the HDTV file on disk, and stops at the cutoff", () => {
    const hdtv = {
      ...ctx,
      existingFiles: [{ qualityId: 9, revision: { version: 1, real: 0 }, formatScore: 0, releaseGroup: "GRP" }],
    };
    const best = evaluateReleases(
      rows.map(([t, e]) => candidate(t, e)),
      hdtv,
    ).filter((d) => d.accepted);
    expect(best.map((d) => d.candidate.title)).not.toContain("Fight.Club.1999.1080p.HDTV.x264-GRP");
    expect(best[0].candidate.title).toBe("Fight.Club.1999.1080p.BluRay.DD5.1.x264-CtrlHD");
    const bluray = {
      ...ctx,
      existingFiles: [{ qualityId: 7, revision: { version: 1, real: 0 }, formatScore: 1800, releaseGroup: "DON" }],
    };
    expect(
      evaluateReleases(
        rows.map(([t, e]) => candidate(t, e)),
        bluray,
      ).filter((d) => d.accepted),
    ).toEqual([]);
  });
});

describe("decision table: captured indexer feeds", () => {
  const feeds = [
    ["newznab/newznab_nzb_su.xml", "nzbsu"],
    ["newznab/nzbhydra2/drunkenSlugResponse.xml", "drunkenslug"],
    ["newznab/nzbhydra2/nzbFinderResponse.xml", "nzbfinder"],
    ["newznab/nzbhydra2/wtfnzb.xml", "wtfnzb"],
    ["torznab/torznab_tpb.xml", "tpb"],
    ["torznab/torznab_hdaccess_net.xml", "hdaccess"],
    ["torznab/torznab_animetosho.xml", "animetosho"],
  ] as const;
  const specs = [qualityAllowed, upgradesDisk, cutoffNotMet];

  for (const [file, id] of feeds) {
    for (const profile of defaultQualityProfiles()) {
      it(`${id} × ${profile.name}: accepted first, best quality on top, reasons for the rest`, () => {
        const ctx = context({
          profile,
          indexers: { [id]: { name: id, priority: 25, disabledUntil: null, minimumSeeders: 1 } },
        });
        const candidates = feedCandidates(file, id);
        expect(candidates.length).toBeGreaterThan(0);
        const decisions = candidates.map((c) => decide(c, ctx, { specs }));
        const accepted = decisions.filter((d) => d.accepted);
        for (const d of decisions) {
          const allowed = ORACLE[profile.name].allowed.includes(d.quality.name);
          expect(d.accepted, d.candidate.title).toBe(allowed);
          if (!allowed)
            expect(d.rejections[0].reason).toBe(`${d.quality.name} is not wanted in the profile "${profile.name}"`);
        }
        const ranked = rank(accepted, ctx);
        expect(ranked.map((d) => d.rank)).toEqual(accepted.map((_, i) => i + 1));
        // Quality never goes up down the list, and the top is the best quality on offer.
        const qualities = ranked.map((d) => rankOf(d.quality.name));
        expect(qualities).toEqual(qualities.toSorted((a, b) => b - a));
        if (ranked.length > 0) expect(qualities[0]).toBe(Math.max(...accepted.map((d) => rankOf(d.quality.name))));
      });
    }
  }
});
