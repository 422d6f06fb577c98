import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSyntheticTmdb, type SyntheticTitle, type SyntheticTmdb } from "../../helpers/synthetic-tmdb";
import { TMDB_KEY } from "../catalog/helpers";
import { admin, reader, useAllowedRoot, writeFiles } from "./helpers";

const titles: SyntheticTitle[] = [
  { kind: "movie", tmdbId: 550, title: "Fight Club", year: 1999, imdbId: "tt0137523" },
  { kind: "movie", tmdbId: 603, title: "The Matrix", year: 1999, imdbId: "tt0133093" },
  { kind: "movie", tmdbId: 27205, title: "Inception", year: 2010, imdbId: "tt1375666" },
  { kind: "movie", tmdbId: 348, title: "Alien", year: 1979 },
  { kind: "movie", tmdbId: 679, title: "Aliens", year: 1986 },
  { kind: "movie", tmdbId: 680, title: "Pulp Fiction", year: 1994, imdbId: "tt0110912" },
  { kind: "movie", tmdbId: 13, title: "Forrest Gump", year: 1994 },
  { kind: "movie", tmdbId: 949, title: "Heat", year: 1995 },
  { kind: "movie", tmdbId: 11, title: "Star Wars", year: 1977 },
  { kind: "movie", tmdbId: 105, title: "Back to the Future", year: 1985 },
  { kind: "movie", tmdbId: 78, title: "Blade Runner", year: 1982 },
  { kind: "movie", tmdbId: 62, title: "2001 A Space Odyssey", year: 1968 },
  { kind: "tv", tmdbId: 1399, title: "Game of Thrones", year: 2011, tvdbId: 121361, seasons: { 1: 10 } },
  { kind: "tv", tmdbId: 2316, title: "The Office", year: 2005, tvdbId: 73244, seasons: { 1: 6 } },
  { kind: "tv", tmdbId: 2996, title: "The Office", year: 2001, tvdbId: 78107, seasons: { 1: 6 } },
  { kind: "tv", tmdbId: 1100, title: "How I Met Your Mother", year: 2005, seasons: { 0: 2, 1: 22 } },
  { kind: "tv", tmdbId: 2224, title: "The Daily Show", year: 2015, seasons: { 1: 60 }, seriesType: "daily" },
  { kind: "tv", tmdbId: 31910, title: "Naruto Shippuden", year: 2007, seasons: { 1: 12, 2: 12 }, seriesType: "anime" },
  { kind: "tv", tmdbId: 1418, title: "The Big Bang Theory", year: 2007, tvdbId: 80379, seasons: { 1: 17 } },
];

const movieNfo = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<movie>\n  <title>x</title>\n${inner}\n</movie>\n`;

describe("library: importing an existing collection (ids, .nfo files, confidence, resume)", () => {
  let tmdb: SyntheticTmdb;
  let library: typeof import("@/lib/library");
  let catalog: typeof import("@/lib/catalog");
  let base = "";

  beforeAll(async () => {
    tmdb = await startSyntheticTmdb(titles);
    Object.assign(process.env, { TMDB_BASE_URL: tmdb.url, TMDB_IMAGE_BASE_URL: tmdb.imageUrl, TMDB_API_KEY: TMDB_KEY });
    base = await useAllowedRoot("collection");
    library = await import("@/lib/library");
    catalog = await import("@/lib/catalog");
  });
  afterAll(async () => {
    await tmdb?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  const searches = () => (tmdb.counts.get("search/movie") ?? 0) + (tmdb.counts.get("search/tv") ?? 0);
  const videoOf = async (libraryId: string, relativePath: string) => {
    const files = await library.listMediaFiles(reader, await filesQuery(libraryId, relativePath));
    return files.find((f) => f.relativePath === relativePath)!;
  };
  const filesQuery = async (libraryId: string, relativePath: string) => {
    const unmatched = await library.listUnmatched(reader, libraryId, 1, 500);
    const file = unmatched.groups.flatMap((g) => g.files).find((f) => f.relativePath === relativePath);
    if (file) throw new Error(`${relativePath} is unmatched: ${file.guess?.reason}`);
    const movies = (await catalog.listMovies(reader, { pageSize: 100 })).items;
    const series = (await catalog.listSeries(reader, { pageSize: 100 })).items;
    for (const m of movies) {
      const files = await library.listMediaFiles(reader, { movieId: m.id });
      if (files.some((f) => f.relativePath === relativePath)) return { movieId: m.id };
    }
    for (const s of series) {
      const files = await library.listMediaFiles(reader, { seriesId: s.id });
      if (files.some((f) => f.relativePath === relativePath)) return { seriesId: s.id };
    }
    throw new Error(`${relativePath} is in no title`);
  };

  it("an id in a folder or file name is authoritative: looked up by id (find for IMDb), never searched by title", async () => {
    const root = path.join(base, "Movies");
    writeFiles(root, [
      "Wrong Title (2001) {tmdb-550}/Wrong Title (2001) Bluray-1080p.mkv",
      "Some Other Name [imdbid-tt0133093]/movie.mkv",
      "Nothing Alike (1950)/Nothing Alike {imdb-tt0110912} WEBDL-720p.mkv",
      "Unknown Id (2000) [tmdbid-999999]/file.mkv",
    ]);
    const movies = await library.createLibrary(admin, { name: "Movies", kind: "movie", path: root });
    const before = searches();
    const result = await library.scanLibrary(movies.id);
    expect(searches() - before).toBe(0);
    expect(tmdb.counts.get("find")).toBeGreaterThanOrEqual(2);
    expect(result).toMatchObject({ matched: 3, unmatched: 1 });
    const list = (await catalog.listMovies(reader, { pageSize: 100 })).items.map((m) => m.title).sort();
    expect(list).toEqual(["Fight Club", "Pulp Fiction", "The Matrix"]);
    const fight = await videoOf(movies.id, "Wrong Title (2001) {tmdb-550}/Wrong Title (2001) Bluray-1080p.mkv");
    expect(fight.guess).toMatchObject({ title: "Fight Club", matchedBy: "id", confidence: 1 });
    const unknown = (await library.listUnmatched(reader, movies.id)).groups.flatMap((g) => g.files);
    expect(unknown.map((f) => f.guess?.reason)).toEqual(["No movie has the id tmdb-999999"]);
  });

  it("reads Kodi .nfo files: <uniqueid>, <tmdbid>, <imdbid>, <id> in movie.nfo and <name>.nfo, tvdb in tvshow.nfo", async () => {
    const root = path.join(base, "Movies");
    writeFiles(root, {
      "Folder One/movie.nfo": movieNfo(
        `  <uniqueid type="tmdb" default="true">27205</uniqueid>\n  <uniqueid type="imdb">tt1375666</uniqueid>`,
      ),
      "Folder One/Folder One.mkv": "",
      "Folder Two/Folder Two.mkv": "",
      "Folder Two/Folder Two.nfo": movieNfo("  <tmdbid>348</tmdbid>"),
      "Folder Three/x.mkv": "",
      "Folder Three/movie.nfo": movieNfo("  <id>tt0137523</id>"),
      "Folder Four/x.avi": "",
      "Folder Four/movie.nfo": "Release notes ▄▄▄ not XML at all\n",
    });
    const movies = (await library.listLibraries(reader)).find((l) => l.name === "Movies")!;
    const before = searches();
    await library.scanLibrary(movies.id);
    // Folder Four has no ids in its nfo: it alone is searched ("Folder Four" finds nothing).
    expect(searches() - before).toBe(1);
    expect((await videoOf(movies.id, "Folder One/Folder One.mkv")).guess).toMatchObject({
      title: "Inception",
      matchedBy: "nfo",
    });
    expect((await videoOf(movies.id, "Folder Two/Folder Two.mkv")).guess).toMatchObject({ title: "Alien" });
    expect((await videoOf(movies.id, "Folder Three/x.mkv")).guess).toMatchObject({ title: "Fight Club" });

    const tvRoot = path.join(base, "TV");
    writeFiles(tvRoot, {
      "Some Show/tvshow.nfo": `<tvshow><title>Some Show</title><uniqueid type="tvdb" default="true">80379</uniqueid></tvshow>`,
      "Some Show/Season 1/Some Show - S01E03.mkv": "",
      "Renamed {tvdb-121361}/Season 01/Renamed - S01E02 - Whatever.mkv": "",
    });
    const tv = await library.createLibrary(admin, { name: "TV", kind: "tv", path: tvRoot });
    const tvBefore = searches();
    const result = await library.scanLibrary(tv.id);
    expect(searches() - tvBefore).toBe(0);
    expect(result).toMatchObject({ matched: 2, unmatched: 0 });
    const series = (await catalog.listSeries(reader, { pageSize: 100 })).items.map((s) => s.title).sort();
    expect(series).toEqual(["Game of Thrones", "The Big Bang Theory"]);
  });

  it("title + year: a clear result is added with its confidence; an ambiguous one waits unsure with its candidate", async () => {
    const root = path.join(base, "Movies");
    writeFiles(root, [
      "Heat (1995)/Heat.1995.1080p.BluRay.x264-GRP.mkv",
      "Aliens (1986)/Aliens (1986).mkv",
      "Star Wars (1980)/Star Wars (1980).mkv",
      "Nothing Like This (2003)/Nothing Like This (2003).mkv",
    ]);
    const movies = (await library.listLibraries(reader)).find((l) => l.name === "Movies")!;
    await library.scanLibrary(movies.id);
    expect((await videoOf(movies.id, "Heat (1995)/Heat.1995.1080p.BluRay.x264-GRP.mkv")).guess).toMatchObject({
      title: "Heat",
      matchedBy: "search",
      confidence: 1,
    });
    expect((await videoOf(movies.id, "Aliens (1986)/Aliens (1986).mkv")).guess).toMatchObject({ title: "Aliens" });
    const files = (await library.listUnmatched(reader, movies.id)).groups.flatMap((g) => g.files);
    const starWars = files.find((f) => f.relativePath.startsWith("Star Wars"))!;
    // Three years off: the best result is only a candidate, not added.
    expect(starWars.guess).toMatchObject({ candidate: { tmdbId: 11, title: "Star Wars", year: 1977 } });
    expect(starWars.guess!.candidate!.confidence).toBeLessThan(library.CONFIDENT);
    expect(starWars.guess!.reason).toMatch(/^Unsure: Star Wars \(1977\) fits at \d+ %/);
    const nothing = files.find((f) => f.relativePath.startsWith("Nothing Like"))!;
    expect(nothing.guess?.candidate).toBeUndefined();
    expect((await catalog.listMovies(reader, { q: "Star Wars" })).items).toHaveLength(0);

    // Two series named "The Office" and no year: unsure, until the review accepts one for the whole folder.
    const tvRoot = path.join(base, "TV");
    writeFiles(tvRoot, ["The Office/Season 1/The.Office.S01E01.mkv", "The Office/Season 1/The.Office.S01E02.mkv"]);
    const tv = (await library.listLibraries(reader)).find((l) => l.name === "TV")!;
    await library.scanLibrary(tv.id);
    const office = (await library.listUnmatched(reader, tv.id)).groups.flatMap((g) => g.files);
    expect(office).toHaveLength(2);
    expect(office[0].guess?.candidate?.confidence).toBeLessThan(library.CONFIDENT);
    // The review: accept Star Wars' candidate, fix The Office to the 2001 one (a search result), whole folders.
    expect(
      await library.rematchLibrary(movies.id, { chosen: [{ folder: "Star Wars (1980)", tmdbId: 11 }] }),
    ).toMatchObject({
      matched: 1,
      unmatched: 0,
    });
    expect(await library.rematchLibrary(tv.id, { chosen: [{ folder: "The Office", tmdbId: 2996 }] })).toMatchObject({
      matched: 2,
    });
    const theOffice = (await catalog.listSeries(reader, { q: "The Office" })).items;
    expect(theOffice.map((s) => s.year)).toEqual([2001]);
    expect(await library.listMediaFiles(reader, { seriesId: theOffice[0].id })).toHaveLength(2);
    // Matching again in bulk leaves what still does not fit where it was, without searching for it again (cached).
    const before = searches();
    expect(await library.rematchLibrary(movies.id)).toMatchObject({ matched: 0, unmatched: 3 });
    expect(searches() - before).toBe(0);
  });

  it("attaches multi-episode files, specials, daily and anime numbering to their episodes", async () => {
    const tvRoot = path.join(base, "TV");
    writeFiles(tvRoot, [
      "How I Met Your Mother (2005)/Season 01/How.I.Met.Your.Mother.S01E01E02.720p.HDTV.x264-GRP.mkv",
      "How I Met Your Mother (2005)/Season 01/How I Met Your Mother - S01E03-E04-E05.mkv",
      "How I Met Your Mother (2005)/Specials/How I Met Your Mother - S00E02.mkv",
      "The Daily Show (2015)/Season 1/The.Daily.Show.2015.02.02.Guest.Name.720p.WEB.h264-GRP.mkv",
      "Naruto Shippuden (2007)/[SubsPlease] Naruto Shippuden - 14 (1080p) [ABCD1234].mkv",
    ]);
    const tv = (await library.listLibraries(reader)).find((l) => l.name === "TV")!;
    const result = await library.scanLibrary(tv.id);
    expect(result.unmatched).toBe(0);
    const series = (await catalog.listSeries(reader, { pageSize: 100 })).items;
    const episodesOf = async (title: string, relativePath: string) => {
      const s = series.find((x) => x.title === title)!;
      const file = (await library.listMediaFiles(reader, { seriesId: s.id })).find(
        (f) => f.relativePath === relativePath,
      )!;
      const episodes = await catalog.listEpisodes(reader, s.id);
      return file.episodeIds
        .map((id) => episodes.find((e) => e.id === id)!)
        .map((e) => `S${e.seasonNumber}E${e.episodeNumber}`)
        .sort();
    };
    expect(
      await episodesOf(
        "How I Met Your Mother",
        "How I Met Your Mother (2005)/Season 01/How.I.Met.Your.Mother.S01E01E02.720p.HDTV.x264-GRP.mkv",
      ),
    ).toEqual(["S1E1", "S1E2"]);
    expect(
      await episodesOf(
        "How I Met Your Mother",
        "How I Met Your Mother (2005)/Season 01/How I Met Your Mother - S01E03-E04-E05.mkv",
      ),
    ).toEqual(["S1E3", "S1E4", "S1E5"]);
    expect(
      await episodesOf(
        "How I Met Your Mother",
        "How I Met Your Mother (2005)/Specials/How I Met Your Mother - S00E02.mkv",
      ),
    ).toEqual(["S0E2"]);
    // Season 1 starts on 2015-01-31, one episode a day: 2015-02-02 is the third.
    expect(
      await episodesOf(
        "The Daily Show",
        "The Daily Show (2015)/Season 1/The.Daily.Show.2015.02.02.Guest.Name.720p.WEB.h264-GRP.mkv",
      ),
    ).toEqual(["S1E3"]);
    // Absolute 14 after a 12-episode first season.
    expect(
      await episodesOf(
        "Naruto Shippuden",
        "Naruto Shippuden (2007)/[SubsPlease] Naruto Shippuden - 14 (1080p) [ABCD1234].mkv",
      ),
    ).toEqual(["S2E2"]);
  });

  it("an interrupted import resumes where it stopped: stored files are not matched again, no title is looked up twice", async () => {
    const root = path.join(base, "More Movies");
    const folders = [
      "Forrest Gump (1994)",
      "Back to the Future (1985)",
      "Blade Runner (1982)",
      "2001 A Space Odyssey (1968)",
    ];
    writeFiles(
      root,
      folders.map((f) => `${f}/${f}.mkv`),
    );
    const more = await library.createLibrary(admin, { name: "More Movies", kind: "movie", path: root });
    const stop = new AbortController();
    let listed = 0;
    const before = tmdb.requests();
    await expect(
      library.scanLibrary(more.id, {
        signal: stop.signal,
        batchSize: 1,
        afterList: () => {
          if (++listed === 3) stop.abort();
        },
      }),
    ).rejects.toThrow();
    const firstRun = tmdb.requests() - before;
    const added = (await catalog.listMovies(reader, { pageSize: 100 })).items.filter((m) =>
      folders.some((f) => f.startsWith(m.title)),
    );
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThan(folders.length);
    const counts = new Map(tmdb.counts);
    const result = await library.scanLibrary(more.id);
    expect(result).toMatchObject({ matched: folders.length, unmatched: 0 });
    expect(result.unchanged).toBe(added.length);
    // Each title not reached before is searched and added once; the ones already added cost nothing.
    const searchedAgain = (tmdb.counts.get("search/movie") ?? 0) - (counts.get("search/movie") ?? 0);
    expect(searchedAgain).toBe(folders.length - added.length);
    expect(firstRun).toBeGreaterThan(0);
    const titlesNow = (await catalog.listMovies(reader, { pageSize: 100 })).items.map((m) => m.title);
    expect(new Set(titlesNow).size).toBe(titlesNow.length);
  });
});
