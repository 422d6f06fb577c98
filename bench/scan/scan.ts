/**
 * Library scan on a generated tree of 100,000 files: 2,000 movie folders + 500 series × 7 seasons
 * × 28 episodes, zero-length files with realistic names, the catalog pre-filled with those titles
 * (so no metadata call is made), media analysis excluded. Prints the first scan (time, files/s,
 * peak RSS) and a rescan of the unchanged tree, beside `find ROOT -type f -printf '%s %T@ %p\n'`
 * on the same tree in the same run.
 * Run: `npx tsx bench/scan/scan.ts` (SQLite), or BENCH_DATABASE_URL=postgres://… for an empty PostgreSQL database.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchTitles, writeTree } from "./tree";

const work = mkdtempSync(path.join(tmpdir(), "mydia-bench-scan-"));
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${path.join(work, "mydia.db")}`;
process.env.DATA_DIR = work;
process.env.LOG_LEVEL = "silent";

const titles = benchTitles();
const movieRoot = path.join(work, "media", "movies");
const tvRoot = path.join(work, "media", "tv");
mkdirSync(movieRoot, { recursive: true });
mkdirSync(tvRoot, { recursive: true });
let t = performance.now();
const files = writeTree(movieRoot, tvRoot, titles);
console.log(
  `tree: ${files} files written in ${((performance.now() - t) / 1000).toFixed(1)} s under ${path.join(work, "media")}`,
);

const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
const { sortTitleOf } = await import("@/lib/catalog");
const { defaultNaming, scanLibrary } = await import("@/lib/library");
await migrate(getDbHandle());
const now = new Date();
await tx(async (d) => {
  await d.insert(tables.libraries).values([
    { id: "movies", name: "Movies", kind: "movie", path: movieRoot, naming: defaultNaming(), updatedAt: now },
    { id: "tv", name: "TV", kind: "tv", path: tvRoot, naming: defaultNaming(), updatedAt: now },
  ]);
});
const movieRows = titles.movies.map((m) => ({
  tmdbId: m.tmdbId,
  title: m.title,
  sortTitle: sortTitleOf(m.title),
  year: m.year,
  status: "released" as const,
  genres: [],
  monitored: true,
  minimumAvailability: "released" as const,
  libraryId: "movies",
  qualityProfileId: "default",
  addedAt: now,
  updatedAt: now,
}));
for (let i = 0; i < movieRows.length; i += 500)
  await tx(async (d) => void (await d.insert(tables.movies).values(movieRows.slice(i, i + 500))));
for (const s of titles.series) {
  await tx(async (d) => {
    const [row] = await d
      .insert(tables.series)
      .values({
        tmdbId: s.tmdbId,
        tvdbId: s.tvdbId,
        title: s.title,
        sortTitle: sortTitleOf(s.title),
        year: s.year,
        status: "ended",
        seriesType: "standard",
        genres: [],
        monitored: true,
        monitor: "all",
        monitorNewSeasons: true,
        libraryId: "tv",
        qualityProfileId: "default",
        addedAt: now,
        updatedAt: now,
      })
      .returning({ id: tables.series.id });
    const episodes = [];
    for (let n = 1; n <= s.seasons; n++)
      for (let e = 1; e <= s.episodesPerSeason; e++)
        episodes.push({
          seriesId: row.id,
          seasonNumber: n,
          episodeNumber: e,
          title: `Episode ${e}`,
          monitored: true,
          addedAt: now,
          updatedAt: now,
        });
    await d.insert(tables.episodes).values(episodes);
  });
}
console.log(
  `catalog: ${titles.movies.length} movies, ${titles.series.length} series, ${titles.series.length * 196} episodes (${process.env.DATABASE_URL.startsWith("postgres") ? "PostgreSQL" : "SQLite"})`,
);

const rssBefore = process.resourceUsage().maxRSS;
t = performance.now();
const first = [
  await scanLibrary("movies", { metadataSearch: false }),
  await scanLibrary("tv", { metadataSearch: false }),
];
const firstS = (performance.now() - t) / 1000;
const seen = first.reduce((n, r) => n + r.seen, 0);
const matched = first.reduce((n, r) => n + r.matched, 0);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `first scan: ${firstS.toFixed(2)} s, ${Math.round(seen / firstS)} files/s, ${seen} seen, ${matched} matched, ${first.reduce((n, r) => n + r.unmatched, 0)} unmatched, peak RSS ${peakMb.toFixed(0)} MB (before scan ${(rssBefore / 1024).toFixed(0)} MB)`,
);

const root = path.join(work, "media");
const findTimes: number[] = [];
const rescanTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  t = performance.now();
  spawnSync("find", [root, "-type", "f", "-printf", "%s %T@ %p\\n"], { stdio: ["ignore", "ignore", "inherit"] });
  findTimes.push((performance.now() - t) / 1000);
  t = performance.now();
  const again = [
    await scanLibrary("movies", { metadataSearch: false }),
    await scanLibrary("tv", { metadataSearch: false }),
  ];
  rescanTimes.push((performance.now() - t) / 1000);
  if (again.some((r) => r.added + r.changed + r.missing > 0))
    throw new Error("the rescan found changes in an unchanged tree");
}
const best = (xs: number[]) => Math.min(...xs);
console.log(
  `rescan (unchanged): best ${best(rescanTimes).toFixed(2)} s of ${rescanTimes.map((x) => x.toFixed(2)).join(", ")}`,
);
console.log(
  `find -printf:        best ${best(findTimes).toFixed(2)} s of ${findTimes.map((x) => x.toFixed(2)).join(", ")}`,
);
console.log(
  `rescan / find: ${(best(rescanTimes) / best(findTimes)).toFixed(2)}×  (target ≤ 3×); first scan target < 15 s`,
);
await closeDb();
rmSync(work, { recursive: true, force: true });
