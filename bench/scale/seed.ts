import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A realistic library of `titles` titles for the scaling table: 90% movies, 10% series with 1–6
 * seasons of 22 episodes (about 77 episodes a series: 385,000 episodes at 50,000 titles). Files
 * exist on disk (zero-length, names as Radarr/Sonarr and scene groups write them) for 90% of the
 * movies and of the aired episodes, and the library scan imports them, so media files are stored
 * the way the app stores them. Titles use the "Any" profile (cutoff Bluray-1080p): files at
 * HDTV-720p and WEB-DL 1080p leave work under the cutoff. Release and air dates spread over 30
 * years with a share around today, so the calendar has busy days; download history and a
 * blocklist fill Activity.
 *
 * Writes the catalog straight to the tables (as the other benches do) and scans the tree through
 * lib/library. Call with DATABASE_URL and DATA_DIR set.
 */
export const SEED_VERSION = 1;
export const benchAdmin = { username: "bench", password: "bench password 123" };

const WORDS_A = ["Silent", "Crimson", "Broken", "Hidden", "Golden", "Last", "Lost", "Dark", "Frozen", "Burning"];
const WORDS_B = [
  "Harbor",
  "Kingdom",
  "River",
  "Empire",
  "Garden",
  "Signal",
  "Horizon",
  "Station",
  "Witness",
  "Orchard",
];
const GENRES = ["Drama", "Comedy", "Thriller", "Action", "Science Fiction", "Animation", "Documentary", "Horror"];
const GENRE_EXTRA = ["Crime", "Family", "Fantasy", "History", "Music", "Mystery", "Romance", "War", "Western"];
const MOVIE_QUALITIES = ["Bluray-1080p", "WEBDL-1080p", "HDTV-720p", "Bluray-2160p", "WEBRip-1080p"];
const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The n-th unique two-word name with a roman-free numeric suffix the parser keeps in the title. */
const titleOf = (prefix: string, i: number) =>
  `${WORDS_A[i % WORDS_A.length]} ${WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length]} ${prefix}${i.toString(36).toUpperCase()}`;

export interface SeedCounts {
  movies: number;
  series: number;
  episodes: number;
  files: number;
}

export async function seedScale(titles: number, mediaRoot: string, log: (line: string) => void): Promise<SeedCounts> {
  const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
  const { createFirstAdmin } = await import("@/lib/accounts");
  const { sortTitleOf } = await import("@/lib/catalog");
  const { defaultNaming, scanLibrary } = await import("@/lib/library");
  const { ensureQualitySeeded } = await import("@/lib/quality");
  await migrate(getDbHandle());
  await createFirstAdmin(benchAdmin);
  await ensureQualitySeeded();
  const started = performance.now();
  const now = Date.now();
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const movieCount = Math.round(titles * 0.9);
  const seriesCount = titles - movieCount;
  const movieRoot = path.join(mediaRoot, "movies");
  const tvRoot = path.join(mediaRoot, "tv");
  mkdirSync(movieRoot, { recursive: true });
  mkdirSync(tvRoot, { recursive: true });
  await tx(async (t) => {
    await t.insert(tables.libraries).values([
      { id: "movies", name: "Movies", kind: "movie", path: movieRoot, naming: defaultNaming(), updatedAt: new Date() },
      { id: "tv", name: "TV", kind: "tv", path: tvRoot, naming: defaultNaming(), updatedAt: new Date() },
    ]);
  });

  let files = 0;
  const movieRows: (typeof tables.movies.$inferInsert)[] = [];
  for (let i = 0; i < movieCount; i++) {
    const title = titleOf("M", i);
    const year = 1970 + (i % 56);
    // One movie in twenty comes out within two months of today; the rest over the last 30 years.
    const cinema = i % 20 === 0 ? today + ((i % 120) - 60) * DAY : today - (60 + (i % 10_950)) * DAY;
    movieRows.push({
      tmdbId: 1_000_000 + i,
      title,
      sortTitle: sortTitleOf(title),
      year,
      overview: "A generated movie of the scaling benchmark, with an overview of realistic length for the page.",
      runtime: 80 + (i % 70),
      status: cinema > now ? ("announced" as const) : ("released" as const),
      inCinemasAt: new Date(cinema),
      digitalReleaseAt: new Date(cinema + 45 * DAY),
      physicalReleaseAt: i % 3 === 0 ? new Date(cinema + 90 * DAY) : null,
      genres: [GENRES[i % GENRES.length], GENRE_EXTRA[(i * 7) % GENRE_EXTRA.length]],
      tags: i % 10 === 0 ? ["kids"] : [],
      rating: (i % 100) / 10,
      votes: i,
      posterPath: `/p${i}.jpg`,
      monitored: i % 7 !== 0,
      minimumAvailability: "released" as const,
      libraryId: "movies",
      qualityProfileId: i % 4 === 0 ? "hd-1080p" : "any",
      addedAt: new Date(now - i * 60_000),
      updatedAt: new Date(now),
    });
    if (i % 10 !== 9 && cinema < now) {
      const folder = path.join(movieRoot, `${title} (${year}) {tmdb-${1_000_000 + i}}`);
      mkdirSync(folder, { recursive: true });
      const name =
        i % 3 === 0
          ? `${title.replace(/ /g, ".")}.${year}.720p.HDTV.x264-GRP.mkv`
          : `${title} (${year}) ${MOVIE_QUALITIES[i % MOVIE_QUALITIES.length]}.mkv`;
      writeFileSync(path.join(folder, name), "");
      files++;
    }
  }
  for (let i = 0; i < movieRows.length; i += 500)
    await tx(async (t) => void (await t.insert(tables.movies).values(movieRows.slice(i, i + 500))));
  log(`  ${movieCount} movies (${files} files) in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  let episodesTotal = 0;
  for (let s = 0; s < seriesCount; s += 50) {
    await tx(async (t) => {
      for (let i = s; i < Math.min(seriesCount, s + 50); i++) {
        const title = titleOf("S", i);
        const year = 1995 + (i % 30);
        const seasons = 1 + (i % 6);
        // A third of the series are current: their last episode airs around today, weekly.
        const current = i % 3 === 0;
        const count = seasons * 22;
        const firstAir = current
          ? today - (count - 4 - (i % 8)) * 7 * DAY + (i % 24) * 3_600_000
          : Date.UTC(year, 0, 1) + (i % 300) * DAY;
        const [row] = await t
          .insert(tables.series)
          .values({
            tmdbId: 2_000_000 + i,
            tvdbId: 3_000_000 + i,
            title,
            sortTitle: sortTitleOf(title),
            year,
            overview: "A generated series of the scaling benchmark.",
            status: current ? "continuing" : "ended",
            network: ["HBO", "BBC One", "Netflix", "AMC"][i % 4],
            seriesType: "standard",
            runtime: 45,
            genres: [GENRES[(i * 3) % GENRES.length]],
            tags: i % 10 === 0 ? ["kids"] : [],
            rating: (i % 100) / 10,
            posterPath: `/s${i}.jpg`,
            monitored: i % 9 !== 0,
            monitor: "all",
            monitorNewSeasons: true,
            libraryId: "tv",
            qualityProfileId: "any",
            addedAt: new Date(now - i * 60_000),
            updatedAt: new Date(now),
          })
          .returning({ id: tables.series.id });
        await t
          .insert(tables.seasons)
          .values(
            Array.from({ length: seasons }, (_, n) => ({ seriesId: row.id, seasonNumber: n + 1, monitored: true })),
          );
        const folder = path.join(tvRoot, `${title} (${year}) {tvdb-${3_000_000 + i}}`);
        const episodes = [];
        for (let n = 1; n <= seasons; n++) {
          const seasonDir = path.join(folder, `Season ${pad(n)}`);
          mkdirSync(seasonDir, { recursive: true });
          for (let e = 1; e <= 22; e++) {
            const air = firstAir + ((n - 1) * 22 + e - 1) * 7 * DAY;
            episodes.push({
              seriesId: row.id,
              seasonNumber: n,
              episodeNumber: e,
              absoluteNumber: (n - 1) * 22 + e,
              title: `Episode ${e}`,
              airDate: new Date(air).toISOString().slice(0, 10),
              airDateUtc: new Date(air),
              runtime: 45,
              monitored: true,
              addedAt: new Date(now),
              updatedAt: new Date(now),
            });
            if (air < now && (i + e) % 10 !== 0) {
              const name =
                (i + e) % 2 === 0
                  ? `${title} - S${pad(n)}E${pad(e)} - Episode ${e} ${MOVIE_QUALITIES[(i + e) % MOVIE_QUALITIES.length]}.mkv`
                  : `${title.replace(/ /g, ".")}.S${pad(n)}E${pad(e)}.720p.HDTV.x264-GRP.mkv`;
              writeFileSync(path.join(seasonDir, name), "");
              files++;
            }
          }
        }
        for (let k = 0; k < episodes.length; k += 200)
          await t.insert(tables.episodes).values(episodes.slice(k, k + 200));
        episodesTotal += episodes.length;
      }
    });
  }
  log(
    `  ${seriesCount} series, ${episodesTotal} episodes, ${files} files in all, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  await (await import("@/lib/catalog")).rebuildFacets();

  // Activity: history grows with the library (one entry per ten titles), and a blocklist.
  const movieIds = (await getDbHandle().db.select({ id: tables.movies.id }).from(tables.movies)).map((r) => r.id);
  const history = Array.from({ length: Math.max(50, Math.round(titles / 10)) }, (_, i) => ({
    event: (["grabbed", "imported", "failed", "deleted"] as const)[i % 4],
    title: `${titleOf("M", i % movieCount).replace(/ /g, ".")}.1080p.WEB-DL-GRP`,
    movieId: movieIds[i % movieIds.length],
    data: { indexer: "Bench Indexer", size: 4_000_000_000 },
    createdAt: new Date(now - i * 600_000),
  }));
  for (let i = 0; i < history.length; i += 500)
    await tx(async (t) => void (await t.insert(tables.downloadHistory).values(history.slice(i, i + 500))));
  const blocked = Array.from({ length: Math.max(10, Math.round(titles / 100)) }, (_, i) => ({
    title: `${titleOf("M", i % movieCount).replace(/ /g, ".")}.2160p.CAM-BAD`,
    protocol: "torrent" as const,
    infoHash: (i.toString(16) + "0".repeat(40)).slice(0, 40),
    movieId: movieIds[i % movieIds.length],
    reason: "Failed to download",
    createdAt: new Date(now - i * 3_600_000),
  }));
  for (let i = 0; i < blocked.length; i += 500)
    await tx(async (t) => void (await t.insert(tables.blocklist).values(blocked.slice(i, i + 500))));

  const scanStarted = performance.now();
  const scans = [
    await scanLibrary("movies", { metadataSearch: false }),
    await scanLibrary("tv", { metadataSearch: false }),
  ];
  log(
    `  scan: ${scans.reduce((n, r) => n + r.matched, 0)} of ${scans.reduce((n, r) => n + r.seen, 0)} files matched in ${((performance.now() - scanStarted) / 1000).toFixed(0)} s`,
  );
  await closeDb();
  return { movies: movieCount, series: seriesCount, episodes: episodesTotal, files };
}
