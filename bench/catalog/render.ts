/**
 * Server render time of the Movies page and a series page with a large catalog:
 * 10,000 movies and 1,000 series × 10 seasons × 10 episodes (100,000 episodes), generated rows.
 * Needs a production build (`npm run build`). Prints medians and p95 over 30 requests each, and
 * the compressed size of the HTML. Run: `npx tsx bench/catalog/render.ts` (SQLite), or with
 * BENCH_DATABASE_URL=postgres://… for an empty PostgreSQL database.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "../../tests/helpers/app-server";
import { seedLargeCatalog } from "./seed";
import { login, percentile } from "./session";

const RUNS = 30;

async function measure(baseUrl: string, cookie: string, route: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${route}`, { headers: { cookie, "accept-encoding": "gzip" } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
    if (i >= 3) times.push(performance.now() - started); // first requests warm up the server
    bytes = body.length;
  }
  console.log(
    `${route.padEnd(48)} median ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms   (${(bytes / 1024).toFixed(0)} KB HTML, uncompressed)`,
  );
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-bench-catalog-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "mydia.db")}`;
  const seriesId = await seedLargeCatalog(databaseUrl, dataDir);
  const app = await startApp({ databaseUrl });
  try {
    const cookie = await login(app.baseUrl);
    await measure(app.baseUrl, cookie, "/movies");
    await measure(app.baseUrl, cookie, "/movies?sort=rating&dir=desc&genre=Drama");
    await measure(app.baseUrl, cookie, "/movies?q=unbound&page=20");
    await measure(app.baseUrl, cookie, "/tv");
    await measure(app.baseUrl, cookie, `/tv/${seriesId}`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
