/**
 * A Wanted-sized library for benchmarks: `titles` titles, 90 % movies and 10 % series of 7–10
 * seasons × 10 episodes (50,000 titles: 45,000 movies, 5,000 series, 425,000 episodes), with the
 * files a library that has been running for a while holds: 80 % of the movies and 97 % of the
 * episodes have a video (HDTV-720p, WEBDL-1080p or Bluray-1080p: two thirds of the titles use the
 * HD-1080p profile, whose cutoff is Bluray-1080p, so much of it is under the cutoff), a few
 * episodes have not aired yet, and one torznab indexer searches automatically (it points at a
 * closed port: a search fails at once). Rows carry the stored quality columns the scan writes.
 * Files are rows only: the Wanted lists and searches never touch the disk.
 *
 * The seed is cached: SQLite in `${cacheDir}/wanted-v${SEED_VERSION}-${titles}.db` (copied per run by the
 * caller), PostgreSQL in a database `mydia_bench_wanted_v${SEED_VERSION}_${titles}` next to BENCH_DATABASE_URL's.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { tables as Tables } from "@/lib/db";

type Insert<K extends keyof typeof Tables> = (typeof Tables)[K]["$inferInsert"];

export const SEED_VERSION = 2;

const QUALITY = [
  { id: 4, name: "HDTV-720p", tag: "720p.HDTV.x264-GRP" },
  { id: 3, name: "WEBDL-1080p", tag: "1080p.WEB-DL.DD5.1.H.264-GRP" },
  { id: 7, name: "Bluray-1080p", tag: "1080p.BluRay.x264-GRP" },
] as const;

export interface SeedCounts {
  movies: number;
  series: number;
  episodes: number;
  files: number;
}

/** The cached SQLite file, or the cached PostgreSQL database's URL, for `titles` (seeded on first use). */
export async function wantedSeed(
  titles: number,
  target: { sqliteDir: string } | { postgresUrl: string },
): Promise<string> {
  if ("sqliteDir" in target) {
    mkdirSync(target.sqliteDir, { recursive: true });
    const file = path.join(target.sqliteDir, `wanted-v${SEED_VERSION}-${titles}.db`);
    if (!existsSync(file)) {
      // Seeded under another name and renamed when complete: an interrupted seed is never reused.
      const partial = `${file}.seeding`;
      rmSync(partial, { force: true });
      await seedInChild(`file:${partial}`, titles);
      renameSync(partial, file);
    }
    return file;
  }
  const postgres = (await import("postgres")).default;
  const base = new URL(target.postgresUrl);
  const name = `mydia_bench_wanted_v${SEED_VERSION}_${titles}`;
  const admin = postgres(target.postgresUrl, { max: 1, onnotice: () => {} });
  const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  if (!exists) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name}_seeding`);
    await admin.unsafe(`CREATE DATABASE ${name}_seeding`);
    const seeding = new URL(base);
    seeding.pathname = `/${name}_seeding`;
    await seedInChild(seeding.toString(), titles);
    await admin.unsafe(`ALTER DATABASE ${name}_seeding RENAME TO ${name}`);
  }
  await admin.end();
  return url.toString();
}

/** Seeds in a child process: the app's modules read DATABASE_URL once. */
async function seedInChild(databaseUrl: string, titles: number): Promise<void> {
  const { execFileSync } = await import("node:child_process");
  execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "wanted-seed.ts"), databaseUrl, String(titles)],
    {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    },
  );
}

async function seed(databaseUrl: string, titles: number): Promise<SeedCounts> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATA_DIR ??= path.join(path.dirname(databaseUrl.replace(/^file:/, "")), "data");
  const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
  const { namingSettingsSchema } = await import("@/lib/db/types");
  const { sortTitleOf } = await import("@/lib/catalog");
  const { ensureQualitySeeded } = await import("@/lib/quality");
  await migrate(getDbHandle());
  await ensureQualitySeeded();
  const started = Date.now();
  const now = Date.now();
  const day = 86_400_000;
  const movieCount = Math.round(titles * 0.9);
  const seriesCount = titles - movieCount;
  const counts: SeedCounts = { movies: movieCount, series: seriesCount, episodes: 0, files: 0 };
  const stamp = { createdAt: new Date(now), updatedAt: new Date(now) };
  await tx(async (t) => {
    await t.insert(tables.libraries).values([
      {
        id: "bench-movies",
        name: "Movies",
        kind: "movie",
        path: "/bench/movies",
        naming: namingSettingsSchema.parse({}),
        ...stamp,
      },
      { id: "bench-tv", name: "TV", kind: "tv", path: "/bench/tv", naming: namingSettingsSchema.parse({}), ...stamp },
    ]);
    await t.insert(tables.indexers).values({
      name: "Bench indexer (closed port)",
      kind: "torznab",
      protocol: "torrent",
      baseUrl: "http://127.0.0.1:9",
      settings: {},
      categories: [2000, 5000],
      tags: [],
      timeoutMs: 2000,
      ...stamp,
    });
  });
  const profileOf = (i: number) => (i % 3 === 2 ? "default" : "hd-1080p");
  const fileRow = (
    id: string,
    libraryId: string,
    relativePath: string,
    q: (typeof QUALITY)[number],
    owner: object,
  ) => ({
    id,
    libraryId,
    relativePath,
    role: "video" as const,
    size: 2_000_000_000 + (relativePath.length % 1000),
    mtimeMs: now - 30 * day,
    status: "matched" as const,
    quality: q.name,
    qualityId: q.id,
    customFormatIds: "",
    releaseGroup: "GRP",
    addedAt: new Date(now - 30 * day),
    updatedAt: new Date(now),
    ...owner,
  });
  const CHUNK = 1000;
  for (let start = 0; start < movieCount; start += CHUNK) {
    const movies: Insert<"movies">[] = [];
    const files: Insert<"mediaFiles">[] = [];
    for (let i = start; i < Math.min(movieCount, start + CHUNK); i++) {
      const id = randomUUID();
      const title = `Generated Movie ${String(i).padStart(6, "0")} ${["Rising", "Returns", "Forever", "Unbound"][i % 4]}`;
      const year = 1950 + (i % 75);
      movies.push({
        id,
        tmdbId: 1_000_000 + i,
        title,
        sortTitle: sortTitleOf(title),
        year,
        overview: "A generated movie for the Wanted benchmark.",
        runtime: 80 + (i % 70),
        status: (["released", "released", "announced", "inCinemas"] as const)[i % 4],
        inCinemasAt: new Date(now - (i % 3000) * day),
        genres: ["Drama"],
        rating: (i % 100) / 10,
        votes: i,
        posterPath: null,
        monitored: i % 10 !== 0,
        minimumAvailability: "released" as const,
        libraryId: "bench-movies",
        qualityProfileId: profileOf(i),
        addedAt: new Date(now - i * 60_000),
        updatedAt: new Date(now),
      });
      if (i % 5 !== 0) {
        const q = QUALITY[i % 3];
        const folder = `${title} (${year})`;
        files.push(
          fileRow(randomUUID(), "bench-movies", `${folder}/${folder.replace(/ /g, ".")}.${q.tag}.mkv`, q, {
            movieId: id,
          }),
        );
      }
    }
    await tx(async (t) => {
      await t.insert(tables.movies).values(movies);
      for (let j = 0; j < files.length; j += 500) await t.insert(tables.mediaFiles).values(files.slice(j, j + 500));
    });
    counts.files += files.length;
  }
  for (let s = 0; s < seriesCount; s++) {
    const seriesId = randomUUID();
    const title = `Generated Series ${String(s).padStart(5, "0")}`;
    const seasons = 7 + (s % 4);
    const episodes: Insert<"episodes">[] = [];
    const files: Insert<"mediaFiles">[] = [];
    const links: Insert<"mediaFileEpisodes">[] = [];
    for (let n = 1; n <= seasons; n++) {
      for (let e = 1; e <= 10; e++) {
        const id = randomUUID();
        // The newest seasons of every 20th series air in the future.
        const air = new Date(
          Date.UTC(2000 + (s % 12) + n, 0, 1) + e * 7 * day + (s % 20 === 0 && n === seasons ? 40 * 365 * day : 0),
        );
        episodes.push({
          id,
          seriesId,
          seasonNumber: n,
          episodeNumber: e,
          absoluteNumber: (n - 1) * 10 + e,
          title: `Episode ${e}`,
          airDate: air.toISOString().slice(0, 10),
          airDateUtc: air,
          runtime: 45,
          monitored: true,
          addedAt: new Date(now),
          updatedAt: new Date(now),
        });
        if (air.getTime() < now && (s * 100 + n * 10 + e) % 33 !== 0) {
          const q = QUALITY[(s + n + e) % 3];
          const code = `S${String(n).padStart(2, "0")}E${String(e).padStart(2, "0")}`;
          const fileId = randomUUID();
          files.push(
            fileRow(
              fileId,
              "bench-tv",
              `${title}/Season ${String(n).padStart(2, "0")}/${title.replace(/ /g, ".")}.${code}.${q.tag}.mkv`,
              q,
              {
                seriesId,
              },
            ),
          );
          links.push({ mediaFileId: fileId, episodeId: id });
        }
      }
    }
    await tx(async (t) => {
      await t.insert(tables.series).values({
        id: seriesId,
        tmdbId: 2_000_000 + s,
        title,
        sortTitle: sortTitleOf(title),
        year: 1990 + (s % 35),
        status: s % 2 ? "continuing" : "ended",
        network: "Bench TV",
        seriesType: "standard",
        genres: ["Drama"],
        monitored: true,
        monitor: "all",
        monitorNewSeasons: true,
        libraryId: "bench-tv",
        qualityProfileId: profileOf(s),
        addedAt: new Date(now - s * 60_000),
        updatedAt: new Date(now),
      });
      await t.insert(tables.seasons).values(
        Array.from({ length: seasons }, (_, n) => ({
          seriesId,
          seasonNumber: n + 1,
          title: `Season ${n + 1}`,
          monitored: true,
        })),
      );
      await t.insert(tables.episodes).values(episodes);
      if (files.length > 0) {
        await t.insert(tables.mediaFiles).values(files);
        await t.insert(tables.mediaFileEpisodes).values(links);
      }
    });
    counts.episodes += episodes.length;
    counts.files += files.length;
  }
  console.log(
    `seeded ${counts.movies} movies, ${counts.series} series, ${counts.episodes} episodes, ${counts.files} files in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await closeDb();
  return counts;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  seed(process.argv[2], Number(process.argv[3])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
