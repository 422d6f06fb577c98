import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, reader, useFakeTmdb } from "./helpers";
import { resolveLibrary } from "@/lib/library";

describe("catalog: add, browse, monitor, refresh", () => {
  let fake: FakeTmdb;
  let catalog: typeof import("@/lib/catalog");
  let movieId = "";
  let seriesId = "";
  let movieLibraryId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    catalog = await import("@/lib/catalog");
  });
  afterAll(() => fake?.stop());

  it("asks for a library before adding", async () => {
    await expect(catalog.addMovie(admin, { tmdbId: 550 }, resolveLibrary)).rejects.toThrow(
      /Add a movies library in Settings → Libraries first/,
    );
    const root = mkdtempSync(path.join(tmpdir(), "mydia-catalog-libraries-"));
    mkdirSync(path.join(root, "movies"));
    mkdirSync(path.join(root, "tv"));
    process.env.LIBRARY_ALLOWED_ROOTS = root;
    (await import("@/lib/config")).resetConfigForTests();
    const library = await import("@/lib/library");
    movieLibraryId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: `${root}/movies/` }))
      .id;
    await library.createLibrary(admin, { name: "TV", kind: "tv", path: `${root}/tv` });
    const libraries = await library.listLibraries(admin);
    expect(libraries.map((l) => [l.kind, l.path])).toEqual([
      ["movie", `${root}/movies`],
      ["tv", `${root}/tv`],
    ]);
  });

  it("adds Fight Club by tmdb id with its metadata, and refuses it twice", async () => {
    const movie = await catalog.addMovie(
      admin,
      {
        tmdbId: 550,
        monitored: true,
        minimumAvailability: "released",
        searchNow: true,
      },
      resolveLibrary,
    );
    movieId = movie.id;
    expect(movie).toMatchObject({
      title: "Fight Club",
      year: 1999,
      imdbId: "tt0137523",
      status: "released",
      certification: "R",
      libraryId: movieLibraryId,
      qualityProfileId: "any",
      monitored: true,
      genres: ["Drama", "Thriller", "Comedy"],
    });
    expect(movie.inCinemasAt).toBe("1999-10-15T00:00:00.000Z");
    expect(movie.searchRequestedAt).not.toBeNull();
    await expect(catalog.addMovie(admin, { tmdbId: 550 }, resolveLibrary)).rejects.toMatchObject({ code: "conflict" });
    await expect(catalog.addMovie(reader, { tmdbId: 550 }, resolveLibrary)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("lists movies with search, filters and paging", async () => {
    const all = await catalog.listMovies(reader, {});
    expect(all).toMatchObject({ total: 1, page: 1 });
    expect((await catalog.listMovies(reader, { q: "fight" })).total).toBe(1);
    expect((await catalog.listMovies(reader, { q: "matrix" })).total).toBe(0);
    expect((await catalog.listMovies(reader, { genre: "Thriller" })).total).toBe(1);
    expect((await catalog.listMovies(reader, { genre: "Western" })).total).toBe(0);
    expect((await catalog.listMovies(reader, { monitored: "false" })).total).toBe(0);
    expect((await catalog.listMovies(reader, { status: "released", sort: "release", dir: "desc" })).total).toBe(1);
    expect(await catalog.movieGenres(reader)).toEqual(["Comedy", "Drama", "Thriller"]);
    expect((await catalog.moviesInLibrary(reader, [550, 13])).get(550)).toBe(movieId);
  });

  it("updates and deletes a movie", async () => {
    const updated = await catalog.updateMovie(
      admin,
      movieId,
      { monitored: false, minimumAvailability: "inCinemas" },
      resolveLibrary,
    );
    expect(updated).toMatchObject({ monitored: false, minimumAvailability: "inCinemas" });
    await expect(catalog.updateMovie(admin, movieId, { title: "x" }, resolveLibrary)).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(catalog.updateMovie(admin, movieId, { qualityProfileId: "nope" }, resolveLibrary)).rejects.toThrow(
      /quality profile/,
    );
  });

  it("adds Game of Thrones with its seasons and episodes, monitoring all but specials", async () => {
    const series = await catalog.addSeries(admin, { tmdbId: 1399, monitor: "all" }, resolveLibrary);
    seriesId = series.id;
    expect(series).toMatchObject({
      title: "Game of Thrones",
      tvdbId: 121361,
      imdbId: "tt0944947",
      network: "HBO",
      status: "ended",
      seriesType: "standard",
    });
    const detail = await catalog.getSeriesDetail(reader, seriesId);
    expect(detail.seasons.map((s) => s.seasonNumber)).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const s1 = detail.seasons.find((s) => s.seasonNumber === 1)!;
    expect(s1.monitored).toBe(true);
    expect(s1.episodes).toHaveLength(10);
    expect(s1.episodes[0]).toMatchObject({
      title: "Winter Is Coming",
      airDate: "2011-04-17",
      airDateUtc: "2011-04-17T00:00:00.000Z",
      absoluteNumber: 1,
      monitored: true,
    });
    expect(detail.seasons.find((s) => s.seasonNumber === 0)!.monitored).toBe(false);
    // Only season 1 is among the captured responses; the others 404 and stay empty, not failing the add.
    expect(fake.paths()).toContain("tv/1399/season/2");
    const list = await catalog.listSeries(reader, {});
    expect(list.items[0]).toMatchObject({ title: "Game of Thrones", episodeCount: 10, seasonCount: 1 });
    await expect(catalog.addSeries(admin, { tmdbId: 1399 }, resolveLibrary)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("toggles seasons, episodes and monitor modes", async () => {
    await catalog.setSeasonMonitored(admin, seriesId, 1, false);
    let episodes = await catalog.listEpisodes(reader, seriesId);
    expect(episodes.every((e) => !e.monitored)).toBe(true);
    const pilot = episodes.find((e) => e.episodeNumber === 1)!;
    expect((await catalog.updateEpisode(admin, pilot.id, { monitored: true })).monitored).toBe(true);
    const changed = await catalog.setEpisodesMonitoredBulk(admin, seriesId, {
      episodeIds: episodes.slice(0, 3).map((e) => e.id),
      monitored: true,
    });
    expect(changed).toBe(3);
    await catalog.updateSeries(admin, seriesId, { monitor: "pilot" }, resolveLibrary);
    episodes = await catalog.listEpisodes(reader, seriesId);
    expect(episodes.filter((e) => e.monitored).map((e) => e.episodeNumber)).toEqual([1]);
    await catalog.updateSeries(admin, seriesId, { monitor: "all", monitorNewSeasons: true }, resolveLibrary);
    expect((await catalog.listEpisodes(reader, seriesId)).every((e) => e.monitored)).toBe(true);
  });

  it("refresh adds new episodes, updates air dates and flags removed ones without deleting them", async () => {
    const season = fixture("themoviedbapi/tv_seasons/details.json") as { episodes: Record<string, unknown>[] };
    const episodes = season.episodes
      .slice(0, 9)
      .map((e) => (e.episode_number === 2 ? { ...e, air_date: "2011-04-25" } : e));
    episodes.push({
      ...season.episodes[0],
      id: 999_001,
      episode_number: 11,
      name: "A New Episode",
      air_date: "2030-01-01",
    });
    fake.override("tv/1399/season/1", { status: 200, body: { ...season, episodes } });
    const counts = await catalog.refreshSeries(seriesId);
    fake.clearOverrides();
    expect(counts).toMatchObject({ added: 1, removed: 1, airDatesChanged: 1 });
    const stored = await catalog.listEpisodes(reader, seriesId);
    expect(stored).toHaveLength(11);
    expect(stored.find((e) => e.episodeNumber === 10)!.removedAt).not.toBeNull();
    expect(stored.find((e) => e.episodeNumber === 2)!.airDate).toBe("2011-04-25");
    expect(stored.find((e) => e.episodeNumber === 11)).toMatchObject({
      title: "A New Episode",
      monitored: true,
      removedAt: null,
    });
    // Back to the captured season: episode 10 returns, 11 is flagged.
    const again = await catalog.refreshSeries(seriesId);
    expect(again.removed).toBe(1);
    expect((await catalog.listEpisodes(reader, seriesId)).find((e) => e.episodeNumber === 10)!.removedAt).toBeNull();
  });

  it("shows episodes and releases on the calendar and in the iCal feed", async () => {
    const entries = await catalog.calendar(reader, { start: "2011-04-01", end: "2011-04-30" });
    expect(entries.filter((e) => e.kind === "episode").map((e) => e.kind === "episode" && e.episodeNumber)).toEqual([
      1, 2,
    ]);
    const movies = await catalog.calendar(reader, { start: "1999-10-01", end: "1999-10-31" });
    expect(movies).toEqual([expect.objectContaining({ kind: "movie", title: "Fight Club", release: "inCinemas" })]);
    await expect(catalog.calendar(reader, { start: "2011-04-30", end: "2011-04-01" })).rejects.toThrow(/before start/);
    const ics = catalog.renderICal(entries, "https://mydia.example.com", new Date("2011-04-01T00:00:00Z"));
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics).toContain("SUMMARY:Game of Thrones - 1x01 - Winter Is Coming");
    expect(ics).toContain("DTSTART;VALUE=DATE:20110417");
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("runs the metadata.refresh handler over what is due", async () => {
    const { metadataRefreshHandler } = catalog;
    const single = await metadataRefreshHandler({
      data: { kind: "movie", id: movieId },
      signal: new AbortController().signal,
    });
    expect(single).toMatchObject({ movies: 1, failed: 0 });
    // Everything was just refreshed: nothing is due.
    expect(await metadataRefreshHandler({ data: {}, signal: new AbortController().signal })).toMatchObject({
      movies: 0,
      series: 0,
    });
  });

  it("deletes a series with its seasons and episodes", async () => {
    await catalog.removeSeriesFromCatalog(admin, seriesId);
    await expect(catalog.getSeriesDetail(reader, seriesId)).rejects.toMatchObject({ code: "not_found" });
    await catalog.removeMovieFromCatalog(admin, movieId);
    expect((await catalog.listMovies(reader)).total).toBe(0);
  });
});
