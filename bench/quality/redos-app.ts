/**
 * ReDoS against the running app (#16.7): the built app (`npm run build` first) on SQLite with a
 * custom format ^(a+)+$, a local Torznab indexer whose results are titles of 31 "a", "!" and a number, and
 * one movie. Interactive searches (GET /api/v1/releases?movieId=…) judge every title in the web
 * process while /api/health is polled; prints the search time and the health latency.
 * Run: npx tsx bench/quality/redos-app.ts [titles per search, default 100] [--no-format for a baseline]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "../../tests/helpers/app-server";
import { startFakeServer } from "../../tests/helpers/fake-indexer";
import { startFakeTmdb } from "../../tests/helpers/fake-tmdb";

const TITLES = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100);
/** --no-format: the same searches without the custom format, for a baseline. */
const WITH_FORMAT = !process.argv.includes("--no-format");
const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const caps = `<?xml version="1.0" encoding="UTF-8"?><caps><searching><search available="yes" supportedParams="q"/><movie-search available="yes" supportedParams="q,imdbid,tmdbid"/></searching><categories><category id="2000" name="Movies"/></categories></caps>`;
const attack = `${"a".repeat(31)}!`;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main() {
  const media = mkdtempSync(path.join(tmpdir(), "mydia-redos-"));
  mkdirSync(path.join(media, "Movies"));
  const tmdb = await startFakeTmdb({ apiKey: TMDB_KEY });
  const items = Array.from(
    { length: TITLES },
    (_, i) =>
      `<item><title>${attack}${i}</title><guid>g${i}</guid><link>http://127.0.0.1:9/${i}.torrent</link><size>1000000000</size><torznab:attr name="seeders" value="10"/><torznab:attr name="category" value="2000"/></item>`,
  ).join("");
  const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><title>fake</title>${items}</channel></rss>`;
  const indexer = await startFakeServer(
    (r) => ({
      headers: { "content-type": "application/rss+xml" },
      body: r.url.searchParams.get("t") === "caps" ? caps : feed,
    }),
    600_000,
  );
  const app = await startApp({
    env: {
      TMDB_BASE_URL: tmdb.url,
      TMDB_IMAGE_BASE_URL: tmdb.imageUrl,
      TMDB_API_KEY: TMDB_KEY,
      LIBRARY_ALLOWED_ROOTS: media,
    },
  });
  try {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ["dist/bin/mydia.mjs", ...args], {
        env: { ...process.env, DATABASE_URL: `file:${app.dataDir}/mydia.db`, DATA_DIR: app.dataDir, LOG_LEVEL: "warn" },
        encoding: "utf8",
      }).stdout.trim();
    cli(["user", "create", "--username", "bench", "--password", "bench password 1", "--role", "admin"]);
    const key = cli(["apikey", "create", "--user", "bench", "--name", "bench"]).split("\n").pop()!;
    const api = async (method: string, url: string, body?: unknown) => {
      const response = await fetch(`${app.baseUrl}${url}`, {
        method,
        headers: { "x-api-key": key, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, unknown>>;
    };
    await api("POST", "/api/v1/libraries", { name: "Movies", kind: "movie", path: path.join(media, "Movies") });
    await api("POST", "/api/v1/indexers", {
      kind: "torznab",
      name: "Local",
      baseUrl: indexer.url,
      apiKey: "k",
      timeoutMs: 10_000,
    });
    if (WITH_FORMAT)
      await api("POST", "/api/v1/custom-formats", {
        name: "Evil",
        conditions: [{ type: "releaseTitle", pattern: "^(a+)+$" }],
      });
    const movie = await api("POST", "/api/v1/movies", { tmdbId: 550, monitored: false, searchOnAdd: false });

    const idle: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await fetch(`${app.baseUrl}/api/health`).then((r) => r.text());
      idle.push(performance.now() - start);
    }
    const searches: number[] = [];
    let searching = true;
    const searcher = (async () => {
      for (let i = 0; i < 20; i++) {
        const start = performance.now();
        const result = await api("GET", `/api/v1/releases?movieId=${movie.id}`);
        searches.push(performance.now() - start);
        if (!Array.isArray(result.decisions) || result.decisions.length !== TITLES)
          throw new Error(
            `expected ${TITLES} judged releases: ${JSON.stringify({ releases: (result.releases as unknown[]).length, decisions: result.decisions, failed: result.failed }).slice(0, 800)}`,
          );
      }
      searching = false;
    })();
    const health: number[] = [];
    while (searching) {
      const start = performance.now();
      await fetch(`${app.baseUrl}/api/health`).then((r) => r.text());
      health.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await searcher;
    console.log(
      `interactive search judging ${TITLES} titles of 31×"a"+"!" ${WITH_FORMAT ? "against ^(a+)+$" : "(baseline: no custom format)"} in the web process: ` +
        `median ${percentile(searches, 50).toFixed(0)} ms, max ${Math.max(...searches).toFixed(0)} ms (${searches.length} searches)`,
    );
    console.log(
      `/api/health during those searches: p50 ${percentile(health, 50).toFixed(1)} ms, p99 ${percentile(health, 99).toFixed(1)} ms, ` +
        `max ${Math.max(...health).toFixed(1)} ms over ${health.length} requests; idle before: p50 ${percentile(idle, 50).toFixed(1)} ms, max ${Math.max(...idle).toFixed(1)} ms`,
    );
  } finally {
    await app.stop();
    await tmdb.stop();
    await indexer.close();
    rmSync(media, { recursive: true, force: true });
  }
}

void main();
