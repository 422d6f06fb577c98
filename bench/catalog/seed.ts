/**
 * A large generated catalog for benchmarks: 10,000 movies and 1,000 series × 10 seasons × 10
 * episodes (100,000 episodes), written straight to the tables. Returns the first series' id.
 */
const MOVIES = 10_000;
const SERIES = 1_000;
const SEASONS = 10;
const EPISODES = 10;
export const admin = { username: "bench", password: "bench password 123" };

export async function seedLargeCatalog(
  databaseUrl: string,
  dataDir: string,
  options: { series?: number } = {},
): Promise<string> {
  const seriesCount = options.series ?? SERIES;
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL = "silent";
  const { getDbHandle, migrate, tx, tables, closeDb } = await import("@/lib/db");
  const { createFirstAdmin } = await import("@/lib/accounts");
  const { rebuildFacets, sortTitleOf } = await import("@/lib/catalog");
  await migrate(getDbHandle());
  await createFirstAdmin(admin);
  const genres = ["Drama", "Comedy", "Thriller", "Action", "Science Fiction", "Animation", "Documentary", "Horror"];
  const now = Date.now();
  const started = Date.now();
  const movieRows = Array.from({ length: MOVIES }, (_, i) => {
    const title = `Generated Movie ${String(i).padStart(5, "0")} ${["Rising", "Returns", "Forever", "Unbound"][i % 4]}`;
    return {
      tmdbId: 1_000_000 + i,
      title,
      sortTitle: sortTitleOf(title),
      year: 1950 + (i % 75),
      overview: "A generated movie for the render benchmark.",
      runtime: 80 + (i % 70),
      status: (["released", "announced", "inCinemas"] as const)[i % 3],
      inCinemasAt: new Date(now - (i % 3000) * 86_400_000),
      genres: [genres[i % genres.length], genres[(i * 7) % genres.length]],
      rating: (i % 100) / 10,
      votes: i,
      posterPath: null,
      monitored: i % 5 !== 0,
      minimumAvailability: "released" as const,
      libraryId: "movies",
      qualityProfileId: "default",
      addedAt: new Date(now - i * 60_000),
      updatedAt: new Date(now),
    };
  });
  for (let i = 0; i < movieRows.length; i += 500)
    await tx(async (t) => void (await t.insert(tables.movies).values(movieRows.slice(i, i + 500))));
  let firstSeriesId = "";
  for (let s = 0; s < seriesCount; s++) {
    await tx(async (t) => {
      const title = `Generated Series ${String(s).padStart(4, "0")}`;
      const [series] = await t
        .insert(tables.series)
        .values({
          tmdbId: 2_000_000 + s,
          title,
          sortTitle: sortTitleOf(title),
          year: 1990 + (s % 35),
          status: s % 2 ? "continuing" : "ended",
          network: "Bench TV",
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
      firstSeriesId ||= series.id;
      await t.insert(tables.seasons).values(
        Array.from({ length: SEASONS }, (_, n) => ({
          seriesId: series.id,
          seasonNumber: n + 1,
          title: `Season ${n + 1}`,
          monitored: true,
        })),
      );
      const episodes = [];
      for (let n = 1; n <= SEASONS; n++) {
        for (let e = 1; e <= EPISODES; e++) {
          const air = new Date(Date.UTC(2000 + n + (s % 10), 0, 1) + e * 7 * 86_400_000);
          episodes.push({
            seriesId: series.id,
            seasonNumber: n,
            episodeNumber: e,
            absoluteNumber: (n - 1) * EPISODES + e,
            title: `Episode ${e}`,
            airDate: air.toISOString().slice(0, 10),
            airDateUtc: air,
            runtime: 45,
            monitored: true,
            addedAt: new Date(now),
            updatedAt: new Date(now),
          });
        }
      }
      for (let i = 0; i < episodes.length; i += 100) await t.insert(tables.episodes).values(episodes.slice(i, i + 100));
    });
  }
  await rebuildFacets();
  console.log(
    `seeded ${MOVIES} movies, ${seriesCount} series, ${seriesCount * SEASONS * EPISODES} episodes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await closeDb();
  return firstSeriesId;
}
