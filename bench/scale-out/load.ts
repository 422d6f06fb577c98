/**
 * Load through nginx (deploy/nginx.conf, round-robin) at 10,000 titles on PostgreSQL, with one web
 * process and then with two: autocannon against the API and the main pages, signed in; prints
 * requests/s, latency p50/p99 and errors per route and layout, as a table. One worker runs beside
 * the web processes, as in the scale-out layout.
 *
 * The library is bench/scale's cached 10,000-title SQLite seed (seeded on first use by
 * `npx tsx bench/scale/table.ts --sizes 10000 --db sqlite`), moved once to PostgreSQL with
 * `mydia db copy` into a template database of bench/scale's cached cluster
 * (BENCH_SCALE_DIR, default /tmp/mydia-scale-v1); each layout runs on a fresh copy of it.
 * Needs a production build (`npm run build`) and Debian's nginx.
 *
 * Run: `npx tsx bench/scale-out/load.ts [--titles 10000] [--connections 10] [--seconds 10] [--webs 1,2] [--routes /movies,…]`
 */
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import {
  migrateDatabase,
  startWebProcess,
  startWorkerProcess,
  type AppProcess,
} from "../../tests/helpers/app-processes";
import { startNginx } from "../../tests/helpers/nginx";
import { freePort } from "../../tests/helpers/postgres-server";
import { login } from "../catalog/session";
import { startCluster } from "../scale/pg-cluster";
import { SEED_VERSION } from "../scale/seed";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const titles = Number(arg("titles", "10000"));
const connections = Number(arg("connections", "10"));
const seconds = Number(arg("seconds", "10"));
const layouts = arg("webs", "1,2").split(",").map(Number);
const routes = arg(
  "routes",
  "/api/v1/movies?pageSize=50,/api/v1/series?pageSize=50,/movies,/tv,/calendar,/activity",
).split(",");
const cacheDir = process.env.BENCH_SCALE_DIR ?? `/tmp/mydia-scale-v${SEED_VERSION}`;
const sqliteSeed = path.join(cacheDir, `sqlite-${titles}`);
if (!existsSync(path.join(sqliteSeed, "done")))
  throw new Error(
    `no cached seed of ${titles} titles: run npx tsx bench/scale/table.ts --sizes ${titles} --db sqlite --runs 1`,
  );

const cluster = await startCluster(cacheDir);
const template = `scaleout_${titles}`;
const marker = path.join(cacheDir, `scaleout-pg-${titles}.done`);
const shared = mkdtempSync(path.join(tmpdir(), "mydia-scale-out-load-"));
const results = new Map<string, Map<number, string>>();
try {
  if (!existsSync(marker)) {
    console.log(`copying the ${titles}-title SQLite seed into PostgreSQL (${template}) …`);
    cluster.psql(`DROP DATABASE IF EXISTS ${template}`);
    cluster.psql(`CREATE DATABASE ${template}`);
    // db copy migrates its source first: a copy of the cached file, never the cache itself.
    const file = path.join(shared, "seed.db");
    copyFileSync(path.join(sqliteSeed, "mydia.db"), file);
    const copy = spawnSync(process.execPath, ["dist/bin/mydia.mjs", "db", "copy", "--to", cluster.url(template)], {
      env: { ...process.env, DATABASE_URL: `file:${file}`, DATA_DIR: shared, LOG_LEVEL: "warn" },
      encoding: "utf8",
    });
    if (copy.status !== 0) throw new Error(`mydia db copy failed:\n${copy.stdout}\n${copy.stderr}`);
    rmSync(file, { force: true });
    writeFileSync(marker, new Date().toISOString());
  }

  for (const webs of layouts) {
    cluster.psql(`DROP DATABASE IF EXISTS scaleout_run WITH (FORCE)`);
    cluster.psql(`CREATE DATABASE scaleout_run TEMPLATE ${template}`);
    const nginxPort = await freePort();
    const env = {
      DATABASE_URL: cluster.url("scaleout_run"),
      DATA_DIR: shared,
      AUTH_SECRET: randomBytes(36).toString("base64url"),
      BASE_URL: `http://127.0.0.1:${nginxPort}`,
      TRUSTED_PROXIES: "127.0.0.1",
      LIBRARY_ALLOWED_ROOTS: path.join(sqliteSeed, "media"),
    };
    migrateDatabase(env);
    const processes: AppProcess[] = [];
    try {
      const ports = await Promise.all(Array.from({ length: webs }, () => freePort()));
      for (const [i, port] of ports.entries())
        processes.push(await startWebProcess(`web${i + 1}`, port, env, { startTimeoutMs: 180_000 }));
      processes.push(startWorkerProcess("worker", env));
      const upstreams = ports.map((p) => `127.0.0.1:${p}`);
      const nginx = await startNginx([upstreams[0], upstreams[1] ?? upstreams[0]], nginxPort);
      try {
        const cookie = await login(nginx.url);
        for (const route of routes) {
          // Warm every web process up on the route (compiled server code, caches).
          for (let i = 0; i < 2 * webs; i++)
            await (await fetch(`${nginx.url}${route}`, { headers: { cookie } })).arrayBuffer();
          const result = await autocannon({
            url: `${nginx.url}${route}`,
            connections,
            duration: seconds,
            headers: { cookie },
          });
          const cell = `${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors + result.non2xx} errors`;
          console.log(`${webs} web: ${route}: ${cell}`);
          if (!results.has(route)) results.set(route, new Map());
          results.get(route)!.set(webs, cell);
        }
      } finally {
        await nginx.stop();
      }
    } finally {
      await Promise.all(processes.map((p) => p.stop(10_000)));
    }
  }
} finally {
  cluster.psql(`DROP DATABASE IF EXISTS scaleout_run WITH (FORCE)`);
  cluster.stop();
  rmSync(shared, { recursive: true, force: true });
}

const header = ["route", ...layouts.map((n) => `${n} web process${n > 1 ? "es" : ""}`)];
const rows = [...results].map(([route, cells]) => [route, ...layouts.map((n) => cells.get(n) ?? "")]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(
  `\n${titles} titles on PostgreSQL, through nginx, ${connections} connections × ${seconds} s per route, one worker beside`,
);
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(row));
