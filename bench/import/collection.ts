/**
 * Importing an existing collection (issue 18): a generated tree of ~20,000 files (3,000 movies, 1,500 series with
 * season folders, specials, multi-episode files, daily and anime numbering, TRaSH ids, Kodi .nfo files, scene
 * names, junk), libraries added over it in the built app (`npm run build`), and a local TMDB answering every
 * title from the captured response shapes (tests/helpers/synthetic-tmdb.ts). Prints the time until every title is
 * matched and visible through the API, what stayed unsure or unmatched, the metadata requests, the server time
 * of /movies during the import and idle, and the web and worker processes' peak memory.
 *
 * Run: `npx tsx bench/import/collection.ts` (SQLite) or BENCH_DATABASE_URL=postgres://… for an empty database.
 * BENCH_TMDB_RPS sets TMDB_REQUESTS_PER_SECOND for the app (default 0: the local server is not TMDB and has no
 * ceiling; 40 is TMDB's). The tree is cached under /tmp/mydia-import-v<TREE_VERSION> (BENCH_IMPORT_DIR).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startApp } from "../../tests/helpers/app-server";
import { startSyntheticTmdb } from "../../tests/helpers/synthetic-tmdb";
import { admin } from "../catalog/seed";
import { login, percentile } from "../catalog/session";
import { memoryMb } from "../scale/web-process";
import { cachedTree, TREE_VERSION } from "./tree";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";

function childPids(parent: number): { web: number | null; worker: number | null } {
  const found = { web: null as number | null, worker: null as number | null };
  for (const p of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1]);
      if (ppid !== parent) continue;
      const cmd = readFileSync(`/proc/${p}/cmdline`, "utf8");
      if (cmd.includes("web.mjs")) found.web = Number(p);
      else if (cmd.includes("worker")) found.worker = Number(p);
    } catch {
      // gone
    }
  }
  return found;
}

async function main() {
  const dir = process.env.BENCH_IMPORT_DIR ?? `/tmp/mydia-import-v${TREE_VERSION}`;
  mkdirSync(dir, { recursive: true });
  let t = performance.now();
  const tree = cachedTree(dir);
  console.log(
    `tree: ${tree.files.toLocaleString("en")} files (${tree.videos.toLocaleString("en")} videos), ${tree.titles.filter((x) => x.kind === "movie").length} movies, ${tree.titles.filter((x) => x.kind === "tv").length} series, ${tree.junkFolders} junk folders (${((performance.now() - t) / 1000).toFixed(1)} s to generate or load)`,
  );
  const tmdb = await startSyntheticTmdb(tree.titles);
  const rps = process.env.BENCH_TMDB_RPS ?? "0";
  const app = await startApp({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    startTimeoutMs: 120_000,
    env: {
      TMDB_BASE_URL: tmdb.url,
      TMDB_IMAGE_BASE_URL: tmdb.imageUrl,
      TMDB_API_KEY: TMDB_KEY,
      TMDB_REQUESTS_PER_SECOND: rps,
      LIBRARY_ALLOWED_ROOTS: tree.root,
    },
  });
  const { web, worker } = childPids(app.process.pid!);
  try {
    execFileSync(
      process.execPath,
      [
        "bin/mydia.mjs",
        "user",
        "create",
        "--username",
        admin.username,
        "--password",
        admin.password,
        "--role",
        "admin",
      ],
      {
        env: {
          ...process.env,
          DATA_DIR: app.dataDir,
          DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(app.dataDir, "mydia.db")}`,
          LOG_LEVEL: "warn",
        },
      },
    );
    const cookie = await login(app.baseUrl);
    const api = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${app.baseUrl}${url}`, {
        method,
        headers: { cookie, origin: app.baseUrl, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const pageTime = async () => {
      const started = performance.now();
      const response = await fetch(`${app.baseUrl}/movies`, { headers: { cookie } });
      await response.text();
      if (response.status !== 200) throw new Error(`/movies: HTTP ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) await pageTime(); // warm up
    const idleBefore: number[] = [];
    for (let i = 0; i < 10; i++) idleBefore.push(await pageTime());

    t = performance.now();
    const libraries = [
      await api<{ id: string }>("POST", "/api/v1/libraries", {
        name: "Movies",
        kind: "movie",
        path: path.join(tree.root, "Movies"),
        monitorNew: false,
      }),
      await api<{ id: string }>("POST", "/api/v1/libraries", {
        name: "TV",
        kind: "tv",
        path: path.join(tree.root, "TV"),
        monitorNew: false,
      }),
    ];
    for (const l of libraries) await api("POST", `/api/v1/libraries/${l.id}/scan`);

    const during: number[] = [];
    let peak = { web: 0, worker: 0 };
    const sample = () => {
      peak = { web: Math.max(peak.web, memoryMb(web).rss), worker: Math.max(peak.worker, memoryMb(worker).rss) };
    };
    const scanned = async () => {
      const all = await Promise.all(
        libraries.map((l) => api<{ lastScan: { seen: number } | null }>("GET", `/api/v1/libraries/${l.id}`)),
      );
      return all.every((l) => l.lastScan !== null);
    };
    let visible = { movies: 0, series: 0 };
    for (;;) {
      during.push(await pageTime());
      sample();
      if (await scanned()) break;
      if (performance.now() - t > 30 * 60_000) throw new Error("the import did not finish in 30 minutes");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    visible = {
      movies: (await api<{ total: number }>("GET", "/api/v1/movies?pageSize=1")).total,
      series: (await api<{ total: number }>("GET", "/api/v1/series?pageSize=1")).total,
    };
    const seconds = (performance.now() - t) / 1000;
    const summaries = await Promise.all(
      libraries.map((l) =>
        api<{ lastScan: { seen: number; matched: number; unmatched: number; durationMs: number } }>(
          "GET",
          `/api/v1/libraries/${l.id}`,
        ),
      ),
    );
    const review = await Promise.all(
      libraries.map((l) =>
        api<{ total: number; groups: { files: { guess: { candidate?: unknown } | null }[] }[] }>(
          "GET",
          `/api/v1/libraries/${l.id}/unmatched?pageSize=500`,
        ),
      ),
    );
    const unsure = review.flatMap((r) => r.groups.flatMap((g) => g.files)).filter((f) => f.guess?.candidate).length;
    sample();
    const idleAfter: number[] = [];
    for (let i = 0; i < 10; i++) idleAfter.push(await pageTime());
    const ms = (values: number[]) =>
      `median ${percentile(values, 0.5).toFixed(0)} ms, p95 ${percentile(values, 0.95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (${values.length} requests)`;
    const expectedMovies = tree.titles.filter((x) => x.kind === "movie").length;
    const expectedSeries = tree.titles.filter((x) => x.kind === "tv").length;
    console.log(
      `database: ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "SQLite"}; TMDB_REQUESTS_PER_SECOND=${rps}`,
    );
    console.log(`import: ${seconds.toFixed(1)} s until both scans finished and the titles are visible`);
    for (const [i, s] of summaries.entries())
      console.log(
        `  ${i === 0 ? "Movies" : "TV    "} scan ${(s.lastScan.durationMs / 1000).toFixed(1)} s: ${s.lastScan.seen.toLocaleString("en")} files, ${s.lastScan.matched.toLocaleString("en")} videos matched, ${s.lastScan.unmatched.toLocaleString("en")} unmatched`,
      );
    console.log(
      `  visible: ${visible.movies}/${expectedMovies} movies, ${visible.series}/${expectedSeries} series; review: ${review.reduce((n, r) => n + r.total, 0)} videos unmatched (${unsure} with a suggestion), ${tree.junkFolders} junk folders expected`,
    );
    const requests = [...tmdb.counts].sort((a, b) => b[1] - a[1]);
    console.log(
      `  metadata requests: ${tmdb.requests().toLocaleString("en")} (${requests.map(([k, v]) => `${k} ${v}`).join(", ")}); at TMDB's 40/s these alone take ${(tmdb.requests() / 40).toFixed(0)} s`,
    );
    console.log(`/movies idle before: ${ms(idleBefore)}`);
    console.log(`/movies during:      ${ms(during)}`);
    console.log(`/movies idle after:  ${ms(idleAfter)}`);
    console.log(
      `peak RSS: web ${peak.web.toFixed(0)} MB, worker ${peak.worker.toFixed(0)} MB (sampled), worker high-water ${memoryMb(worker).peak.toFixed(0)} MB`,
    );
  } catch (error) {
    console.error(app.output().slice(-4000));
    throw error;
  } finally {
    await app.stop();
    await tmdb.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
