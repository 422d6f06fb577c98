import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { db, tables } from "@/lib/db";
import { startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import { fixture, type FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { importCrashQueueOptions } from "@/tests/helpers/import-worker-options";
import { until } from "@/tests/helpers/until";
import { payloadBytes } from "@/tests/helpers/payload-bytes";
import { admin, reader, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/**
 * Crash safety of the import: real worker processes (tests/helpers/import-worker.ts, the product's
 * downloads.import handler through lib/jobs) import season packs — from a real Transmission
 * (hardlinked) and from a usenet completed folder (moved: the library's mode) — and are killed
 * with SIGKILL at random moments, again and again, then restarted; at the end every download is
 * imported exactly once: one library file and one media_files row per episode, no "(2)" copies, no
 * temporary files left behind, nothing in the recycle bin, the torrents' files still there
 * (hardlinked), the usenet files moved whole, one "imported" history row and one download.imported
 * event per download.
 *
 * Kill delays come from a seeded PRNG (printed; IMPORT_CRASH_SEED=… replays the same delays, the
 * timing of the machine still varies). IMPORT_CRASH_KILLS raises the number of kills.
 */
const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";
const SEED = Number(process.env.IMPORT_CRASH_SEED ?? randomInt(2 ** 31));
const MIN_KILLS = Number(process.env.IMPORT_CRASH_KILLS ?? 20);
const SEASONS = 8;
/** Seasons 1…TORRENT_SEASONS come as torrents (hardlinked); the rest from usenet, moved in (the library's mode). */
const TORRENT_SEASONS = 5;
/** Kills land between these delays after a fresh worker's first job starts (log-uniform: many early, some late). */
const MIN_DELAY_MS = 30;
const MAX_DELAY_MS = 1000;
const SQUEEZED_MAX_DELAY_MS = 150;
const EPISODES = 20;
/** pg-boss takes a dead worker's job back after its heartbeat (10 s at the least); the SQLite adapter after the lease. */
const LEASE_SECONDS = dialect === "pg" ? 10 : 1;
const root = path.resolve(import.meta.dirname, "../../..");

let transmission: StartedDaemon;
let fake: FakeTmdb;
let files: Server;
let base = "";
let tvRoot = "";
let seriesId = "";
const served = new Map<string, Buffer>();
/** download id → season number, and each episode's id by "season:episode". */
const seasonOf = new Map<string, number>();
const episodeIds = new Map<string, string>();
const workers: ChildProcess[] = [];

/** mulberry32: a small seeded PRNG, so a failing run's kill delays can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const packName = (season: number) => `Game.of.Thrones.S${String(season).padStart(2, "0")}.1080p.BluRay.x264-GRP`;
const episodeFile = (season: number, episode: number) =>
  `Game.of.Thrones.S${String(season).padStart(2, "0")}E${String(episode).padStart(2, "0")}.1080p.BluRay.x264-GRP.mkv`;

interface WorkerLine {
  event: "ready" | "start" | "done" | "error";
  jobId?: string;
  downloadId?: string;
  message?: string;
  at: number;
}

/** Starts tests/helpers/import-worker.ts on this file's database; `lines` fills as it prints. */
function spawnWorker() {
  const config = getConfig();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/helpers/import-worker.ts")], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: "silent",
      DATABASE_URL: config.DATABASE_URL,
      DATA_DIR: config.dataDir,
      AUTH_SECRET: config.AUTH_SECRET,
      LIBRARY_ALLOWED_ROOTS: process.env.LIBRARY_ALLOWED_ROOTS!,
      IMPORT_LEASE_SECONDS: String(LEASE_SECONDS),
      IMPORT_CONCURRENCY: "1",
      IMPORT_POLL_MS: dialect === "pg" ? "500" : "50",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  workers.push(child);
  const lines: WorkerLine[] = [];
  let stderr = "";
  let buffered = "";
  const listeners = new Set<() => void>();
  child.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop()!;
    for (const part of parts) if (part.startsWith("{")) lines.push(JSON.parse(part) as WorkerLine);
    for (const listener of listeners) listener();
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  /** Resolves when a line matches, rejects when the worker exits or the time is up. */
  const waitFor = (match: (line: WorkerLine) => boolean, timeoutMs: number) =>
    new Promise<WorkerLine>((resolve, reject) => {
      const check = () => {
        const found = lines.find(match);
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(
        () => (cleanup(), reject(new Error(`worker: timed out after ${timeoutMs} ms\n${stderr}`))),
        timeoutMs,
      );
      const onExit = () => (
        cleanup(),
        reject(new Error(`worker exited (${child.exitCode ?? child.signalCode}):\n${stderr}`))
      );
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
        child.off("exit", onExit);
      };
      listeners.add(check);
      child.once("exit", onExit);
      check();
    });
  return { child, lines, exited, waitFor, stderr: () => stderr };
}

const downloadRows = async () => db().select().from(tables.downloads);
const notImported = async () => (await downloadRows()).filter((r) => !r.imported).map((r) => r.id);

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  // Every season as a copy of the captured season 1, grown to EPISODES episodes.
  const season1 = fixture("themoviedbapi/tv_seasons/details.json") as {
    id: number;
    season_number: number;
    episodes: { id: number; name: string; season_number: number; episode_number: number }[];
  };
  for (let s = 1; s <= SEASONS; s++) {
    const episodes = Array.from({ length: EPISODES }, (_, i) => {
      const captured = season1.episodes[i % season1.episodes.length];
      return {
        ...captured,
        id: 1_000_000 + 100 * s + i,
        season_number: s,
        episode_number: i + 1,
        name: i < season1.episodes.length ? captured.name : `Episode ${i + 1}`,
      };
    });
    fake.override(`tv/1399/season/${s}`, {
      status: 200,
      body: { ...season1, id: season1.id + s, season_number: s, episodes },
    });
  }
  base = await useAllowedRoot("import-crash", [transmission.dir]);
  const downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createDeclaredQueues, getJobQueue } = await import("@/lib/jobs");
  tvRoot = path.join(base, "tv");
  mkdirSync(tvRoot);
  // "Move": what usenet downloads get (torrents are hardlinked whatever the library's mode, to keep seeding).
  const tvId = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: tvRoot, importMode: "move" })).id;
  seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, libraryId: tvId }, resolveLibrary)).id;
  const detail = await catalog.getSeriesDetail(reader, seriesId);
  for (const season of detail.seasons)
    for (const e of season.episodes) episodeIds.set(`${season.seasonNumber}:${e.episodeNumber}`, e.id);

  files = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    if (!body) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/x-bittorrent" }).end(body);
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  const filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  await downloads.createDownloadClientRecord(admin, {
    kind: "transmission",
    name: "Transmission",
    host: "127.0.0.1",
    port: transmission.connection.port,
    username: transmission.connection.username!,
    password: transmission.connection.password!,
  });
  // The test sends the import jobs (the monitor does): they carry the crash-test retry options.
  const jobs = await getJobQueue();
  await createDeclaredQueues(jobs);
  await jobs.createQueue("downloads.import", importCrashQueueOptions(LEASE_SECONDS));

  // One season pack per season, its data already where Transmission saves (it verifies them to 100 %).
  for (let s = 1; s <= TORRENT_SEASONS; s++) {
    const folder = path.join(transmission.downloadsDir, packName(s));
    mkdirSync(folder);
    for (let e = 1; e <= EPISODES; e++)
      writeFileSync(path.join(folder, episodeFile(s, e)), payloadBytes(episodeFile(s, e), 48_000 + e * 1000));
    const torrent = makeTorrent(folder, 65_536);
    served.set(`/${torrent.infoHash}.torrent`, torrent.data);
    const ids = Array.from({ length: EPISODES }, (_, i) => episodeIds.get(`${s}:${i + 1}`)!);
    const { downloadId } = await downloads.grab(admin, {
      downloadUrl: `${filesUrl}/${torrent.infoHash}.torrent`,
      title: packName(s),
      episodeIds: ids,
    });
    seasonOf.set(downloadId, s);
  }
  await until("Transmission to verify every pack and the monitor to queue the imports", async () => {
    await downloads.monitorDownloads();
    return (await downloadRows()).every((r) => r.status === "importing");
  });
  // The usenet packs: finished in a completed folder, waiting for the import (as the monitor leaves them).
  for (let s = TORRENT_SEASONS + 1; s <= SEASONS; s++) {
    const folder = path.join(base, "usenet", "complete", packName(s));
    mkdirSync(folder, { recursive: true });
    for (let e = 1; e <= EPISODES; e++)
      writeFileSync(path.join(folder, episodeFile(s, e)), payloadBytes(episodeFile(s, e), 48_000 + e * 1000));
    const [row] = await db()
      .insert(tables.downloads)
      .values({
        clientId: null,
        clientName: "SABnzbd",
        clientItemId: `SABnzbd_nzo_s${s}`,
        protocol: "usenet",
        title: packName(s),
        seriesId,
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
}, 90_000);

/** Where a season's pack was downloaded to. */
const packFolder = (season: number) =>
  season <= TORRENT_SEASONS
    ? path.join(transmission.downloadsDir, packName(season))
    : path.join(base, "usenet", "complete", packName(season));

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await new Promise((resolve) => files?.close(resolve));
  await fake?.stop();
  await transmission?.stop();
  if (base && !process.env.IMPORT_CRASH_KEEP) rmSync(base, { recursive: true, force: true });
  else if (base) console.info(`[import-crash] kept ${base}`);
});

/** Every file under a folder, hidden ones included, relative, sorted. */
function walk(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? walk(path.join(dir, entry.name), rel) : [rel];
    })
    .sort();
}

describe(`import crash safety (${dialect})`, () => {
  it(`SIGKILL at random points of the imports, ≥ ${MIN_KILLS} times: every download ends imported exactly once, no file lost or duplicated`, async () => {
    const { sendJob } = await import("@/lib/jobs");
    const random = prng(SEED);
    console.info(
      `[import-crash] ${dialect}: seed ${SEED} (replay with IMPORT_CRASH_SEED=${SEED}), ${SEASONS} packs × ${EPISODES} episodes`,
    );
    const started = Date.now();
    // Each kill costs a worker start (tsx, about 1.5 s idle and several seconds on a busy CI machine).
    const budgetMs = 240_000;
    const timeline: string[] = [];
    const errors: string[] = [];
    let kills = 0;
    let midImport = 0;

    const total = SEASONS * EPISODES;
    while (midImport < MIN_KILLS && (await notImported()).length > 0) {
      if (Date.now() - started > budgetMs)
        throw new Error(`not all imported after ${budgetMs} ms (${kills} kills):\n${timeline.join("\n")}`);
      const worker = spawnWorker();
      await worker.waitFor((l) => l.event === "ready", 30_000);
      // As the monitor does on every pass: an import job for each download not yet imported (one per download at most).
      for (const id of await notImported()) await sendJob("downloads.import", { downloadId: id });
      const first = await worker.waitFor((l) => l.event === "start", 40_000).catch(() => null);
      if (!first) {
        worker.child.kill("SIGKILL");
        await worker.exited;
        continue;
      }
      // Log-uniform delays: many kills early in an import, some late. When the files left run short of
      // the kills still to make, only short delays, so the work lasts for all of them.
      const before = (await db().select({ id: tables.mediaFiles.id }).from(tables.mediaFiles)).length;
      const max = total - before < 6 * (MIN_KILLS - midImport) ? SQUEEZED_MAX_DELAY_MS : MAX_DELAY_MS;
      const delay = Math.round(MIN_DELAY_MS * Math.exp(random() * Math.log(max / MIN_DELAY_MS)));
      await sleep(Math.max(0, first.at + delay - Date.now()));
      worker.child.kill("SIGKILL");
      await worker.exited;
      kills++;
      const starts = worker.lines.filter((l) => l.event === "start");
      const ends = worker.lines.filter((l) => l.event === "done" || l.event === "error");
      const running = starts.filter((s) => !ends.some((e) => e.jobId === s.jobId));
      if (running.length > 0) midImport++;
      errors.push(...worker.lines.filter((l) => l.event === "error").map((l) => `${l.downloadId}: ${l.message}`));
      const placed = (await db().select({ id: tables.mediaFiles.id }).from(tables.mediaFiles)).length;
      timeline.push(
        `kill ${kills}: +${delay} ms after the first start; ${ends.length} import(s) finished, ${running.length ? `killed inside S${seasonOf.get(running[0].downloadId!)}` : "idle"}; ${placed} media_files rows`,
      );
    }
    if ((await notImported()).length > 0) {
      // Enough kills: one more worker finishes the rest.
      const worker = spawnWorker();
      await worker.waitFor((l) => l.event === "ready", 30_000);
      for (const id of await notImported()) await sendJob("downloads.import", { downloadId: id });
      await until("the last worker to finish every import", async () => (await notImported()).length === 0, 180_000);
      worker.child.kill("SIGTERM");
      await worker.exited;
      errors.push(...worker.lines.filter((l) => l.event === "error").map((l) => `${l.downloadId}: ${l.message}`));
      timeline.push(`final worker: ${worker.lines.filter((l) => l.event === "done").length} imports finished`);
    }
    const elapsed = Date.now() - started;
    console.info(
      `[import-crash] ${dialect}: ${kills} kills (${midImport} inside an import) in ${elapsed} ms, seed ${SEED}\n${timeline.join("\n")}`,
    );
    if (errors.length) console.info(`[import-crash] import attempts that failed (not killed):\n${errors.join("\n")}`);

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(midImport).toBeGreaterThanOrEqual(MIN_KILLS);

    // Every download imported, without an error left on it.
    const rows = await downloadRows();
    expect(rows).toHaveLength(SEASONS);
    for (const row of rows) {
      const season = seasonOf.get(row.id)!;
      expect(row, packName(season)).toMatchObject({ imported: true, status: "imported", error: null });
      expect([...row.importedFiles].sort(), packName(season)).toEqual(
        Array.from({ length: EPISODES }, (_, i) => path.join(packFolder(season), episodeFile(season, i + 1))),
      );
    }

    // The library holds exactly one file per episode: no "(2)" copies, no .partial/.incoming leftovers, no recycle bin.
    const expected: string[] = [];
    const sources = new Map<string, string>();
    const episodeRows = await db()
      .select()
      .from(tables.episodes)
      .where(inArray(tables.episodes.id, [...episodeIds.values()]));
    const byId = new Map(episodeRows.map((e) => [e.id, e]));
    const onDisk = walk(tvRoot);
    for (let s = 1; s <= SEASONS; s++) {
      for (let e = 1; e <= EPISODES; e++) {
        const episode = byId.get(episodeIds.get(`${s}:${e}`)!)!;
        const name = `Game of Thrones (2011) {tvdb-121361}/Season ${String(s).padStart(2, "0")}/Game of Thrones - S${String(s).padStart(2, "0")}E${String(e).padStart(2, "0")} - ${episode.title} [Bluray-1080p]-GRP.mkv`;
        expected.push(name);
        sources.set(name, path.join(packFolder(s), episodeFile(s, e)));
      }
    }
    expected.sort();
    expect(onDisk).toEqual(expected);
    for (const [name, source] of sources) {
      const season = Number(/Season (\d+)/.exec(name)![1]);
      if (season <= TORRENT_SEASONS) {
        // Hardlinked: the same inode as the torrent's file, which is still there (it keeps seeding).
        expect(statSync(path.join(tvRoot, name)).ino, name).toBe(statSync(source).ino);
      } else {
        // Moved: whole in the library, gone from the download folder.
        expect(
          readFileSync(path.join(tvRoot, name)).equals(
            payloadBytes(path.basename(source), statSync(path.join(tvRoot, name)).size),
          ),
          name,
        ).toBe(true);
        expect(existsSync(source), source).toBe(false);
      }
    }
    expect(walk(path.join(base, "usenet", "complete"))).toEqual([]);

    // One media_files row per episode, each linked to its one episode.
    const mediaRows = await db().select().from(tables.mediaFiles);
    expect(mediaRows.map((r) => r.relativePath).sort()).toEqual(expected);
    const links = await db().select().from(tables.mediaFileEpisodes);
    const perEpisode = new Map<string, number>();
    for (const link of links) perEpisode.set(link.episodeId, (perEpisode.get(link.episodeId) ?? 0) + 1);
    expect([...perEpisode.values()].every((n) => n === 1)).toBe(true);
    expect(perEpisode.size).toBe(SEASONS * EPISODES);

    // One "imported" history row (and for the grabbed torrents one "grabbed"), no "upgraded", and one download.imported event, per download.
    const history = await db().select().from(tables.downloadHistory);
    const events = await db().select().from(tables.events).where(eq(tables.events.type, "download.imported"));
    for (const row of rows) {
      const mine = history
        .filter((h) => h.downloadId === row.id)
        .map((h) => h.event)
        .sort();
      expect(mine, packName(seasonOf.get(row.id)!)).toEqual(
        row.protocol === "torrent" ? ["grabbed", "imported"] : ["imported"],
      );
      expect(
        events.filter((e) => (e.payload as { downloadId: string }).downloadId === row.id),
        packName(seasonOf.get(row.id)!),
      ).toHaveLength(1);
    }
    // Recovery never needed a failed attempt: each restart picked up where the killed worker stopped.
    expect(errors).toEqual([]);
  }, 480_000);
});
