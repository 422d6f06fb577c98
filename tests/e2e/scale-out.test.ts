import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase, startWebProcess, startWorkerProcess, type AppProcess } from "../helpers/app-processes";
import { signInOverHttp } from "../helpers/auth-http";
import { launchChromium } from "../helpers/chromium";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { fixture, startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin, testAdmin } from "../helpers/first-admin";
import { importCrashQueueOptions } from "../helpers/import-worker-options";
import { startNginx, type RunningNginx } from "../helpers/nginx";
import { payloadBytes } from "../helpers/payload-bytes";
import { freePort } from "../helpers/postgres-server";
import { until } from "../helpers/until";

/**
 * Scale-out with real parts (#15): one PostgreSQL, two web processes of the build behind Debian's nginx
 * (deploy/nginx.conf, the file docker-compose.yml mounts: round-robin, no sticky sessions), two worker
 * processes and one shared data and library folder. A browser stays signed in whichever process answers;
 * events written by either worker reach the event streams of both web processes; scans, searches,
 * monitor passes and imports run once each; the sign-in limit and the relay's rate limit hold across
 * processes; a worker SIGKILLed in the middle of an import loses and doubles nothing.
 */
const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const SEASONS = 4;
const EPISODES = 12;
/** pg-boss's shortest heartbeat: a killed worker's import goes back to the queue after it (and a supervise pass). */
const IMPORT_LEASE_SECONDS = 10;

let database: TestDatabase;
let fake: FakeTmdb;
let nginx: RunningNginx;
let browser: Browser;
let shared = "";
let env: Record<string, string> = {};
const webs: AppProcess[] = [];
const workers: AppProcess[] = [];
const webPorts: number[] = [];
let cookie = "";

interface StreamedEvent {
  id: number;
  type: string;
  payload: Record<string, unknown>;
}
/** Event streams opened straight on each web process (not through nginx), and what each received. */
const streams: { events: StreamedEvent[]; abort: AbortController }[] = [];

async function openEventStream(port: number) {
  const abort = new AbortController();
  const events: StreamedEvent[] = [];
  const response = await fetch(`http://127.0.0.1:${port}/api/events`, { headers: { cookie }, signal: abort.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      const messages = buffered.split("\n\n");
      buffered = messages.pop()!;
      for (const message of messages) {
        const data = message.split("\n").find((line) => line.startsWith("data: "));
        if (data) events.push(JSON.parse(data.slice(6)) as StreamedEvent);
      }
    }
  })().catch(() => {});
  streams.push({ events, abort });
}

const packName = (season: number) => `Game.of.Thrones.S${String(season).padStart(2, "0")}.1080p.BluRay.x264-GRP`;
const episodeFile = (season: number, episode: number) =>
  `Game.of.Thrones.S${String(season).padStart(2, "0")}E${String(episode).padStart(2, "0")}.1080p.BluRay.x264-GRP.mkv`;
const workerOf = (worker: unknown) => Number(String(worker).split(":").pop());

/** The events table, read by the test's own connection (lib/db on the same database). */
async function storedEvents(type: string): Promise<StreamedEvent[]> {
  const { db, tables } = await import("@/lib/db");
  const { eq } = await import("drizzle-orm");
  const rows = await db().select().from(tables.events).where(eq(tables.events.type, type));
  return rows.map((r) => ({ id: r.id, type: r.type, payload: r.payload }));
}

beforeAll(async () => {
  database = await createTestDatabase("pg", inject("postgresUrl"));
  fake = await startFakeTmdb({ apiKey: TMDB_KEY });
  shared = mkdtempSync(path.join(tmpdir(), "mydia-scale-out-"));
  const nginxPort = await freePort();
  webPorts.push(await freePort(), await freePort());
  env = {
    DATABASE_URL: database.url,
    // One data folder (the generated secret, caches) and one library folder for every process.
    DATA_DIR: path.join(shared, "data"),
    AUTH_SECRET: randomBytes(36).toString("base64url"),
    LIBRARY_ALLOWED_ROOTS: path.join(shared, "media"),
    BASE_URL: `http://127.0.0.1:${nginxPort}`,
    TRUSTED_PROXIES: "127.0.0.1",
    TMDB_BASE_URL: fake.url,
    TMDB_IMAGE_BASE_URL: fake.imageUrl,
    TMDB_API_KEY: TMDB_KEY,
    RELAY_TMDB_API_KEY: TMDB_KEY,
  };
  // The test's own lib/db works on the same database (lib/db reads DATABASE_URL at its first import, below).
  Object.assign(process.env, env);
  mkdirSync(path.join(shared, "media", "tv"), { recursive: true });
  mkdirSync(path.join(shared, "media", "complete"), { recursive: true });
  migrateDatabase(env);
  const started = await Promise.all([
    startWebProcess("web1", webPorts[0], env),
    startWebProcess("web2", webPorts[1], env),
  ]);
  webs.push(...started);
  workers.push(startWorkerProcess("worker1", env), startWorkerProcess("worker2", env));
  nginx = await startNginx([`127.0.0.1:${webPorts[0]}`, `127.0.0.1:${webPorts[1]}`], nginxPort);
  await until(
    "both workers to report in",
    async () => {
      const { db, tables } = await import("@/lib/db");
      return (await db().select().from(tables.workers)).length === 2;
    },
    60_000,
  );
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  for (const stream of streams) stream.abort.abort();
  await browser?.close();
  await nginx?.stop();
  await Promise.all([...webs, ...workers].map((p) => p.stop(10_000)));
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  const { closeDb } = await import("@/lib/db");
  await closeDb();
  await fake?.stop();
  await database?.drop();
  if (shared) rmSync(shared, { recursive: true, force: true });
});

describe("scale-out: two web processes behind nginx, two workers, one PostgreSQL", () => {
  it("a browser session works whichever web process answers", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, nginx.url);
    const answered: string[] = [];
    for (const route of [
      "/movies",
      "/tv",
      "/activity",
      "/wanted",
      "/calendar",
      "/system/tasks",
      "/settings",
      "/movies",
    ]) {
      const response = await page.goto(`${nginx.url}${route}`);
      expect(response!.status(), route).toBe(200);
      expect(new URL(page.url()).pathname, `${route} kept the session`).toBe(route);
      answered.push(response!.headers()["x-mydia-upstream"]);
    }
    console.info(`[scale-out] signed-in pages answered by: ${answered.join(", ")}`);
    expect(new Set(answered)).toEqual(new Set(webPorts.map((p) => `127.0.0.1:${p}`)));
    // Round-robin: consecutive pages often come from the other process (page loads fetch other things in between).
    expect(answered.some((upstream, i) => i > 0 && upstream !== answered[i - 1])).toBe(true);
    await page.close();

    const signedIn = await signInOverHttp(nginx.url, testAdmin, { headers: { "x-forwarded-for": "198.51.100.1" } });
    expect(signedIn.cookie).not.toBeNull();
    cookie = signedIn.cookie!;
  });

  it("scans, searches and monitor passes asked of both web processes at once run once, and both web processes stream every worker's events", async () => {
    for (const port of webPorts) await openEventStream(port);

    const tasks = ["library.scan", "automation.missing", "automation.cutoff", "downloads.monitor"];
    const jobIds: string[] = [];
    let deduplicated = 0;
    const workersSeen = new Set<number>();
    // Rounds until each worker has run something (which worker takes a job is up to pg-boss).
    for (let round = 0; round < 10 && (round < 2 || workersSeen.size < 2); round++) {
      for (const task of tasks) {
        // The same "Run now" through both web processes at the same moment: one job.
        const answers = await Promise.all(
          webPorts.map(async (port) => {
            const response = await fetch(`http://127.0.0.1:${port}/api/v1/system/tasks/${task}/run`, {
              method: "POST",
              headers: { cookie, origin: `http://127.0.0.1:${port}` },
            });
            expect(response.status, `${task} on ${port}`).toBeLessThan(300);
            return ((await response.json()) as { jobId: string | null }).jobId;
          }),
        );
        // A singleton queue takes the second ask while the first job waits or runs; once it has finished (a busy
        // machine can delay one ask that long) the second is a new job.
        const queued = answers.filter((id): id is string => id !== null);
        expect(queued.length, `${task} asked twice at once`).toBeGreaterThanOrEqual(1);
        if (queued.length === 1) deduplicated++;
        jobIds.push(...queued);
      }
      await until(
        "this round's jobs to finish",
        async () => {
          const finished = new Set((await storedEvents("task.finished")).map((e) => e.payload.jobId));
          return jobIds.every((id) => finished.has(id));
        },
        60_000,
      );
      for (const e of await storedEvents("task.started")) workersSeen.add(workerOf(e.payload.worker));
    }
    const started = await storedEvents("task.started");
    const perJob = new Map<unknown, number>();
    for (const e of started) perJob.set(e.payload.jobId, (perJob.get(e.payload.jobId) ?? 0) + 1);
    expect(new Set(jobIds).size).toBe(jobIds.length);
    expect(jobIds.map((id) => perJob.get(id))).toEqual(jobIds.map(() => 1));
    const byWorker = new Map<number, number>();
    for (const e of started.filter((s) => jobIds.includes(String(s.payload.jobId))))
      byWorker.set(workerOf(e.payload.worker), (byWorker.get(workerOf(e.payload.worker)) ?? 0) + 1);
    expect(new Set(byWorker.keys())).toEqual(new Set(workers.map((w) => w.pid)));

    // Every event of those runs, whichever worker wrote it, reached the streams of both web processes.
    const written = [...started, ...(await storedEvents("task.finished"))].filter((e) =>
      jobIds.includes(String(e.payload.jobId)),
    );
    await until(
      "both streams to receive every task event",
      async () => streams.every((s) => written.every((w) => s.events.some((e) => e.id === w.id))),
      20_000,
    );
    console.info(
      `[scale-out] ${jobIds.length} jobs from asking both web processes at once (${deduplicated} of the double asks became one job): each run once (${[...byWorker].map(([pid, n]) => `worker pid ${pid}: ${n}`).join(", ")}); ${written.length} task events, all seen by both web processes' streams (${streams.map((s) => s.events.length).join(" and ")} events received)`,
    );
  }, 180_000);

  const seasonOf = new Map<string, number>();
  let killed: { worker: string; jobId: unknown } | null = null;

  it("a worker SIGKILLed in the middle of an import: the other worker takes it over", async () => {
    const { db, tables } = await import("@/lib/db");
    const { createLibrary } = await import("@/lib/library");
    const catalog = await import("@/lib/catalog");
    const { getJobQueue, sendJob } = await import("@/lib/jobs");
    const admin = { kind: "user", userId: "admin-id", username: "admin", role: "admin", via: "session" } as const;
    const season1 = fixture("themoviedbapi/tv_seasons/details.json") as {
      id: number;
      episodes: { id: number; name: string; season_number: number; episode_number: number }[];
    };
    for (let s = 1; s <= SEASONS; s++) {
      const episodes = Array.from({ length: EPISODES }, (_, i) => ({
        ...season1.episodes[i % season1.episodes.length],
        id: 1_000_000 + 100 * s + i,
        season_number: s,
        episode_number: i + 1,
        name: `Episode ${i + 1}`,
      }));
      fake.override(`tv/1399/season/${s}`, {
        status: 200,
        body: { ...season1, id: season1.id + s, season_number: s, episodes },
      });
    }
    const tvRoot = path.join(shared, "media", "tv");
    const library = await createLibrary(admin, { name: "TV", kind: "tv", path: tvRoot, importMode: "move" });
    const { resolveLibrary } = await import("@/lib/library");
    const series = await catalog.addSeries(admin, { tmdbId: 1399, libraryId: library.id }, resolveLibrary);
    const detail = await catalog.getSeriesDetail(admin, series.id);
    const episodeIds = new Map<string, string>();
    for (const season of detail.seasons)
      for (const e of season.episodes) episodeIds.set(`${season.seasonNumber}:${e.episodeNumber}`, e.id);

    // Their SABnzbd is down (nothing listens on its port): the monitor passes leave its downloads as they are.
    const { createDownloadClientRecord } = await import("@/lib/downloads");
    const sabnzbd = await createDownloadClientRecord(admin, {
      kind: "sabnzbd",
      name: "SABnzbd",
      host: "127.0.0.1",
      port: await freePort(),
      apiKey: "0123456789abcdef0123456789abcdef",
    });
    // Usenet season packs, finished in the shared completed folder, waiting for their import.
    for (let s = 1; s <= SEASONS; s++) {
      const folder = path.join(shared, "media", "complete", packName(s));
      mkdirSync(folder);
      for (let e = 1; e <= EPISODES; e++)
        writeFileSync(path.join(folder, episodeFile(s, e)), payloadBytes(episodeFile(s, e), 400_000 + e * 1000));
      const [row] = await db()
        .insert(tables.downloads)
        .values({
          clientId: sabnzbd.id,
          clientName: "SABnzbd",
          clientItemId: `SABnzbd_nzo_s${s}`,
          protocol: "usenet",
          title: packName(s),
          seriesId: series.id,
          episodeIds: Array.from({ length: EPISODES }, (_, i) => episodeIds.get(`${s}:${i + 1}`)!),
          status: "importing",
          progress: 100,
          outputPath: folder,
          importedFiles: [],
          updatedAt: new Date(),
        })
        .returning();
      seasonOf.set(row.id, s);
    }
    // Test-sized recovery: pg-boss's shortest heartbeat (the declared lease is a minute).
    await (await getJobQueue()).createQueue("downloads.import", importCrashQueueOptions(IMPORT_LEASE_SECONDS));
    for (const downloadId of seasonOf.keys()) await sendJob("downloads.import", { downloadId });

    // The moment a worker is inside an import (started, not finished), it is killed.
    const victim = await until(
      "a worker to be inside an import",
      async () => {
        const finished = new Set((await storedEvents("task.finished")).map((e) => e.payload.jobId));
        return (await storedEvents("task.started")).find(
          (e) => e.payload.name === "downloads.import" && !finished.has(e.payload.jobId),
        );
      },
      60_000,
      20,
    );
    const worker = workers.find((w) => w.pid === workerOf(victim.payload.worker))!;
    await worker.kill();
    killed = { worker: worker.name, jobId: victim.payload.jobId };
    const { getDbHandle } = await import("@/lib/db");
    const handle = getDbHandle();
    if (handle.dialect !== "pg") throw new Error("the scale-out test runs on PostgreSQL");
    const [job] = await handle.sql<
      { data: { downloadId: string } }[]
    >`SELECT data FROM pgboss.job WHERE id = ${String(victim.payload.jobId)}`;
    const victimRow = (await db().select().from(tables.downloads)).find((r) => r.id === job.data.downloadId)!;
    console.info(
      `[scale-out] the killed import: ${victimRow.title}, ${victimRow.importedFiles.length} of ${EPISODES} files noted, imported ${victimRow.imported}`,
    );
    const finishedNow = new Set((await storedEvents("task.finished")).map((e) => e.payload.jobId));
    expect(finishedNow.has(victim.payload.jobId), "killed before the import finished").toBe(false);
    console.info(
      `[scale-out] ${worker.name} (pid ${worker.pid}) SIGKILLed inside import job ${String(victim.payload.jobId)}`,
    );
  }, 120_000);

  it("the sign-in limit holds across web processes", async () => {
    const tries: { error: string | null; answeredBy: string | null }[] = [];
    for (let i = 0; i < 10; i++) {
      // Each try is two requests (the CSRF token, then the password): one more in between on every other try, so
      // the passwords reach both processes.
      if (i % 2 === 1) await (await fetch(`${nginx.url}/api/health`)).arrayBuffer();
      tries.push(
        await signInOverHttp(
          nginx.url,
          { username: testAdmin.username, password: `wrong ${i}` },
          { headers: { "x-forwarded-for": "203.0.113.20" } },
        ),
      );
    }
    // Five free tries, then each failure doubles the wait (1 s, 2 s, …): with one counter per process, each would
    // have seen five failures at most and refused none.
    expect(tries.slice(0, 5).map((t) => t.error)).toEqual(Array(5).fill("CredentialsSignin"));
    const limited = tries.filter((t) => /Too many failed sign-ins/.test(t.error ?? ""));
    console.info(
      `[scale-out] sign-in: 10 wrong passwords from one address over ${new Set(tries.map((t) => t.answeredBy)).size} web processes: ${limited.length} refused by the shared limit`,
    );
    expect(limited.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tries.map((t) => t.answeredBy)).size).toBe(2);
    // Even the right password now, from that address, on either process.
    const right = await signInOverHttp(nginx.url, testAdmin, { headers: { "x-forwarded-for": "203.0.113.20" } });
    expect(right.error).toMatch(/Too many failed sign-ins/);
  });

  it("the relay's rate limit holds across web processes", async () => {
    fake.override("genre/movie/list", { status: 200, body: { genres: [{ id: 28, name: "Action" }] } });
    // 200 requests from one address, ten at a time: one bucket of 40, refilled at 4 a second, for the client across
    // both processes. A bucket per process would let through about twice as many (80, refilled at 8 a second).
    const started = performance.now();
    const answers: { status: number; upstream: string | null }[] = [];
    let sent = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (sent < 200) {
          sent++;
          const response = await fetch(`${nginx.url}/api/relay/3/genre/movie/list`, {
            headers: { "x-forwarded-for": "203.0.113.30" },
          });
          await response.arrayBuffer();
          answers.push({ status: response.status, upstream: response.headers.get("x-mydia-upstream") });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    console.info(
      `[scale-out] relay: 200 requests in ${seconds.toFixed(1)} s over ${new Set(answers.map((a) => a.upstream)).size} web processes: ${ok.length} answered (the limit allows ${40 + Math.floor(seconds * 4)} in that time), ${refused.length} × 429`,
    );
    expect(ok.length + refused.length).toBe(200);
    expect(refused.length).toBeGreaterThan(0);
    expect(ok.length).toBeGreaterThanOrEqual(40);
    expect(ok.length).toBeLessThanOrEqual(40 + Math.ceil(seconds * 4));
    expect(new Set(ok.map((a) => a.upstream)).size).toBe(2);
  });

  it("after the kill every download is imported once: nothing lost, nothing doubled", async () => {
    expect(killed).not.toBeNull();
    const { db, tables } = await import("@/lib/db");
    const { eq } = await import("drizzle-orm");
    const started = Date.now();
    await until(
      "the surviving worker to finish every import, the killed one's included",
      async () => {
        // Every import job finished (the killed one's retry included): a download is marked imported before its
        // moved sources are deleted.
        const finished = new Set(
          (await storedEvents("task.finished"))
            .filter((e) => e.payload.status === "succeeded")
            .map((e) => e.payload.jobId),
        );
        const importJobs = (await storedEvents("task.started")).filter((e) => e.payload.name === "downloads.import");
        return (
          finished.has(killed!.jobId) &&
          importJobs.every((e) => finished.has(e.payload.jobId)) &&
          (await db().select().from(tables.downloads)).every((r) => r.imported)
        );
      },
      90_000,
      250,
    );
    const rows = await db().select().from(tables.downloads);
    for (const row of rows)
      expect(row, packName(seasonOf.get(row.id)!)).toMatchObject({ status: "imported", error: null });
    // One library file per episode, no "(2)" copies, no leftovers; the packs moved out whole.
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
      );
    const files = walk(path.join(shared, "media", "tv"));
    expect(files).toHaveLength(SEASONS * EPISODES);
    expect(files.filter((f) => !f.endsWith(".mkv") || /\(\d+\)/.test(path.basename(f)))).toEqual([]);
    expect(walk(path.join(shared, "media", "complete"))).toEqual([]);
    const mediaFiles = await db().select().from(tables.mediaFiles);
    expect(mediaFiles).toHaveLength(SEASONS * EPISODES);
    const links = await db().select().from(tables.mediaFileEpisodes);
    expect(new Set(links.map((l) => l.episodeId)).size).toBe(SEASONS * EPISODES);
    expect(links).toHaveLength(SEASONS * EPISODES);
    // One "imported" history row and one download.imported event per download.
    const history = await db().select().from(tables.downloadHistory);
    const imported = await db().select().from(tables.events).where(eq(tables.events.type, "download.imported"));
    for (const row of rows) {
      expect(history.filter((h) => h.downloadId === row.id && h.event === "imported")).toHaveLength(1);
      expect(imported.filter((e) => (e.payload as { downloadId: string }).downloadId === row.id)).toHaveLength(1);
    }
    const importRuns = (await storedEvents("task.started")).filter((e) => e.payload.name === "downloads.import");
    console.info(
      `[scale-out] after the kill: ${rows.length} downloads imported once each, ${mediaFiles.length} files, ${importRuns.length} import runs (one restarted after the kill, ${((Date.now() - started) / 1000).toFixed(0)} s more waiting)`,
    );
  }, 120_000);
});
