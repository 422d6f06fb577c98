/**
 * The scaling table of issue 20: server time (median of --runs requests after two warm-ups) of
 * /wanted, Wanted → Cutoff unmet, /calendar (with its HTML size), /movies, /tv and /activity at
 * 1k, 10k and 50k titles on SQLite and PostgreSQL, and the web process's own resident memory
 * (now and its peak) after the requests. The seed (bench/scale/seed.ts: files on disk, episodes,
 * work under cutoff) is cached under BENCH_SCALE_DIR (default /tmp/mydia-scale-v<seed version>):
 * a SQLite file and a PostgreSQL cluster with one template database per size; each run works on a
 * copy, so the cache stays as seeded. Needs a production build (`npm run build`);
 * BENCH_APP_DIR=<a built checkout> measures another build on the same seed.
 *
 * Run: `npx tsx bench/scale/table.ts [--sizes 1000,10000,50000] [--db sqlite,pg] [--runs 10] [--skip-wanted]`
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startApp, type RunningApp } from "../../tests/helpers/app-server";
import { login, percentile } from "../catalog/session";
import { startCluster } from "./pg-cluster";
import { SEED_VERSION, seedScale } from "./seed";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const sizes = arg("sizes", "1000,10000,50000").split(",").map(Number);
const dialects = arg("db", "sqlite,pg").split(",") as ("sqlite" | "pg")[];
const runs = Number(arg("runs", "10"));
const cacheDir = process.env.BENCH_SCALE_DIR ?? `/tmp/mydia-scale-v${SEED_VERSION}`;
const log = (line: string) => console.log(line);

// --- seeding in a child process (lib/db reads its configuration once per process) ---------------
if (process.argv.includes("--seed-child")) {
  const titles = Number(arg("titles", "1000"));
  await seedScale(titles, arg("media", ""), log);
  process.exit(0);
}

function seedChild(titles: number, databaseUrl: string, dataDir: string, media: string) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", process.argv[1], "--seed-child", "--titles", String(titles), "--media", media],
    {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: "silent" },
    },
  );
  if (result.status !== 0) throw new Error(`seeding ${titles} titles failed`);
}

// --- measuring -----------------------------------------------------------------------------------
function webProcess(app: RunningApp): number | null {
  const all = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  const children = (pid: number) =>
    all.filter((p) => {
      try {
        return Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1]) === pid;
      } catch {
        return false;
      }
    });
  for (const p of children(app.process.pid!)) {
    try {
      if (readFileSync(`/proc/${p}/cmdline`, "utf8").includes("bin/web.mjs")) return Number(p);
    } catch {
      // gone
    }
  }
  return null;
}
function memoryMb(pid: number | null): { rss: number; peak: number } {
  if (!pid) return { rss: NaN, peak: NaN };
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

const routes = [
  { label: "/wanted", path: "/wanted" },
  { label: "Wanted → Cutoff unmet", path: "/wanted?tab=cutoff" },
  { label: "/calendar", path: "/calendar" },
  { label: "/movies", path: "/movies" },
  { label: "/tv", path: "/tv" },
  { label: "/activity", path: "/activity" },
  { label: "/activity (history)", path: "/activity?tab=history" },
] as const;

const skipWanted = process.argv.includes("--skip-wanted");

async function measure(app: RunningApp): Promise<Map<string, string>> {
  const cookie = await login(app.baseUrl);
  const cells = new Map<string, string>();
  for (const route of routes) {
    if (skipWanted && route.path.startsWith("/wanted")) continue;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      const response = await fetch(`${app.baseUrl}${route.path}`, { headers: { cookie } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${route.path}: HTTP ${response.status}`);
      if (i >= 2) times.push(performance.now() - started);
      bytes = body.byteLength;
    }
    const ms = percentile(times, 0.5);
    const time = ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
    cells.set(route.label, route.label === "/calendar" ? `${time}, ${(bytes / 1024).toFixed(0)} KB` : time);
  }
  const memory = memoryMb(webProcess(app));
  cells.set("web RSS after (peak)", `${memory.rss.toFixed(0)} MB (${memory.peak.toFixed(0)} MB)`);
  return cells;
}

// --- the table ------------------------------------------------------------------------------------
const columns: { name: string; cells: Map<string, string> }[] = [];
const cluster = dialects.includes("pg") ? await startCluster(cacheDir) : null;
try {
  for (const dialect of dialects) {
    for (const titles of sizes) {
      const name = `${dialect === "pg" ? "PostgreSQL" : "SQLite"} ${titles / 1000}k`;
      const seedDir = path.join(cacheDir, `${dialect}-${titles}`);
      const media = path.join(seedDir, "media");
      let databaseUrl: string;
      if (dialect === "sqlite") {
        const seeded = path.join(seedDir, "mydia.db");
        if (!existsSync(path.join(seedDir, "done"))) {
          rmSync(seedDir, { recursive: true, force: true });
          mkdirSync(seedDir, { recursive: true });
          log(`seeding ${name} …`);
          seedChild(titles, `file:${seeded}`, seedDir, media);
          writeFileSync(path.join(seedDir, "done"), new Date().toISOString());
        }
        const runDir = path.join(cacheDir, "run");
        rmSync(runDir, { recursive: true, force: true });
        mkdirSync(runDir, { recursive: true });
        copyFileSync(seeded, path.join(runDir, "mydia.db"));
        databaseUrl = `file:${path.join(runDir, "mydia.db")}`;
      } else {
        const template = `seed_${titles}`;
        if (!existsSync(path.join(seedDir, "done"))) {
          rmSync(seedDir, { recursive: true, force: true });
          mkdirSync(seedDir, { recursive: true });
          cluster!.psql(`DROP DATABASE IF EXISTS ${template}`);
          cluster!.psql(`CREATE DATABASE ${template}`);
          log(`seeding ${name} …`);
          seedChild(titles, cluster!.url(template), seedDir, media);
          writeFileSync(path.join(seedDir, "done"), new Date().toISOString());
        }
        cluster!.psql(`DROP DATABASE IF EXISTS run_${titles}`);
        cluster!.psql(`CREATE DATABASE run_${titles} TEMPLATE ${template}`);
        databaseUrl = cluster!.url(`run_${titles}`);
      }
      const app = await startApp({ databaseUrl, cwd: process.env.BENCH_APP_DIR, startTimeoutMs: 300_000 });
      try {
        log(`measuring ${name} …`);
        const cells = await measure(app);
        columns.push({ name, cells });
        // Each column as soon as it is measured: a long run interrupted still leaves its figures.
        log(`  ${[...cells].map(([route, value]) => `${route}: ${value}`).join(" · ")}`);
      } finally {
        await app.stop();
        if (dialect === "pg") cluster!.psql(`DROP DATABASE IF EXISTS run_${titles} WITH (FORCE)`);
      }
    }
  }
} finally {
  cluster?.stop();
}

const rows = [...routes.map((r) => r.label), "web RSS after (peak)"];
const header = "route (median server time)";
const widths = [
  Math.max(header.length, ...rows.map((r) => r.length)),
  ...columns.map((c) => Math.max(c.name.length, ...[...c.cells.values()].map((v) => v.length))),
];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log();
console.log(line([header, ...columns.map((c) => c.name)]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line([row, ...columns.map((c) => c.cells.get(row) ?? "")]));
