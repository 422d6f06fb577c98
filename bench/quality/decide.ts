/**
 * Decision throughput: one movie, 1,000 candidate releases, a profile with 20 custom formats
 * (TRaSH-style: regexes on title and group, source, resolution, language, size, flags, year).
 * Prints releases evaluated per second for decide() on parsed releases, for the full
 * evaluateReleases() (decide + rank), and with parsing included. Run: npx tsx bench/quality/decide.ts
 */
import { parse } from "@/lib/release";
import {
  bestRelease,
  decide,
  DEFAULT_DECISION_SETTINGS,
  defaultDelayProfile,
  defaultQualityProfiles,
  defaultQualitySizes,
  evaluateReleases,
  type CustomFormat,
  type DecisionContext,
  type FormatCondition,
  type ReleaseCandidate,
} from "@/lib/quality";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const c = (type: FormatCondition["type"], fields: Record<string, unknown>, required = false, negate = false) =>
  ({ type, name: type, negate, required, ...fields }) as FormatCondition;
const title = (pattern: string) => c("releaseTitle", { pattern });
const group = (pattern: string) => c("releaseGroup", { pattern }, true);

const FORMATS: CustomFormat[] = [
  ["DV", [title("\\b(dv|dovi|dolby[ .]?vision)\\b")]],
  ["HDR10+", [title("\\bHDR10(\\+|P(lus)?\\b)")]],
  ["HDR", [title("\\bHDR(\\b|\\d)"), title("\\bPQ\\b")]],
  ["TrueHD ATMOS", [title("\\bTrue[ .-]?HD\\b"), c("releaseTitle", { pattern: "\\bATMOS(\\b|\\d)" }, true)]],
  ["DTS-HD MA", [title("\\bDTS[-_. ]?(HD[-_. ]?)?MA\\b")]],
  ["x265 (HD)", [title("[xh][ ._-]?265|\\bHEVC(\\b|\\d)"), c("resolution", { resolution: 2160 }, true, true)]],
  ["Remaster", [c("edition", { pattern: "Remaster" }, true)]],
  ["IMAX", [title("\\bIMAX\\b")]],
  ["Criterion", [title("\\b(Criterion|CC)\\b")]],
  [
    "HD Bluray Tier 01",
    [
      group(
        "^(BBQ|BMF|c0kE|Chotab|CRiSC|CtrlHD|D-Z0N3|Dariush|decibeL|DON|EbP|EDPH|Geek|LolHD|NCmt|PTer|TayTO|TDD|TnP|VietHD|ZQ)$",
      ),
    ],
  ],
  ["HD Bluray Tier 02", [group("^(ATELiER|EA|HiDt|HiSD|iFT|NTb|QOQ|SA89|sbR)$")]],
  [
    "WEB Tier 01",
    [group("^(ABBIE|AJP69|APEX|BLUTONiUM|CMRG|CRFW|CRUD|FLUX|GNOME|HONE|KiNGS|Kitsune|NOSiViD|NTb|NTG|SiC|TEPES)$")],
  ],
  [
    "LQ",
    [
      group(
        "^(aXXo|BRrip|CM8|CrEW|CTFOH|DDR|DNL|EVO|FaNGDiNG0|FRDS|HDTime|iPlanet|KiNGDOM|Leffe|mHD|mSD|nHD|nikt0|nSD|NhaNc3|PRODJi|RARBG|RDN|SANTi|STUTTERSHIT|WAF|x0r|YIFY|YTS)$",
      ),
    ],
  ],
  ["BR-DISK", [c("qualityModifier", { modifier: "brdisk" }, true)]],
  ["Bluray source", [c("source", { source: "bluray" }, true)]],
  ["1080p", [c("resolution", { resolution: 1080 }, true)]],
  ["Not English", [c("language", { language: "English", exceptLanguage: false }, true, true)]],
  ["Freeleech", [c("indexerFlag", { flag: "freeleech" }, true)]],
  ["Huge", [c("size", { minGb: 30, maxGb: 400 }, true)]],
  ["Old year", [c("year", { min: 1900, max: 1990 }, true)]],
].map(([name, conditions], i) => ({
  id: `f${i}`,
  name: name as string,
  includeWhenRenaming: false,
  conditions: conditions as FormatCondition[],
}));

const profile = {
  ...defaultQualityProfiles().find((p) => p.name === "HD-1080p")!,
  minFormatScore: -1000,
  cutoff: defaultQualityProfiles()
    .find((p) => p.name === "HD-1080p")!
    .items.find((i) => i.name === "Bluray-1080p Remux")!.id,
  cutoffFormatScore: 10000,
  formatScores: Object.fromEntries(
    FORMATS.map((f, i) => [
      f.id,
      [1500, 1600, 500, 3000, 2500, -10000, 25, 800, 10, 1800, 1750, 1700, -10000, -10000, 10, 5, -10000, 5, -50, 0][i],
    ]),
  ),
};

const RES = ["2160p", "1080p", "720p", "480p"];
const SRC = ["BluRay", "WEB-DL", "WEBRip", "HDTV", "BluRay.REMUX", "DVDRip", "CAM"];
const CODEC = ["x264", "x265", "H.264", "HEVC", "AVC"];
const EXTRA = [
  "",
  "DTS-HD.MA.5.1",
  "TrueHD.7.1.Atmos",
  "DD5.1",
  "AAC2.0",
  "HDR.DV",
  "HDR10Plus",
  "REMASTERED",
  "PROPER",
  "IMAX",
  "FRENCH",
  "MULTi",
];
const GROUPS = [
  "CtrlHD",
  "DON",
  "FLUX",
  "NTb",
  "RARBG",
  "YTS",
  "SPARKS",
  "GECKOS",
  "AMIABLE",
  "EVO",
  "playWEB",
  "TERMINAL",
  "FGT",
  "iFT",
];

function releases(n: number): Array<Omit<ReleaseCandidate, "release">> {
  const out: Array<Omit<ReleaseCandidate, "release">> = [];
  for (let i = 0; i < n; i++) {
    const t = [
      "Fight.Club.1999",
      EXTRA[(i * 7) % EXTRA.length],
      RES[i % RES.length],
      SRC[(i * 3) % SRC.length],
      CODEC[(i * 5) % CODEC.length],
    ]
      .filter(Boolean)
      .join(".");
    out.push({
      guid: `g${i}`,
      title: `${t}-${GROUPS[(i * 11) % GROUPS.length]}`,
      indexerId: `i${i % 4}`,
      indexerName: `Indexer ${i % 4}`,
      protocol: i % 3 === 0 ? "usenet" : "torrent",
      size: Math.round((0.5 + ((i * 37) % 60)) * 1024 ** 3),
      publishedAt: new Date(NOW - ((i * 97) % 5000) * 3_600_000).toISOString(),
      seeders: i % 3 === 0 ? null : (i * 13) % 200,
      flags: i % 9 === 0 ? ["freeleech"] : [],
    });
  }
  return out;
}

const indexers = Object.fromEntries(
  [0, 1, 2, 3].map((i) => [
    `i${i}`,
    { name: `Indexer ${i}`, priority: 10 + i * 10, disabledUntil: null, minimumSeeders: 1 },
  ]),
);
const ctx: DecisionContext = {
  now: NOW,
  source: "automatic",
  target: {
    kind: "movie",
    id: "m",
    title: "Fight Club",
    alternativeTitles: [],
    year: 1999,
    tmdbId: 550,
    imdbId: "tt0137523",
    runtimeMinutes: 139,
    monitored: true,
    tags: [],
    originalLanguage: "English",
    status: "released",
    minimumAvailability: "released",
    inCinemasAt: Date.parse("1999-10-15"),
    digitalReleaseAt: null,
    physicalReleaseAt: null,
  },
  profile,
  sizes: defaultQualitySizes(),
  formats: FORMATS,
  releaseProfiles: [
    {
      id: "r",
      name: "No junk",
      enabled: true,
      required: [],
      ignored: ["/\\b(HC|KORSUB)\\b/i", "3D"],
      indexerIds: [],
      tags: [],
    },
  ],
  delayProfile: { ...defaultDelayProfile(), torrentDelayMinutes: 60 },
  existingFiles: [{ qualityId: 9, revision: { version: 1, real: 0 }, formatScore: 0, releaseGroup: "OLD" }],
  queue: [],
  blocklist: Array.from({ length: 50 }, (_, i) => ({
    title: `Fight.Club.1999.Blocked.${i}`,
    guid: `b${i}`,
    indexerId: null,
    infoHash: null,
    protocol: "torrent" as const,
    size: null,
  })),
  grabbed: Array.from({ length: 20 }, (_, i) => `old${i}`),
  indexers,
  freeSpaceBytes: 2 * 1024 ** 4,
  settings: { ...DEFAULT_DECISION_SETTINGS, retentionDays: 4000 },
};

const raw = releases(1000);
const parsed: ReleaseCandidate[] = raw.map((r) => ({ ...r, release: parse(r.title, { kind: "movie" }) }));

function measure(label: string, fn: () => void, releasesPerRun: number): number {
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) {
    fn();
    runs++;
  }
  const seconds = (performance.now() - start) / 1000;
  const perSecond = Math.round((runs * releasesPerRun) / seconds);
  console.log(
    `${label.padEnd(52)} ${perSecond.toLocaleString("en-US").padStart(10)} releases/s  (${((seconds * 1000) / runs).toFixed(1)} ms per 1,000)`,
  );
  return perSecond;
}

const all = evaluateReleases(parsed, ctx);
const accepted = all.filter((d) => d.accepted).length;
const pending = all.filter((d) => d.temporarilyRejected).length;
console.log(
  `1,000 releases of Fight Club, HD-1080p profile with ${FORMATS.length} custom formats, ${ctx.blocklist.length} blocklist entries, file on disk`,
);
console.log(
  `accepted ${accepted}, pending ${pending}, rejected ${all.length - accepted - pending}; best: ${all[0].candidate.title} (score ${all[0].formatScore})\n`,
);
measure(
  "decide() every rule, every reason (interactive)",
  () => {
    for (const c of parsed) decide(c, ctx);
  },
  1000,
);
measure("evaluateReleases(): decide + rank", () => evaluateReleases(parsed, ctx), 1000);
measure("bestRelease(): stop at first permanent rejection", () => bestRelease(parsed, ctx), 1000);
measure(
  "parse + evaluateReleases()",
  () =>
    evaluateReleases(
      raw.map((r) => ({ ...r, release: parse(r.title, { kind: "movie" }) })),
      ctx,
    ),
  1000,
);
