/**
 * Pages under load: autocannon against /movies (and any --routes) with 10 connections for
 * --seconds, on the cached SQLite seed of bench/scale (default 50,000 titles; --titles 10000).
 * Prints pages/s, latency p50/p99, errors, and the web process's RSS before and after. Needs a
 * production build; BENCH_APP_DIR=<a built checkout> measures another build on the same seed.
 * Run: `npx tsx bench/pages/load.ts [--titles 50000] [--connections 10] [--seconds 20] [--routes /movies,/tv]`
 */
import autocannon from "autocannon";
import { login } from "../catalog/session";
import { startOnSqliteSeed } from "../scale/seeded-app";
import { memoryMb, webPid } from "../scale/web-process";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const titles = Number(arg("titles", "50000"));
const connections = Number(arg("connections", "10"));
const seconds = Number(arg("seconds", "20"));
const routes = arg("routes", "/movies").split(",");

const app = await startOnSqliteSeed(titles);
try {
  const cookie = await login(app.baseUrl);
  const pid = webPid(app);
  for (const route of routes) {
    // Warm the route up (compilation of the route's server code, caches).
    for (let i = 0; i < 3; i++) await (await fetch(`${app.baseUrl}${route}`, { headers: { cookie } })).arrayBuffer();
    const before = memoryMb(pid);
    const result = await autocannon({
      url: `${app.baseUrl}${route}`,
      connections,
      duration: seconds,
      headers: { cookie },
    });
    const after = memoryMb(pid);
    console.log(
      `${route} at ${titles} titles, ${connections} connections, ${seconds} s: ${result.requests.average.toFixed(1)} pages/s, ` +
        `latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors; ` +
        `web RSS ${before.rss.toFixed(0)} → ${after.rss.toFixed(0)} MB (peak ${after.peak.toFixed(0)} MB)`,
    );
  }
} finally {
  await app.stop();
}
