/**
 * The soak's library, cached on disk between runs: 45,000 movies (40,000 with a file) and 5,000 series × 4 seasons
 * × 20 episodes (400,000 episodes; 500 series with all their files), the files zero-length under <dir>/media and
 * scanned once, so media_files holds 80,000 rows. The bench admin of bench/catalog/seed.ts signs in; an API key
 * (written to <dir>/api-key) starts the jobs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { admin } from "../catalog/seed";

export const SOAK_SEED_VERSION = 1;
const MOVIES = 45_000;
const MOVIES_WITH_FILES = 40_000;
const SERIES = 5_000;
const SERIES_WITH_FILES = 500;
const SEASONS = 4;
const EPISODES = 20;

export interface SoakSeed {
  mediaDir: string;
  apiKey: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const movieTitle = (i: number) => `Soak Movie ${pad(i, 5)} ${["Rising", "Returns", "Forever", "Unbound"][i % 4]}`;
const seriesTitle = (s: number) => `Soak Series ${pad(s, 4)}`;

/** Seeds once per (version, database); later runs find the marker and return at once. */
export async function soakSeed(dir: string, databaseUrl: string, dataDir: string): Promise<SoakSeed> {
  const marker = path.join(dir, `seeded-v${SOAK_SEED_VERSION}-${Buffer.from(databaseUrl).toString("base64url")}`);
  const mediaDir = path.join(dir, "media");
  const keyFile = path.join(dir, "api-key");
  if (existsSync(marker)) return { mediaDir, apiKey: readFileSync(keyFile, "utf8").trim() };

  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL = "silent";
  process.env.LIBRARY_ALLOWED_ROOTS = mediaDir;
  const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
  const { createFirstAdmin, createApiKeyForUsername } = await import("@/lib/accounts");
  const { sortTitleOf } = await import("@/lib/catalog");
  const { defaultNaming, scanLibrary } = await import("@/lib/library");
  await migrate(getDbHandle());
  await createFirstAdmin(admin);
  const { key } = await createApiKeyForUsername(admin.username, "soak");

  const movieRoot = path.join(mediaDir, "movies");
  const tvRoot = path.join(mediaDir, "tv");
  const now = Date.now();
  await tx(async (t) => {
    await t.insert(tables.libraries).values([
      { id: "movies", name: "Movies", kind: "movie", path: movieRoot, naming: defaultNaming(), updatedAt: new Date() },
      { id: "tv", name: "TV", kind: "tv", path: tvRoot, naming: defaultNaming(), updatedAt: new Date() },
    ]);
  });
  const genres = ["Drama", "Comedy", "Thriller", "Action", "Science Fiction", "Animation", "Documentary", "Horror"];
  const movieRows = Array.from({ length: MOVIES }, (_, i) => ({
    tmdbId: 3_000_000 + i,
    title: movieTitle(i),
    sortTitle: sortTitleOf(movieTitle(i)),
    year: 1950 + (i % 75),
    overview: "A generated movie for the soak benchmark.",
    runtime: 80 + (i % 70),
    status: (["released", "announced", "inCinemas"] as const)[i % 3],
    inCinemasAt: new Date(now - (i % 3000) * 86_400_000),
    genres: [genres[i % genres.length], genres[(i * 7) % genres.length]],
    monitored: i % 5 !== 0,
    minimumAvailability: "released" as const,
    libraryId: "movies",
    qualityProfileId: "default",
    addedAt: new Date(now - i * 60_000),
    updatedAt: new Date(now),
  }));
  for (let i = 0; i < movieRows.length; i += 500)
    await tx(async (t) => void (await t.insert(tables.movies).values(movieRows.slice(i, i + 500))));
  for (let i = 0; i < MOVIES_WITH_FILES; i++) {
    const folder = path.join(movieRoot, `${movieTitle(i)} (${1950 + (i % 75)})`);
    mkdirSync(folder, { recursive: true });
    const quality = ["HDTV-720p", "WEBDL-1080p", "Bluray-1080p", "Bluray-2160p"][i % 4];
    writeFileSync(path.join(folder, `${movieTitle(i)} (${1950 + (i % 75)}) ${quality}.mkv`), "");
  }

  for (let s = 0; s < SERIES; s++) {
    await tx(async (t) => {
      const [series] = await t
        .insert(tables.series)
        .values({
          tmdbId: 4_000_000 + s,
          tvdbId: 5_000_000 + s,
          title: seriesTitle(s),
          sortTitle: sortTitleOf(seriesTitle(s)),
          year: 1990 + (s % 35),
          status: s % 2 ? "continuing" : "ended",
          network: "Soak TV",
          seriesType: "standard",
          genres: [genres[s % genres.length]],
          monitored: true,
          monitor: "all",
          monitorNewSeasons: true,
          libraryId: "tv",
          qualityProfileId: "default",
          addedAt: new Date(now - s * 60_000),
          updatedAt: new Date(now),
        })
        .returning({ id: tables.series.id });
      await t.insert(tables.seasons).values(
        Array.from({ length: SEASONS }, (_, n) => ({
          seriesId: series.id,
          seasonNumber: n + 1,
          title: `Season ${n + 1}`,
          monitored: true,
        })),
      );
      const episodes = [];
      for (let n = 1; n <= SEASONS; n++)
        for (let e = 1; e <= EPISODES; e++) {
          const air = new Date(now - ((s % 700) * 3 + (SEASONS - n) * 150 + (EPISODES - e) * 7) * 86_400_000);
          episodes.push({
            seriesId: series.id,
            seasonNumber: n,
            episodeNumber: e,
            title: `Episode ${e}`,
            airDate: air.toISOString().slice(0, 10),
            airDateUtc: air,
            runtime: 45,
            monitored: true,
            addedAt: new Date(now),
            updatedAt: new Date(now),
          });
        }
      for (let i = 0; i < episodes.length; i += 100) await t.insert(tables.episodes).values(episodes.slice(i, i + 100));
    });
    if (s < SERIES_WITH_FILES) {
      const show = path.join(tvRoot, `${seriesTitle(s)} (${1990 + (s % 35)}) {tvdb-${5_000_000 + s}}`);
      for (let n = 1; n <= SEASONS; n++) {
        const seasonDir = path.join(show, `Season ${pad(n)}`);
        mkdirSync(seasonDir, { recursive: true });
        for (let e = 1; e <= EPISODES; e++)
          writeFileSync(
            path.join(seasonDir, `${seriesTitle(s)} - S${pad(n)}E${pad(e)} - Episode ${e} HDTV-720p.mkv`),
            "",
          );
      }
    }
  }
  console.log(`soak seed: catalog and files written in ${((Date.now() - started) / 1000).toFixed(0)} s; first scan…`);
  for (const id of ["movies", "tv"]) {
    const result = await scanLibrary(id, { metadataSearch: false });
    console.log(`soak seed: ${id} scanned: ${result.seen} files, ${result.matched} matched`);
  }
  await closeDb();
  writeFileSync(keyFile, key);
  writeFileSync(marker, new Date().toISOString());
  console.log(`soak seed: done in ${((Date.now() - started) / 1000).toFixed(0)} s (cached under ${dir})`);
  return { mediaDir, apiKey: key };
}
