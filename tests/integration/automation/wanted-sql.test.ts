import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, reader } from "../library/helpers";

/**
 * Wanted → Missing and → Cutoff unmet as SQL: paging across movies and episodes, the order, the
 * filters, and the cutoff judged from the quality and custom formats each file stored (never
 * re-read from its name on a view), on SQLite and PostgreSQL.
 */
describe("wanted lists in SQL", () => {
  let db: typeof import("@/lib/db");
  let automation: typeof import("@/lib/automation");
  let quality: typeof import("@/lib/quality");
  let library: typeof import("@/lib/library");
  const now = Date.parse("2026-06-01T00:00:00Z");
  const day = 86_400_000;
  const ids: Record<string, string> = {};
  let n = 0;

  async function movie(title: string, extra: Record<string, unknown> = {}) {
    const id = randomUUID();
    ids[title] = id;
    await db
      .db()
      .insert(db.tables.movies)
      .values({
        id,
        tmdbId: 500_000 + n++,
        title,
        sortTitle: title.toLowerCase(),
        year: 2000,
        status: "released",
        monitored: true,
        minimumAvailability: "released",
        libraryId: "lib-movies",
        qualityProfileId: "hd-1080p",
        genres: [],
        addedAt: new Date(now),
        updatedAt: new Date(now),
        ...extra,
      });
    return id;
  }

  async function file(
    owner: { movieId: string } | { seriesId: string; episodeIds: string[] },
    name: string,
    stored: { qualityId: number | null; customFormatIds?: string | null; quality?: string | null },
    extra: Record<string, unknown> = {},
  ) {
    const id = randomUUID();
    await db
      .db()
      .insert(db.tables.mediaFiles)
      .values({
        id,
        libraryId: "movieId" in owner ? "lib-movies" : "lib-tv",
        relativePath: `${"movieId" in owner ? owner.movieId : owner.seriesId}/${name}`,
        role: "video",
        size: 1_000_000,
        mtimeMs: now,
        status: "matched",
        movieId: "movieId" in owner ? owner.movieId : null,
        seriesId: "movieId" in owner ? null : owner.seriesId,
        quality: stored.quality ?? null,
        qualityId: stored.qualityId,
        customFormatIds: stored.customFormatIds === undefined ? "" : stored.customFormatIds,
        addedAt: new Date(now),
        updatedAt: new Date(now),
        ...extra,
      });
    if ("episodeIds" in owner)
      await db
        .db()
        .insert(db.tables.mediaFileEpisodes)
        .values(owner.episodeIds.map((episodeId) => ({ mediaFileId: id, episodeId })));
    return id;
  }

  beforeAll(async () => {
    db = await import("@/lib/db");
    automation = await import("@/lib/automation");
    quality = await import("@/lib/quality");
    library = await import("@/lib/library");
    await quality.ensureQualitySeeded();
    const naming = (await import("@/lib/db/types")).namingSettingsSchema.parse({});
    const stamp = { naming, createdAt: new Date(now), updatedAt: new Date(now) };
    await db
      .db()
      .insert(db.tables.libraries)
      .values([
        { id: "lib-movies", name: "Movies", kind: "movie", path: "/wanted-sql/movies", ...stamp },
        { id: "lib-tv", name: "TV", kind: "tv", path: "/wanted-sql/tv", ...stamp },
      ]);
    // Missing: Alpha, Bravo, Charlie and Echo (its file is gone from disk); Delta has a file; the
    // rest are not monitored or not available yet.
    await movie("Charlie");
    await movie("Alpha");
    await movie("Bravo");
    await file({ movieId: await movie("Delta") }, "Delta.2000.1080p.BluRay.x264-GRP.mkv", { qualityId: 7 });
    await file(
      { movieId: await movie("Echo") },
      "Echo.2000.1080p.BluRay.x264-GRP.mkv",
      { qualityId: 7 },
      {
        missingAt: new Date(now),
      },
    );
    await movie("Foxtrot", { monitored: false });
    await movie("Golf", { status: "announced" });
    const seriesId = randomUUID();
    ids.series = seriesId;
    await db
      .db()
      .insert(db.tables.series)
      .values({
        id: seriesId,
        tmdbId: 900_001,
        title: "Show",
        sortTitle: "show",
        status: "continuing",
        seriesType: "standard",
        monitored: true,
        monitor: "all",
        monitorNewSeasons: true,
        libraryId: "lib-tv",
        qualityProfileId: "hd-1080p",
        genres: [],
        addedAt: new Date(now),
        updatedAt: new Date(now),
      });
    for (const [episode, airedDaysAgo, monitored] of [
      [1, 40, true],
      [2, 30, true],
      [3, 20, true],
      [4, 10, true],
      [5, -5, true],
      [6, 5, false],
    ] as const) {
      const id = randomUUID();
      ids[`e${episode}`] = id;
      const air = new Date(now - airedDaysAgo * day);
      await db
        .db()
        .insert(db.tables.episodes)
        .values({
          id,
          seriesId,
          seasonNumber: 1,
          episodeNumber: episode,
          title: `Episode ${episode}`,
          airDate: air.toISOString().slice(0, 10),
          airDateUtc: air,
          monitored,
          addedAt: new Date(now),
          updatedAt: new Date(now),
        });
    }
    await file({ seriesId, episodeIds: [ids.e2] }, "Show.S01E02.720p.HDTV.x264-GRP.mkv", { qualityId: 4 });
  });

  it("Missing: movies by title, then aired episodes newest first, paged across the two in SQL, by kind", async () => {
    const all = await automation.wantedMissing(reader, {}, now);
    expect(all.total).toBe(7);
    expect(all.items.map((i) => i.title)).toEqual([
      "Alpha",
      "Bravo",
      "Charlie",
      "Echo",
      "Episode 4",
      "Episode 3",
      "Episode 1",
    ]);
    const page2 = await automation.wantedMissing(reader, { page: 2, pageSize: 3 }, now);
    expect(page2).toMatchObject({ page: 2, pageSize: 3, total: 7 });
    expect(page2.items.map((i) => [i.kind, i.title])).toEqual([
      ["movie", "Echo"],
      ["episode", "Episode 4"],
      ["episode", "Episode 3"],
    ]);
    expect((await automation.wantedMissing(reader, { page: 3, pageSize: 3 }, now)).items.map((i) => i.id)).toEqual([
      ids.e1,
    ]);
    expect((await automation.wantedMissing(reader, { page: 9, pageSize: 3 }, now)).items).toEqual([]);
    const episodes = await automation.wantedMissing(reader, { kind: "episode", pageSize: 2, page: 2 }, now);
    expect(episodes).toMatchObject({ total: 3 });
    expect(episodes.items.map((i) => i.id)).toEqual([ids.e1]);
    const movies = await automation.wantedMissing(reader, { kind: "movie", pageSize: 2, page: 2 }, now);
    expect(movies).toMatchObject({ total: 4 });
    expect(movies.items.map((i) => i.title)).toEqual(["Charlie", "Echo"]);
  });

  it("Cutoff unmet: the stored quality under each item's profile, the best file, custom-format scores, profile edits at once", async () => {
    // Below the HD-1080p cutoff (Bluray-1080p): an HDTV-720p file.
    await file({ movieId: ids.Alpha }, "Alpha.2000.720p.HDTV.x264-GRP.mkv", { qualityId: 4 });
    // Two files: the Bluray-1080p one is the best, so Bravo meets the cutoff.
    await file({ movieId: ids.Bravo }, "Bravo.2000.720p.HDTV.x264-GRP.mkv", { qualityId: 4 });
    await file({ movieId: ids.Bravo }, "Bravo.2000.1080p.BluRay.x264-GRP.mkv", { qualityId: 7 });
    // The stored quality counts, not the name: the library recorded Bluray-1080p for this file.
    await file({ movieId: ids.Charlie }, "Charlie.2000.720p.HDTV.x264-GRP.mkv", { qualityId: 7 });
    const first = await automation.wantedCutoffUnmet(reader, {});
    expect(first.items.map((i) => [i.kind, i.title, i.quality, i.cutoff, i.formatScore, i.cutoffFormatScore])).toEqual([
      ["movie", "Alpha", "HDTV-720p", "Bluray-1080p", 0, 0],
      ["episode", "Episode 2", "HDTV-720p", "Bluray-1080p", 0, 0],
    ]);
    expect((await automation.wantedCutoffUnmet(reader, { kind: "episode" })).total).toBe(1);
    expect((await automation.wantedCutoffUnmet(reader, { page: 2, pageSize: 1 })).items.map((i) => i.id)).toEqual([
      ids.e2,
    ]);

    // A custom-format cutoff score: Charlie and Delta (Bluray-1080p, no format) are now below it;
    // Bravo's best file matched the format when it was stored, so it scores 20 and stays off.
    const format = await quality.createCustomFormat(admin, {
      name: "Wanted SQL group",
      conditions: [{ type: "releaseGroup", pattern: "^NONE$" }],
    });
    await db
      .db()
      .update(db.tables.mediaFiles)
      .set({ customFormatIds: `,${format.id},` })
      .where(eq(db.tables.mediaFiles.relativePath, `${ids.Bravo}/Bravo.2000.1080p.BluRay.x264-GRP.mkv`));
    const { id: _id, ...shipped } = await quality.getQualityProfile(reader, "hd-1080p");
    await quality.updateQualityProfile(admin, "hd-1080p", {
      ...shipped,
      cutoffFormatScore: 10,
      formatScores: { [format.id]: 20 },
    });
    const scored = await automation.wantedCutoffUnmet(reader, { kind: "movie" });
    expect(scored.items.map((i) => [i.title, i.quality, i.formatScore, i.cutoffFormatScore])).toEqual([
      ["Alpha", "HDTV-720p", 0, 10],
      ["Charlie", "Bluray-1080p", 0, 10],
      ["Delta", "Bluray-1080p", 0, 10],
    ]);

    // The cutoff moved down to HDTV-720p and the score back to 0: everything meets it, at once.
    const hdtv = shipped.items.find((i) => i.qualities.includes(4))!;
    await quality.updateQualityProfile(admin, "hd-1080p", {
      ...shipped,
      items: shipped.items.map((i) => (i.id === hdtv.id ? { ...i, allowed: true } : i)),
      cutoff: hdtv.id,
    });
    expect(await automation.wantedCutoffUnmet(reader, {})).toMatchObject({ items: [], total: 0 });
    await quality.updateQualityProfile(admin, "hd-1080p", { ...shipped, upgradeAllowed: false });
    expect((await automation.wantedCutoffUnmet(reader, {})).total).toBe(0);
    await quality.updateQualityProfile(admin, "hd-1080p", shipped);
    expect((await automation.wantedCutoffUnmet(reader, {})).total).toBe(2);
  });

  it("the library.quality job stores the quality and custom formats of files not read yet, from their names", async () => {
    const fileId = await file({ movieId: await movie("Hotel") }, "Hotel.2000.1080p.BluRay.x264-NONE.mkv", {
      qualityId: null,
      customFormatIds: null,
    });
    // Not read yet: it counts as Unknown, below the cutoff.
    expect((await automation.wantedCutoffUnmet(reader, { kind: "movie" })).items.map((i) => i.title)).toContain(
      "Hotel",
    );
    const summary = await library.refreshFileQualities();
    expect(summary.changed).toBeGreaterThanOrEqual(1);
    const [row] = await db.db().select().from(db.tables.mediaFiles).where(eq(db.tables.mediaFiles.id, fileId));
    const formats = await quality.listCustomFormats(reader);
    const none = formats.find((f) => f.name === "Wanted SQL group")!;
    expect(row).toMatchObject({ qualityId: 7, customFormatIds: `,${none.id},` });
    expect((await automation.wantedCutoffUnmet(reader, { kind: "movie" })).items.map((i) => i.title)).not.toContain(
      "Hotel",
    );
  });

  it("the scheduled searches read nothing without an indexer that searches automatically", async () => {
    const job = { id: "job", data: {}, signal: new AbortController().signal };
    for (const handler of [automation.automationMissingHandler, automation.automationCutoffHandler])
      expect(await handler(job)).toEqual({
        wanted: 0,
        due: 0,
        searched: 0,
        grabbed: [],
        leftForLater: 0,
        skipped: "no enabled indexer with automatic search",
      });
  });
});
