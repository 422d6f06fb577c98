/**
 * Memory soak at 50,000 titles: the built app (`npm start`: web + worker, needs `npm run build`) on the cached soak
 * library (bench/memory/soak-seed.ts: 45,000 movies, 5,000 series, 400,000 episodes, 80,000 files), under steady
 * mixed browsing (pages and API calls from two clients) and jobs started through the API (library rescans, missing
 * and cutoff-unmet searches, title refreshes). Samples the RSS of the web and the worker process every few seconds
 * and prints a timeline each minute, then min / median / max per process.
 *
 * Run: `npx tsx bench/memory/soak.ts [--minutes 60] [--sample-seconds 5] [--rate 4] [--job-every 60]`
 * (SQLite; BENCH_DATABASE_URL=postgres://… for a PostgreSQL database, seeded on first use; BENCH_SOAK_DIR moves the
 * cache, default /tmp/mydia-soak). Reads /proc, so Linux only.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startApp, type RunningApp } from "@/tests/helpers/app-server";
import { login, percentile } from "../catalog/session";
import { soakSeed } from "./soak-seed";

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "60" },
    "sample-seconds": { type: "string", default: "5" },
    rate: { type: "string", default: "4" },
    "job-every": { type: "string", default: "60" },
  },
});
const minutes = Number(args.minutes);
const sampleMs = Number(args["sample-seconds"]) * 1000;
const requestsPerSecond = Number(args.rate);
const jobEveryMs = Number(args["job-every"]) * 1000;

const dir = process.env.BENCH_SOAK_DIR ?? path.join(tmpdir(), "mydia-soak");
const dataDir = path.join(dir, "data");
mkdirSync(dataDir, { recursive: true });
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "mydia.db")}`;
const seed = await soakSeed(dir, databaseUrl, dataDir);

/** Resident memory (MB) of the web server and the worker below the supervisor (pids can change on a restart). */
function sample(root: number): { web: number; worker: number } {
  const procs = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
        return [
          {
            pid: Number(pid),
            ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]),
            rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
            cmd,
          },
        ];
      } catch {
        return [];
      }
    });
  const below = (pid: number): typeof procs => procs.filter((p) => p.ppid === pid).flatMap((p) => [p, ...below(p.pid)]);
  const tree = below(root);
  const sum = (re: RegExp) => tree.filter((p) => re.test(p.cmd)).reduce((n, p) => n + p.rssMb, 0);
  return { web: sum(/bin\/web\.mjs/), worker: sum(/worker\/index\.mjs/) };
}

// Whatever happens, the app started below is stopped (a crash of this script must not leave it running).
const running: RunningApp[] = [];
process.once("exit", () => running.forEach((a) => a.process.kill("SIGTERM")));
const app = await startApp({
  databaseUrl,
  env: { DATA_DIR: dataDir, LIBRARY_ALLOWED_ROOTS: seed.mediaDir, LOG_LEVEL: "warn" },
});
running.push(app);
const cookie = await login(app.baseUrl);
const apiHeaders = { "x-api-key": seed.apiKey, "content-type": "application/json" };
const ids = async (url: string): Promise<string[]> => {
  const body = (await (await fetch(`${app.baseUrl}${url}`, { headers: apiHeaders })).json()) as {
    items?: { id: string }[];
  };
  return (body.items ?? []).map((i) => i.id);
};
const movieIds = await ids("/api/v1/movies?pageSize=50&page=7");
const seriesIds = await ids("/api/v1/series?pageSize=50&page=3");
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length];
const today = new Date();
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** What the browsing clients fetch, in turn: pages (with the session) and API calls. */
const browse: ((i: number) => { url: string; api: boolean })[] = [
  (i) => ({ url: `/movies?page=${1 + (i % 40)}`, api: false }),
  (i) => ({ url: `/tv?page=${1 + (i % 20)}`, api: false }),
  () => ({ url: "/wanted", api: false }),
  () => ({ url: "/wanted?tab=cutoff", api: false }),
  () => ({ url: "/calendar", api: false }),
  () => ({ url: "/activity", api: false }),
  (i) => ({ url: `/movies/${pick(movieIds, i)}`, api: false }),
  (i) => ({ url: `/tv/${pick(seriesIds, i)}`, api: false }),
  (i) => ({ url: `/api/v1/movies?page=${1 + (i % 100)}&pageSize=50`, api: true }),
  (i) => ({ url: `/api/v1/series?page=${1 + (i % 50)}&pageSize=50`, api: true }),
  () => ({ url: "/api/v1/wanted/missing?page=1&pageSize=50", api: true }),
  () => ({ url: "/api/v1/wanted/cutoff?page=1&pageSize=50", api: true }),
  () => ({ url: `/api/v1/calendar?start=${day(-7)}&end=${day(21)}`, api: true }),
  () => ({ url: "/api/v1/history?page=1&pageSize=50", api: true }),
  () => ({ url: "/api/v1/queue", api: true }),
  () => ({ url: "/api/v1/system/status", api: true }),
  () => ({ url: "/api/health", api: true }),
];
/** The jobs started in turn through POST /api/v1/commands. */
const jobs: ((i: number) => Record<string, unknown>)[] = [
  () => ({ name: "RescanLibrary", libraryId: "movies" }),
  () => ({ name: "MissingSearch" }),
  (i) => ({ name: "RefreshMovie", movieId: pick(movieIds, i) }),
  () => ({ name: "CutoffUnmetSearch" }),
  () => ({ name: "RescanLibrary", libraryId: "tv" }),
  (i) => ({ name: "RefreshSeries", seriesId: pick(seriesIds, i) }),
];

const started = Date.now();
const deadline = started + minutes * 60_000;
const samples: { at: number; web: number; worker: number }[] = [];
const latencies: number[] = [];
const statuses = new Map<string, number>();
let jobCount = 0;
let jobErrors = 0;

const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
async function client(offset: number): Promise<void> {
  const gapMs = (2 * 1000) / requestsPerSecond; // two clients share the rate
  for (let i = offset; Date.now() < deadline; i += 2) {
    const next = Date.now() + gapMs;
    const { url, api } = browse[i % browse.length](i);
    const t = performance.now();
    try {
      const response = await fetch(`${app.baseUrl}${url}`, {
        headers: api ? apiHeaders : { cookie },
        redirect: "manual",
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      count(String(response.status));
    } catch (error) {
      count((error as Error).name);
    }
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
}

async function jobRunner(): Promise<void> {
  for (let i = 0; Date.now() + jobEveryMs / 2 < deadline; i++) {
    const body = jobs[i % jobs.length](i);
    try {
      const response = await fetch(`${app.baseUrl}/api/v1/commands`, {
        method: "POST",
        headers: apiHeaders,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      if (!response.ok) {
        jobErrors++;
        console.log(`job ${String(body.name)}: HTTP ${response.status}`);
      }
      jobCount++;
    } catch (error) {
      jobErrors++;
      console.log(`job ${String(body.name)}: ${(error as Error).message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(jobEveryMs, Math.max(0, deadline - Date.now()))));
  }
}

const mb = (x: number) => `${x.toFixed(0)} MB`;
console.log(
  `soak: ${minutes} min, ${requestsPerSecond} requests/s, a job every ${jobEveryMs / 1000} s, RSS every ${sampleMs / 1000} s (${databaseUrl.startsWith("postgres") ? "PostgreSQL" : "SQLite"})`,
);
console.log(`  time    web     worker   requests  p50 ms  p95 ms`);
let lastPrinted = 0;
const sampler = setInterval(() => {
  const s = { at: Date.now() - started, ...sample(app.process.pid!) };
  samples.push(s);
  if (s.at - lastPrinted >= 60_000 || samples.length === 1) {
    lastPrinted = s.at;
    const recent = latencies.length > 0 ? latencies.slice(-200) : [0];
    console.log(
      `  ${String(Math.round(s.at / 60_000)).padStart(3)} min ${mb(s.web).padStart(7)} ${mb(s.worker).padStart(8)} ${String(latencies.length).padStart(9)} ${percentile(recent, 0.5).toFixed(0).padStart(7)} ${percentile(recent, 0.95).toFixed(0).padStart(7)}`,
    );
  }
}, sampleMs);

try {
  await Promise.all([client(0), client(1), jobRunner()]);
} finally {
  clearInterval(sampler);
  await app.stop();
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `min ${mb(sorted[0])}, median ${mb(sorted[Math.floor(sorted.length / 2)])}, max ${mb(sorted.at(-1)!)}`;
};
console.log(`\nRSS over ${minutes} min (${samples.length} samples):`);
console.log(`  web:    ${stats(samples.map((s) => s.web))}   (target ≤ 300 MB)`);
console.log(`  worker: ${stats(samples.map((s) => s.worker))}   (target ≤ 200 MB)`);
console.log(
  `requests: ${latencies.length} (${[...statuses].map(([k, v]) => `${k}: ${v}`).join(", ")}), p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms; jobs started: ${jobCount} (${jobErrors} failed)`,
);
