import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { admin, reader } from "./helpers";

/**
 * Status at a glance, on both dialects: each episode's state from its air date, monitoring, file and
 * download; season and series counts ("3/10") with Sonarr's bar colour; the calendar's file lookups;
 * and the download history of one title, naming its episodes, for the title pages, the queue and
 * Activity → History.
 */
const DAY = 86_400_000;
const now = new Date("2026-06-15T18:00:00Z");
let seriesId = "";
let otherSeriesId = "";
let movieId = "";
const ep: Record<string, string> = {};

beforeAll(async () => {
  const t = tables;
  const at = new Date();
  const [library] = await db()
    .insert(t.libraries)
    .values({
      name: "TV",
      kind: "tv",
      path: path.join(process.env.DATA_DIR!, "tv"),
      naming: (await import("@/lib/library")).defaultNaming(),
      updatedAt: at,
    })
    .returning();
  const series = (title: string, tmdbId: number, status: "continuing" | "ended") =>
    db()
      .insert(t.series)
      .values({
        tmdbId,
        title,
        sortTitle: title.toLowerCase(),
        year: 2020,
        status,
        seriesType: "standard",
        genres: [],
        monitored: true,
        monitor: "all",
        monitorNewSeasons: true,
        libraryId: library.id,
        qualityProfileId: "default",
        addedAt: at,
        updatedAt: at,
      })
      .returning()
      .then((rows) => rows[0].id);
  seriesId = await series("Status Show", 9001, "continuing");
  otherSeriesId = await series("Other Show", 9002, "ended");
  await db()
    .insert(t.seasons)
    .values([
      { seriesId, seasonNumber: 1, monitored: true },
      { seriesId, seasonNumber: 2, monitored: false },
      { seriesId: otherSeriesId, seasonNumber: 1, monitored: true },
    ]);
  // Season 1: e1 has a file, e2 is downloading, e3 missing, e4 unmonitored, e5 airs today
  // (later in the day), e6 next week; season 2 is unmonitored, one episode with a file.
  const episodes: [string, string, number, number, Date | null, boolean][] = [
    ["s1e1", seriesId, 1, 1, new Date(now.getTime() - 30 * DAY), true],
    ["s1e2", seriesId, 1, 2, new Date(now.getTime() - 23 * DAY), true],
    ["s1e3", seriesId, 1, 3, new Date(now.getTime() - 16 * DAY), true],
    ["s1e4", seriesId, 1, 4, new Date(now.getTime() - 9 * DAY), false],
    ["s1e5", seriesId, 1, 5, new Date("2026-06-15T21:00:00Z"), true],
    ["s1e6", seriesId, 1, 6, new Date(now.getTime() + 7 * DAY), true],
    ["s1e7", seriesId, 1, 7, null, true],
    ["s2e1", seriesId, 2, 1, new Date(now.getTime() - 400 * DAY), false],
    ["s2e2", seriesId, 2, 2, new Date(now.getTime() - 393 * DAY), false],
    ["o1", otherSeriesId, 1, 1, new Date(now.getTime() - 100 * DAY), true],
  ];
  for (const [key, sid, season, number, air, monitored] of episodes) {
    const [row] = await db()
      .insert(t.episodes)
      .values({
        seriesId: sid,
        seasonNumber: season,
        episodeNumber: number,
        title: `Episode ${key}`,
        airDate: air?.toISOString().slice(0, 10) ?? null,
        airDateUtc: air,
        runtime: 45,
        monitored,
        addedAt: at,
        updatedAt: at,
      })
      .returning();
    ep[key] = row.id;
  }
  const file = async (episodeKey: string, sid: string, missing = false) => {
    const [row] = await db()
      .insert(t.mediaFiles)
      .values({
        libraryId: library.id,
        relativePath: `${episodeKey}.mkv`,
        role: "video",
        size: 1000,
        mtimeMs: 1,
        status: "matched",
        seriesId: sid,
        quality: "WEBDL-1080p",
        missingAt: missing ? at : null,
        addedAt: at,
        updatedAt: at,
      })
      .returning();
    await db().insert(t.mediaFileEpisodes).values({ mediaFileId: row.id, episodeId: ep[episodeKey] });
  };
  await file("s1e1", seriesId);
  await file("s1e3", seriesId, true); // its file went missing from disk: the episode is missing again
  await file("s2e1", seriesId);
  await file("o1", otherSeriesId);
  const [movie] = await db()
    .insert(t.movies)
    .values({
      tmdbId: 603,
      title: "The Matrix",
      sortTitle: "matrix",
      year: 1999,
      status: "released",
      genres: [],
      monitored: true,
      minimumAvailability: "released",
      libraryId: library.id,
      qualityProfileId: "default",
      addedAt: at,
      updatedAt: at,
    })
    .returning();
  movieId = movie.id;
  const download = async (title: string, values: { movieId?: string; seriesId?: string; episodeIds: string[] }) => {
    const [row] = await db()
      .insert(t.downloads)
      .values({
        clientName: "Transmission",
        clientItemId: title,
        protocol: "torrent",
        title,
        status: "downloading",
        importedFiles: [],
        updatedAt: at,
        ...values,
      })
      .returning();
    return row.id;
  };
  const pack = await download("Status.Show.S01E01-E02.1080p.WEB-DL", { seriesId, episodeIds: [ep.s1e2, ep.s1e1] });
  const other = await download("Other.Show.S01E01.720p.HDTV", { seriesId: otherSeriesId, episodeIds: [ep.o1] });
  const matrix = await download("The.Matrix.1999.1080p.BluRay", { movieId, episodeIds: [] });
  const history = (
    downloadId: string,
    event: "grabbed" | "imported" | "failed" | "upgraded",
    title: string,
    owner: { movieId: string } | { seriesId: string },
    minutes: number,
  ) => ({ downloadId, event, title, ...owner, data: {}, createdAt: new Date(at.getTime() + minutes * 60_000) });
  await db()
    .insert(t.downloadHistory)
    .values([
      history(pack, "grabbed", "Status.Show.S01E01-E02.1080p.WEB-DL", { seriesId }, 1),
      history(other, "grabbed", "Other.Show.S01E01.720p.HDTV", { seriesId: otherSeriesId }, 2),
      history(pack, "imported", "Status.Show.S01E01-E02.1080p.WEB-DL", { seriesId }, 3),
      history(matrix, "grabbed", "The.Matrix.1999.1080p.BluRay", { movieId }, 4),
      history(pack, "upgraded", "Status.Show.S01E01-E02.1080p.WEB-DL", { seriesId }, 5),
      history(matrix, "failed", "The.Matrix.1999.1080p.BluRay", { movieId }, 6),
    ]);
  // The movie's download failed: it is no longer on its way.
  await db()
    .update(t.downloads)
    .set({ status: "failed" })
    .where((await import("drizzle-orm")).eq(t.downloads.id, matrix));
});

describe("episode states and progress", () => {
  it("derives each episode's state from its file, download, monitoring and air date", async () => {
    const { episodeStatusRows, episodeState } = await import("@/lib/catalog");
    const { episodesWithFiles } = await import("@/lib/library");
    const { itemsWithActiveDownloads } = await import("@/lib/downloads");
    const rows = await episodeStatusRows([seriesId]);
    const [files, active] = await Promise.all([
      episodesWithFiles(
        reader,
        rows.map((r) => r.id),
      ),
      itemsWithActiveDownloads(),
    ]);
    const states = Object.fromEntries(
      Object.entries(ep)
        .filter(([key]) => key !== "o1")
        .map(([key, id]) => {
          const row = rows.find((r) => r.id === id)!;
          return [key, episodeState({ ...row, hasFile: files.has(id), downloading: active.episodeIds.has(id) }, now)];
        }),
    );
    expect(states).toEqual({
      s1e1: "downloaded",
      s1e2: "downloading",
      s1e3: "missing",
      s1e4: "unmonitored",
      s1e5: "airing",
      s1e6: "unaired",
      s1e7: "unaired",
      s2e1: "downloaded",
      s2e2: "unmonitored",
    });
  });

  it("counts a series' episodes as Sonarr does and picks the bar colour", async () => {
    const { seriesProgress } = await import("@/lib/library");
    const { itemsWithActiveDownloads } = await import("@/lib/downloads");
    const active = await itemsWithActiveDownloads();
    const progress = await seriesProgress(
      reader,
      [
        { id: seriesId, monitored: true, status: "continuing" },
        { id: otherSeriesId, monitored: true, status: "ended" },
      ],
      active.episodeIds,
      now,
    );
    // Files: s1e1, s2e1; on their way: s1e1 (has a file already) and s1e2; missing: s1e3.
    expect(progress.get(seriesId)).toEqual({
      progress: { files: 2, wanted: 4, missing: 1, downloading: 1, total: 9 },
      kind: "downloading",
    });
    const idle = await seriesProgress(
      reader,
      [{ id: seriesId, monitored: true, status: "continuing" }],
      new Set(),
      now,
    );
    expect(idle.get(seriesId)!.kind).toBe("missing");
    expect(progress.get(otherSeriesId)).toEqual({
      progress: { files: 1, wanted: 1, missing: 0, downloading: 0, total: 1 },
      kind: "complete",
    });
  });

  it("knows which movies have a file", async () => {
    const { moviesWithFiles } = await import("@/lib/library");
    expect([...(await moviesWithFiles(reader, [movieId]))]).toEqual([]);
  });
});

describe("history by title", () => {
  it("lists one series' entries only, newest first, naming the episodes of each download", async () => {
    const { listHistory } = await import("@/lib/downloads");
    const page = await listHistory(reader, { seriesId });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.event)).toEqual(["upgraded", "imported", "grabbed"]);
    expect(page.items[0].subject).toEqual({
      kind: "series",
      id: seriesId,
      title: "Status Show",
      year: 2020,
      posterPath: null,
      episodes: [
        { id: ep.s1e1, seasonNumber: 1, episodeNumber: 1, title: "Episode s1e1" },
        { id: ep.s1e2, seasonNumber: 1, episodeNumber: 2, title: "Episode s1e2" },
      ],
    });
  });

  it("lists one movie's entries, named with its year", async () => {
    const { listHistory } = await import("@/lib/downloads");
    const page = await listHistory(admin, { movieId });
    expect(page.items.map((i) => [i.event, i.title])).toEqual([
      ["failed", "The.Matrix.1999.1080p.BluRay"],
      ["grabbed", "The.Matrix.1999.1080p.BluRay"],
    ]);
    expect(page.items[0].subject).toMatchObject({ kind: "movie", title: "The Matrix", year: 1999 });
  });

  it("names the title of every queue row", async () => {
    const { listQueue } = await import("@/lib/downloads");
    const queue = await listQueue(reader);
    const byTitle = Object.fromEntries(queue.map((q) => [q.title, q.subject]));
    expect(byTitle["Other.Show.S01E01.720p.HDTV"]).toMatchObject({
      kind: "series",
      title: "Other Show",
      episodes: [{ seasonNumber: 1, episodeNumber: 1, title: "Episode o1" }],
    });
    expect(byTitle["The.Matrix.1999.1080p.BluRay"]).toMatchObject({ kind: "movie", title: "The Matrix", year: 1999 });
  });
});
