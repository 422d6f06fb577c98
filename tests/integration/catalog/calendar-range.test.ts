import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { reader } from "./helpers";

/**
 * The calendar reads only what it shows, on both dialects: the page gets the first few entries of
 * each day in its range with each day's total ("+N more"), a day is paged, and the API and the iCal
 * feed list their window only. A busy day (30 episodes and 6 movie releases) must not be loaded in
 * full by the month view.
 */
const BUSY = "2026-03-10";
let busySeriesId = "";
let quietSeriesId = "";

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
  const series = (title: string, tmdbId: number, monitored: boolean) =>
    db()
      .insert(t.series)
      .values({
        tmdbId,
        title,
        sortTitle: title.toLowerCase(),
        year: 2020,
        status: "continuing",
        seriesType: "standard",
        genres: [],
        monitored,
        monitor: "all",
        monitorNewSeasons: true,
        libraryId: library.id,
        qualityProfileId: "default",
        addedAt: at,
        updatedAt: at,
      })
      .returning()
      .then((rows) => rows[0].id);
  busySeriesId = await series("Busy Show", 7001, true);
  quietSeriesId = await series("Quiet Show", 7002, false);
  // 30 episodes of Busy Show on the busy day (each an hour apart), one the day before, one the
  // day after the range; one of Quiet Show (unmonitored) on the busy day.
  const episodes = [
    ...Array.from({ length: 30 }, (_, i) => ({
      seriesId: busySeriesId,
      episodeNumber: i + 1,
      airDateUtc: new Date(Date.parse(`${BUSY}T00:00:00Z`) + i * 40 * 60_000),
    })),
    { seriesId: busySeriesId, episodeNumber: 31, airDateUtc: new Date("2026-03-09T20:00:00Z") },
    { seriesId: busySeriesId, episodeNumber: 32, airDateUtc: new Date("2026-04-20T20:00:00Z") },
    { seriesId: quietSeriesId, episodeNumber: 1, airDateUtc: new Date(`${BUSY}T23:00:00Z`) },
  ];
  await db()
    .insert(t.episodes)
    .values(
      episodes.map((e) => ({
        ...e,
        seasonNumber: 1,
        title: `Episode ${e.episodeNumber}`,
        airDate: e.airDateUtc.toISOString().slice(0, 10),
        monitored: true,
        addedAt: at,
        updatedAt: at,
      })),
    );
  // Six movies out in cinemas on the busy day (two unmonitored), one of them digital the day after.
  await db()
    .insert(t.movies)
    .values(
      Array.from({ length: 6 }, (_, i) => ({
        tmdbId: 8000 + i,
        title: `Busy Movie ${i}`,
        sortTitle: `busy movie ${i}`,
        year: 2026,
        status: "inCinemas" as const,
        genres: [],
        monitored: i < 4,
        minimumAvailability: "released" as const,
        libraryId: "movies",
        qualityProfileId: "default",
        inCinemasAt: new Date(`${BUSY}T00:00:00Z`),
        digitalReleaseAt: i === 0 ? new Date("2026-03-11T00:00:00Z") : null,
        addedAt: at,
        updatedAt: at,
      })),
    );
});

describe("calendar range", () => {
  it("loads the first entries of each day of the range, with each day's total", async () => {
    const { calendarDays } = await import("@/lib/catalog");
    const result = await calendarDays(reader, { start: "2026-03-02", end: "2026-04-05", perDay: 4 });
    expect(result.dayTotals).toEqual({ "2026-03-09": 1, [BUSY]: 37, "2026-03-11": 1 });
    const busy = result.entries.filter((e) => e.at.startsWith(BUSY));
    expect(busy).toHaveLength(4);
    // The day's order: time, then title (movies at midnight sort before the 00:00 episode by title).
    expect(busy.map((e) => (e.kind === "movie" ? e.title : `${e.seriesTitle} ${e.episodeNumber}`))).toEqual([
      "Busy Movie 0",
      "Busy Movie 1",
      "Busy Movie 2",
      "Busy Movie 3",
    ]);
    expect(result.entries).toHaveLength(6);
    expect(result.entries.some((e) => e.at.startsWith("2026-04-20"))).toBe(false);
  });

  it("filters monitored titles in the database, before counting", async () => {
    const { calendarDays } = await import("@/lib/catalog");
    const result = await calendarDays(reader, {
      start: "2026-03-02",
      end: "2026-04-05",
      monitoredOnly: true,
      perDay: 100,
    });
    // 30 monitored episodes and 4 monitored movies on the busy day; Quiet Show and 2 movies are not monitored.
    expect(result.dayTotals[BUSY]).toBe(34);
    expect(result.entries.filter((e) => e.at.startsWith(BUSY))).toHaveLength(34);
    expect(result.entries.every((e) => e.monitored)).toBe(true);
  });

  it("pages one day, without gaps or repeats", async () => {
    const { calendarDay } = await import("@/lib/catalog");
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => calendarDay(reader, { date: BUSY, page, pageSize: 10 })),
    );
    expect(pages.map((p) => p.total)).toEqual([37, 37, 37, 37]);
    expect(pages.map((p) => p.entries.length)).toEqual([10, 10, 10, 7]);
    const keys = pages.flatMap((p) => p.entries.map((e) => `${e.kind}-${e.id}`));
    expect(new Set(keys).size).toBe(37);
    const ats = pages.flatMap((p) => p.entries.map((e) => e.at));
    expect(ats).toEqual([...ats].sort());
    expect(pages[3].entries.at(-1)).toMatchObject({ kind: "episode", seriesTitle: "Quiet Show" });
  });

  it("lists only the window in the API and the feed", async () => {
    const { calendar, calendarBetween } = await import("@/lib/catalog");
    const week = await calendar(reader, { start: "2026-03-11", end: "2026-03-17" });
    expect(week).toEqual([expect.objectContaining({ kind: "movie", title: "Busy Movie 0", release: "digital" })]);
    const feed = await calendarBetween(new Date("2026-03-09T00:00:00Z"), new Date("2026-03-11T00:00:00Z"), true);
    expect(feed).toHaveLength(35); // the day before (1) and the busy day's monitored entries (34)
    expect(feed.every((e) => e.at >= "2026-03-09" && e.at < "2026-03-11")).toBe(true);
  });
});
