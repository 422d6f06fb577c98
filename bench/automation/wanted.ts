/**
 * Wanted at scale: server time of Wanted → Missing and → Cutoff unmet (page 1 of 50, median and
 * p95) and, with --jobs, the scheduled missing and cutoff searches (time and the process's own
 * peak RSS), on a realistic library (bench/automation/wanted-seed.ts: files, a profile that
 * leaves work under the cutoff) of 1,000 / 10,000 / 50,000 titles, on SQLite and PostgreSQL.
 * Each figure comes from a fresh process running only that measurement.
 *
 *   npx tsx bench/automation/wanted.ts [--titles 1000,10000,50000] [--db sqlite,pg] [--runs 10] [--jobs]
 *                                      [--app-dir <another checkout>]
 *
 * PostgreSQL: BENCH_DATABASE_URL, else a cluster this bench keeps in the cache folder. Seeds are
 * cached in BENCH_CACHE_DIR (default /tmp/mydia-bench-cache). --app-dir measures another checkout's
 * code (e.g. the code before a change) on the same seeds. `measureWanted()` is the same for other scripts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { wantedSeed } from "./wanted-seed";

export interface WantedFigures {
  db: "sqlite" | "pg";
  titles: number;
  missing?: { median: number; p95: number; total: number };
  cutoff?: { median: number; p95: number; total: number };
  pagesPeakRssMb?: number;
  jobs?: { list: string; ms: number; peakRssMb: number; summary: unknown }[];
}

const here = import.meta.dirname;
const cacheDir = process.env.BENCH_CACHE_DIR ?? path.join(tmpdir(), "mydia-bench-cache");
const PG_PORT = 55_439;

/** A PostgreSQL server: BENCH_DATABASE_URL, else one kept (and started when stopped) in the cache folder. */
export function benchPostgresUrl(): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const bin = path.join("/usr/lib/postgresql", readdirSync("/usr/lib/postgresql").sort().reverse()[0], "bin");
  const dir = path.join(cacheDir, "pg");
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { encoding: "utf8" })
      : spawnSync(path.join(bin, cmd), args, { encoding: "utf8" });
  if (!existsSync(data)) {
    mkdirSync(dir, { recursive: true });
    if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  if (run("pg_ctl", ["-D", data, "status"]).status !== 0) {
    const started = run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-o",
      `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB`,
      "start",
    ]);
    if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr || started.stdout}`);
  }
  return `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
}

function measure(appDir: string, databaseUrl: string, args: string[]): Record<string, unknown> {
  const script = path.join(appDir, "bench/automation/wanted-measure.ts");
  if (path.resolve(appDir) !== path.resolve(here, "../..")) copyFileSync(path.join(here, "wanted-measure.ts"), script);
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-bench-wanted-"));
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: appDir,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: "silent" },
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = out.split("\n").find((l) => l.startsWith("RESULT "));
    if (!line) throw new Error(`no result from ${args.join(" ")}:\n${out}`);
    return JSON.parse(line.slice(7)) as Record<string, unknown>;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Figures for one database and size (seeding it first if the cache has no such seed). */
export async function measureWanted(options: {
  db: "sqlite" | "pg";
  titles: number;
  runs?: number;
  jobs?: boolean;
  appDir?: string;
}): Promise<WantedFigures> {
  const appDir = options.appDir ?? path.resolve(here, "../..");
  const seeded =
    options.db === "sqlite"
      ? await wantedSeed(options.titles, { sqliteDir: cacheDir })
      : await wantedSeed(options.titles, { postgresUrl: benchPostgresUrl() });
  // SQLite: each process works on a copy (the searches record their back-off).
  const urlFor = () => {
    if (options.db === "pg") return { url: seeded, done: () => {} };
    const dir = mkdtempSync(path.join(tmpdir(), "mydia-bench-wanted-db-"));
    copyFileSync(seeded, path.join(dir, "bench.db"));
    return { url: `file:${path.join(dir, "bench.db")}`, done: () => rmSync(dir, { recursive: true, force: true }) };
  };
  const figures: WantedFigures = { db: options.db, titles: options.titles };
  let target = urlFor();
  try {
    const pages = measure(appDir, target.url, ["pages", String(options.runs ?? 10)]);
    figures.missing = pages.missing as WantedFigures["missing"];
    figures.cutoff = pages.cutoff as WantedFigures["cutoff"];
    figures.pagesPeakRssMb = pages.peakRssMb as number;
  } finally {
    target.done();
  }
  if (options.jobs) {
    figures.jobs = [];
    for (const list of ["missing", "cutoff"]) {
      target = urlFor();
      try {
        const r = measure(appDir, target.url, ["job", list]);
        figures.jobs.push({ list, ms: r.ms as number, peakRssMb: r.peakRssMb as number, summary: r.summary });
      } finally {
        target.done();
      }
    }
  }
  return figures;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const titles = (flag("titles") ?? "1000,10000,50000").split(",").map(Number);
  const dbs = (flag("db") ?? "sqlite,pg").split(",") as ("sqlite" | "pg")[];
  const runs = Number(flag("runs") ?? 10);
  const appDir = flag("app-dir");
  const jobs = process.argv.includes("--jobs");
  console.log(`code: ${appDir ?? "this checkout"}`);
  for (const db of dbs) {
    for (const n of titles) {
      const f = await measureWanted({ db, titles: n, runs, jobs, appDir });
      const page = (p: WantedFigures["missing"]) =>
        p ? `median ${p.median} ms, p95 ${p.p95} ms (${p.total} items)` : "-";
      console.log(`${db.padEnd(6)} ${String(n).padStart(6)} titles  missing: ${page(f.missing)}`);
      console.log(`${"".padEnd(21)}cutoff:  ${page(f.cutoff)}   peak RSS of the page process ${f.pagesPeakRssMb} MB`);
      for (const j of f.jobs ?? [])
        console.log(
          `${"".padEnd(21)}${j.list} search job: ${j.ms} ms, peak RSS ${j.peakRssMb} MB  ${JSON.stringify(j.summary)}`,
        );
    }
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
