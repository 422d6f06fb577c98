/**
 * The page of one large series: 30 seasons and 1,000 episodes, 600 of them with a file (with media
 * info), three seasons unmonitored, two not aired yet, and 120 history entries. Prints the server
 * time (median, p95 over 30 requests), the HTML (raw and gzip, and how much of it is the inline RSC
 * payload) and the JavaScript the page loads (its script chunks, raw and gzip).
 *
 * Needs a production build. `npx tsx bench/catalog/series-page.ts` measures this checkout;
 * `BENCH_APP_DIR=/path/to/a/built/checkout` measures another build (e.g. a copy of main) with the
 * same seed. SQLite; `BENCH_DATABASE_URL=postgres://…` for an empty PostgreSQL database.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startApp } from "../../tests/helpers/app-server";

const RUNS = 30;
const SEASONS = 30;
const EPISODES = 1000;
const admin = { username: "bench", password: "bench password 123" };

async function seed(databaseUrl: string, dataDir: string): Promise<string> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL = "silent";
  const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
  const { createFirstAdmin } = await import("@/lib/accounts");
  const { defaultNaming } = await import("@/lib/library");
  await migrate(getDbHandle());
  await createFirstAdmin(admin);
  const now = new Date();
  const DAY = 86_400_000;
  const seriesId = await tx(async (t) => {
    const [library] = await t
      .insert(tables.libraries)
      .values({ name: "TV", kind: "tv", path: path.join(dataDir, "tv"), naming: defaultNaming(), updatedAt: now })
      .returning({ id: tables.libraries.id });
    const [series] = await t
      .insert(tables.series)
      .values({
        tmdbId: 4_000_001,
        title: "The Long Running Show",
        sortTitle: "long running show",
        year: 1996,
        status: "continuing",
        network: "Bench TV",
        seriesType: "standard",
        genres: ["Drama"],
        runtime: 45,
        monitored: true,
        monitor: "all",
        monitorNewSeasons: true,
        libraryId: library.id,
        qualityProfileId: "default",
        addedAt: now,
        updatedAt: now,
      })
      .returning({ id: tables.series.id });
    await t.insert(tables.seasons).values(
      Array.from({ length: SEASONS }, (_, n) => ({
        seriesId: series.id,
        seasonNumber: n + 1,
        title: `Season ${n + 1}`,
        // Seasons 24–26 are unmonitored.
        monitored: n + 1 < 24 || n + 1 > 26,
      })),
    );
    const perSeason = Math.ceil(EPISODES / SEASONS);
    const episodes = [];
    for (let i = 0; i < EPISODES; i++) {
      const season = Math.floor(i / perSeason) + 1;
      const number = (i % perSeason) + 1;
      // Seasons 1–28 aired weekly, one season a year; 29 and 30 air in the coming months.
      const air =
        season <= 28
          ? new Date(Date.UTC(1996 + season - 1, 0, 1) + number * 7 * DAY)
          : new Date(now.getTime() + ((season - 29) * perSeason + number) * 7 * DAY);
      episodes.push({
        seriesId: series.id,
        seasonNumber: season,
        episodeNumber: number,
        absoluteNumber: i + 1,
        title: `Episode ${number} of season ${season}`,
        overview: "A generated episode for the series page benchmark.",
        airDate: air.toISOString().slice(0, 10),
        airDateUtc: air,
        runtime: 45,
        monitored: season < 24 || season > 26,
        addedAt: now,
        updatedAt: now,
      });
    }
    const inserted: { id: string; seasonNumber: number; episodeNumber: number }[] = [];
    for (let i = 0; i < episodes.length; i += 100)
      inserted.push(
        ...(await t
          .insert(tables.episodes)
          .values(episodes.slice(i, i + 100))
          .returning({
            id: tables.episodes.id,
            seasonNumber: tables.episodes.seasonNumber,
            episodeNumber: tables.episodes.episodeNumber,
          })),
      );
    // The first 600 episodes (seasons 1–18 and part of 19) have a file.
    const withFiles = inserted.slice(0, 600);
    for (let i = 0; i < withFiles.length; i += 100) {
      const chunk = withFiles.slice(i, i + 100);
      const files = await t
        .insert(tables.mediaFiles)
        .values(
          chunk.map((e) => ({
            libraryId: library.id,
            relativePath: `The Long Running Show/Season ${String(e.seasonNumber).padStart(2, "0")}/The Long Running Show - S${String(e.seasonNumber).padStart(2, "0")}E${String(e.episodeNumber).padStart(2, "0")} [HDTV-1080p].mkv`,
            role: "video" as const,
            size: 1_400_000_000 + e.episodeNumber,
            mtimeMs: now.getTime(),
            status: "matched" as const,
            seriesId: series.id,
            quality: "HDTV-1080p",
            releaseGroup: "BENCH",
            mediaInfo: {
              container: "matroska",
              durationSeconds: 2700,
              bitrate: 4_000_000,
              video: {
                codec: "h264",
                width: 1920,
                height: 1080,
                resolution: "1080p",
                bitDepth: 8,
                hdr: null,
                frameRate: 23.976,
              },
              audio: [{ codec: "eac3", channels: 6, layout: "5.1", language: "eng", title: null }],
              subtitles: [{ codec: "subrip", language: "eng", forced: false, title: null }],
            },
            analyzedAt: now,
            addedAt: now,
            updatedAt: now,
          })),
        )
        .returning({ id: tables.mediaFiles.id });
      await t
        .insert(tables.mediaFileEpisodes)
        .values(files.map((f, k) => ({ mediaFileId: f.id, episodeId: chunk[k].id })));
    }
    // 40 downloads of recent episodes, each grabbed and imported (one upgrade, one failure in ten).
    for (let i = 0; i < 40; i++) {
      const e = inserted[560 + i];
      const title = `The.Long.Running.Show.S${String(e.seasonNumber).padStart(2, "0")}E${String(e.episodeNumber).padStart(2, "0")}.1080p.HDTV.x264-BENCH`;
      const [download] = await t
        .insert(tables.downloads)
        .values({
          clientName: "Bench client",
          clientItemId: `bench-${i}`,
          protocol: "torrent",
          title,
          seriesId: series.id,
          episodeIds: [e.id],
          status: "imported",
          progress: 100,
          imported: true,
          importedFiles: [],
          updatedAt: now,
        })
        .returning({ id: tables.downloads.id });
      const at = (k: number) => new Date(now.getTime() - (40 - i) * DAY + k * 60_000);
      await t.insert(tables.downloadHistory).values([
        {
          downloadId: download.id,
          event: "grabbed" as const,
          title,
          seriesId: series.id,
          data: { clientName: "Bench client", indexerName: "Bench indexer" },
          createdAt: at(0),
        },
        {
          downloadId: download.id,
          event: i % 10 === 9 ? ("failed" as const) : ("imported" as const),
          title,
          seriesId: series.id,
          data: i % 10 === 9 ? { reason: "the client reported an error" } : { files: [`${title}.mkv`] },
          createdAt: at(1),
        },
        {
          downloadId: download.id,
          event: i % 10 === 3 ? ("upgraded" as const) : ("renamed" as const),
          title,
          seriesId: series.id,
          data: { replaced: [], files: [] },
          createdAt: at(2),
        },
      ]);
    }
    return series.id;
  });
  await closeDb();
  return seriesId;
}

async function login(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, ...admin, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`login failed: HTTP ${response.status}`);
  return [...cookies, session].join("; ");
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-bench-series-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "mydia.db")}`;
  const seriesId = await seed(databaseUrl, dataDir);
  const app = await startApp({ databaseUrl, cwd: process.env.BENCH_APP_DIR });
  try {
    const cookie = await login(app.baseUrl);
    const route = `/tv/${seriesId}`;
    const times: number[] = [];
    let html = "";
    for (let i = 0; i < RUNS + 3; i++) {
      const started = performance.now();
      const response = await fetch(`${app.baseUrl}${route}`, { headers: { cookie } });
      html = await response.text();
      if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
      if (i >= 3) times.push(performance.now() - started); // the first requests warm the server up
    }
    const flight = [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].reduce(
      (sum, m) => sum + m[1].length,
      0,
    );
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let jsRaw = 0;
    let jsGzip = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(new URL(src, app.baseUrl))).arrayBuffer());
      jsRaw += body.length;
      jsGzip += gzipSync(body).length;
    }
    console.log(`build: ${process.env.BENCH_APP_DIR ?? process.cwd()}`);
    console.log(`series page (${SEASONS} seasons, ${EPISODES} episodes), ${RUNS} requests:`);
    console.log(
      `  server time   median ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms`,
    );
    console.log(
      `  HTML          ${kb(html.length)} raw, ${kb(gzipSync(html).length)} gzip (inline RSC payload ${kb(flight)} raw)`,
    );
    console.log(`  JS shipped    ${scripts.length} scripts, ${kb(jsRaw)} raw, ${kb(jsGzip)} gzip`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
