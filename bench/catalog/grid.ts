/**
 * The Movies grid at 10,000 titles: server time of the first page (median, p95 over 30 requests)
 * and the JavaScript the browser downloads for it (every `<script src>` of the page, raw and
 * gzip). With `--views`, also the table view (the `mydia-view-movies=table` cookie).
 * BENCH_DUMP_HTML=file keeps the page's HTML for a look. Needs a production build (`npm run build`). Run: `npx tsx bench/catalog/grid.ts [--views]`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startApp } from "../../tests/helpers/app-server";
import { seedLargeCatalog } from "./seed";
import { login, percentile } from "./session";

const RUNS = 30;

async function serverTime(baseUrl: string, cookie: string, route: string): Promise<string> {
  const times: number[] = [];
  let html = "";
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${route}`, { headers: { cookie } });
    html = await response.text();
    if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
    if (i >= 3) times.push(performance.now() - started); // the first requests warm the server up
  }
  if (process.env.BENCH_DUMP_HTML) writeFileSync(process.env.BENCH_DUMP_HTML, html);
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `median ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms   HTML ${kb(html.length)}   JS ${scripts.length} files ${kb(raw)} (${kb(gzip)} gzip)`;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-bench-grid-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "mydia.db")}`;
  await seedLargeCatalog(databaseUrl, dataDir, { series: 0 });
  const app = await startApp({ databaseUrl });
  try {
    const cookie = await login(app.baseUrl);
    console.log(`/movies (grid)   ${await serverTime(app.baseUrl, cookie, "/movies")}`);
    if (process.argv.includes("--views"))
      console.log(`/movies (table)  ${await serverTime(app.baseUrl, `${cookie}; mydia-view-movies=table`, "/movies")}`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
