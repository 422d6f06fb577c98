/**
 * Library scan on a generated tree of 100,000 files: 2,000 movie folders + 500 series × 7 seasons
 * × 28 episodes, zero-length files with realistic names, the catalog pre-filled with those titles
 * (so no metadata call is made), media analysis excluded. Prints the first scan (time, files/s,
 * peak RSS) and a rescan of the unchanged tree, beside `find ROOT -type f -printf '%s %T@ %p\n'`
 * on the same tree in the same run.
 *
 * This process seeds the tree and the catalog; each scan runs in a fresh child process (this file
 * with `--child`, bundled by esbuild as the worker is, run by plain Node), so the memory printed is
 * the scanning process's own: its RSS once the code is loaded, and its peak RSS during the scans.
 * Run: `npx tsx bench/scan/scan.ts` (SQLite), or BENCH_DATABASE_URL=postgres://… for an empty PostgreSQL database.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each child there; BENCH_KEEP=1 keeps the tree and the SQLite file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchTitles, writeTree } from "./tree";

interface ChildReport {
  scans: { seconds: number; cpuSeconds: number; seen: number; matched: number; unmatched: number; changes: number }[];
  finds: { seconds: number; cpuSeconds: number }[];
  loadedMb: number;
  peakMb: number;
}
declare const gc: (() => void) | undefined;

if (process.argv.includes("--child")) await child();
else await parent();

/** One child: `first` scans both libraries once; `rescan` runs `find` then a rescan, three times. */
async function child(): Promise<void> {
  const mode = process.argv[process.argv.indexOf("--child") + 1];
  const root = process.argv[process.argv.indexOf("--child") + 2];
  const { closeDb, getDbHandle } = await import("@/lib/db");
  const { scanLibrary } = await import("@/lib/library");
  getDbHandle();
  gc?.();
  const loadedMb = process.memoryUsage.rss() / 1024 / 1024;
  const report: ChildReport = { scans: [], finds: [], loadedMb, peakMb: loadedMb };
  // The walk yields to the event loop every few milliseconds, so the sampler keeps running.
  const sampler = setInterval(
    () => (report.peakMb = Math.max(report.peakMb, process.memoryUsage.rss() / 1024 / 1024)),
    20,
  );
  for (let run = 0; run < (mode === "first" ? 1 : 3); run++) {
    if (mode === "rescan") {
      // bash's `time` gives find's wall and CPU time (user + system).
      const timed = spawnSync(
        "bash",
        ["-c", `TIMEFORMAT='%R %U %S'; time find "$0" -type f -printf '%s %T@ %p\\n' > /dev/null`, root],
        { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] },
      );
      const [real, user, system] = timed.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
      report.finds.push({ seconds: real, cpuSeconds: user + system });
    }
    const cpu = process.cpuUsage();
    const t = performance.now();
    const results = [
      await scanLibrary("movies", { metadataSearch: false }),
      await scanLibrary("tv", { metadataSearch: false }),
    ];
    const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + pick(r), 0);
    report.scans.push({
      seconds: (performance.now() - t) / 1000,
      cpuSeconds: ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(cpu)),
      seen: sum((r) => r.seen),
      matched: sum((r) => r.matched),
      unmatched: sum((r) => r.unmatched),
      changes: sum((r) => r.added + r.changed + r.missing),
    });
  }
  clearInterval(sampler);
  report.peakMb = Math.max(report.peakMb, process.memoryUsage.rss() / 1024 / 1024);
  await closeDb();
  console.log(JSON.stringify(report));
}

async function parent(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "mydia-bench-scan-"));
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${path.join(work, "mydia.db")}`;
  process.env.DATA_DIR = work;
  process.env.LOG_LEVEL = "silent";

  const titles = benchTitles();
  const media = path.join(work, "media");
  const movieRoot = path.join(media, "movies");
  const tvRoot = path.join(media, "tv");
  mkdirSync(movieRoot, { recursive: true });
  mkdirSync(tvRoot, { recursive: true });
  const t = performance.now();
  const files = writeTree(movieRoot, tvRoot, titles);
  console.log(`tree: ${files} files written in ${((performance.now() - t) / 1000).toFixed(1)} s under ${media}`);
  await seedCatalog(titles, movieRoot, tvRoot);

  // Inside the checkout, so the bundle's external packages resolve from node_modules.
  const bundle = path.resolve(`node_modules/.cache/mydia-bench/scan-child-${process.pid}.mjs`);
  const { build } = await import("esbuild");
  await build({
    entryPoints: [import.meta.filename],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    outfile: bundle,
    external: ["better-sqlite3", "@node-rs/argon2", "pino", "pg-native", "sharp", "next", "esbuild"],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "warning",
    sourcemap: Boolean(process.env.BENCH_CPU_PROF),
  });
  const runChild = (mode: "first" | "rescan"): ChildReport => {
    const profile = process.env.BENCH_CPU_PROF
      ? [
          "--enable-source-maps",
          "--cpu-prof",
          "--cpu-prof-dir",
          process.env.BENCH_CPU_PROF,
          "--cpu-prof-name",
          `scan-${mode}.cpuprofile`,
        ]
      : [];
    // The worker's V8 settings (bin/start.ts WORKER_NODE_OPTIONS): the scan job runs there.
    const v8 = ["--expose-gc", "--max-semi-space-size=2"];
    const result = spawnSync(process.execPath, [...profile, ...v8, bundle, "--child", mode, media], {
      env: process.env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 16 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`the ${mode} scan child failed (exit ${result.status})`);
    return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as ChildReport;
  };

  const first = runChild("first");
  const s = first.scans[0];
  console.log(
    `first scan: ${s.seconds.toFixed(2)} s, ${Math.round(s.seen / s.seconds)} files/s, ${s.seen} seen, ${s.matched} matched, ${s.unmatched} unmatched; scan process RSS ${first.loadedMb.toFixed(0)} MB with the code loaded, peak ${first.peakMb.toFixed(0)} MB`,
  );

  const rescan = runChild("rescan");
  if (rescan.scans.some((r) => r.changes > 0)) throw new Error("the rescan found changes in an unchanged tree");
  const best = (xs: number[]) => Math.min(...xs);
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
  const rescanTimes = rescan.scans.map((r) => r.seconds);
  const rescanCpu = rescan.scans.map((r) => r.cpuSeconds);
  const findTimes = rescan.finds.map((r) => r.seconds);
  const findCpu = rescan.finds.map((r) => r.cpuSeconds);
  console.log(
    `rescan (unchanged): best ${best(rescanTimes).toFixed(2)} s of ${list(rescanTimes)} (CPU ${list(rescanCpu)} s); scan process RSS ${rescan.loadedMb.toFixed(0)} MB with the code loaded, peak ${rescan.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `find -printf:        best ${best(findTimes).toFixed(2)} s of ${list(findTimes)} (CPU ${list(findCpu)} s)`,
  );
  const postgres = process.env.DATABASE_URL.startsWith("postgres");
  console.log(
    `rescan / find: ${(best(rescanTimes) / best(findTimes)).toFixed(2)}× wall, ${(best(rescanCpu) / best(findCpu)).toFixed(2)}× CPU of this process (target ≤ ${postgres ? 3 : 2}× on ${postgres ? "PostgreSQL" : "SQLite"}); first scan target < 15 s`,
  );
  rmSync(bundle, { force: true });
  if (process.env.BENCH_KEEP) console.log(`kept ${work} (BENCH_KEEP)`);
  else rmSync(work, { recursive: true, force: true });
}

async function seedCatalog(titles: ReturnType<typeof benchTitles>, movieRoot: string, tvRoot: string): Promise<void> {
  const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
  const { sortTitleOf } = await import("@/lib/catalog");
  const { defaultNaming } = await import("@/lib/library");
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
    `catalog: ${titles.movies.length} movies, ${titles.series.length} series, ${titles.series.length * 196} episodes (${getDbHandle().dialect === "pg" ? "PostgreSQL" : "SQLite"})`,
  );
  await closeDb();
}
