/**
 * Accuracy on the shared corpus: ours per file and per field (all asserted fields), then the fields
 * that all three parsers report, side by side.
 * Run: npx tsx bench/parser/accuracy.ts [--failures] [--only mydia.json | --except mydia.json]
 * (--only scores one corpus file, e.g. Mydia's own cases, for all three parsers; --except leaves one out.)
 */
import { parse } from "@/lib/release";
import { type Comparable, viaCtrl, viaPtt } from "./competitors";
import { cleanTitle, hintsFor, isTvCase, loadCorpus, pct, scoreCorpus, type CorpusCase, type Tally } from "./score";

const arg = (flag: string): string | null =>
  process.argv.includes(flag) ? (process.argv[process.argv.indexOf(flag) + 1] ?? null) : null;
const only = arg("--only");
const except = arg("--except");
const files = loadCorpus().filter((f) => (only === null || f.file === only) && f.file !== except);
const score = scoreCorpus(files);
const row = (label: string, t: Tally): string =>
  `${label.padEnd(26)} ${pct(t).padStart(8)}  ${String(t.ok).padStart(5)}/${t.total}`;

console.log(row("OVERALL (asserted fields)", score.overall));
console.log(`cases with every asserted field right: ${score.casesOk}/${score.cases}\n`);
console.log("per file");
for (const [file, t] of score.byFile) console.log(row(file, t));
console.log("\nper field");
for (const [field, t] of [...score.byField].sort((a, b) => b[1].total - a[1].total)) console.log(row(field, t));

// Fields all three parsers return, scored the same way for everyone (titles compared after cleaning).
const COMPARABLE = [
  "series",
  "movie",
  "year",
  "season",
  "episodes",
  "airDate",
  "resolution",
  "source",
  "group",
  "version",
  "codec",
] as const;
type Field = (typeof COMPARABLE)[number];

function check(field: Field, c: CorpusCase, v: Comparable): boolean {
  const e = c[field];
  switch (field) {
    case "series":
    case "movie":
      return typeof e === "string" && cleanTitle(e) === cleanTitle(v.title ?? "");
    case "year":
      return (e ?? null) === v.year;
    case "season":
      return e === (v.season ?? 0);
    case "episodes": {
      const a = [...new Set(e as number[])].sort((x, y) => x - y);
      const b = [...new Set(v.episodes)].sort((x, y) => x - y);
      return a.length === b.length && a.every((x, i) => x === b[i]);
    }
    case "airDate":
      return e === v.airDate;
    case "resolution":
      return (e ?? null) === v.resolution;
    case "source":
      return e === v.source;
    case "group":
      return (e ?? null) === v.group;
    case "version":
      return e === v.version;
    case "codec":
      return (e ?? null) === v.codec;
  }
}

function ours(c: CorpusCase): Comparable {
  const r = parse(c.title, hintsFor(c));
  return {
    title: isTvCase(c) ? r.seriesTitle : r.title,
    year: r.year,
    season: r.season,
    episodes: r.episodes,
    airDate: r.airDate,
    resolution: r.quality.resolution,
    source: r.quality.source,
    group: r.group,
    version: r.quality.revision.version,
    codec: r.codec,
  };
}

const parsers: [string, (c: CorpusCase) => Comparable][] = [
  ["mydia", ours],
  ["parse-torrent-title", (c) => viaPtt(c.title)],
  ["@ctrl/video-filename-parser", (c) => viaCtrl(c.title, isTvCase(c))],
];
const tallies = parsers.map(() => new Map<Field, Tally>());
for (const { cases } of files) {
  for (const c of cases) {
    const fields = COMPARABLE.filter((f) => c.asserted.includes(f));
    if (fields.length === 0) continue;
    parsers.forEach(([, fn], i) => {
      const v = fn(c);
      for (const f of fields) {
        const t = tallies[i].get(f) ?? { ok: 0, total: 0 };
        t.total++;
        if (check(f, c, v)) t.ok++;
        tallies[i].set(f, t);
      }
    });
  }
}
console.log("\ncomparable fields (titles compared cleaned)");
console.log(`${"field".padEnd(12)} ${parsers.map(([n]) => n.padStart(28)).join("")}`);
for (const f of COMPARABLE) {
  const cells = tallies.map((m) => {
    const t = m.get(f) ?? { ok: 0, total: 0 };
    return `${pct(t)} (${t.ok}/${t.total})`.padStart(28);
  });
  console.log(`${f.padEnd(12)} ${cells.join("")}`);
}

if (process.argv.includes("--failures")) {
  console.log("\nfailures");
  for (const x of score.failures)
    console.log(
      `${x.file} ${x.field}: ${JSON.stringify(x.title)} expected ${JSON.stringify(x.expected)} got ${JSON.stringify(x.actual)}`,
    );
}
