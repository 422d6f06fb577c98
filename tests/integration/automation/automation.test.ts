import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndexerRelease } from "@/lib/indexers";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb, user, writeFiles } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

const GB = 1024 ** 3;

function release(title: string, extra: Partial<IndexerRelease> = {}): IndexerRelease {
  return {
    guid: `guid-${title}`,
    title,
    indexerId: "ix1",
    indexerName: "Fake",
    protocol: "torrent",
    downloadUrl: "http://127.0.0.1/x.torrent",
    magnetUrl: null,
    infoHash: null,
    infoUrl: null,
    size: 8 * GB,
    publishedAt: new Date(Date.now() - 86_400_000).toISOString(),
    categories: [2040],
    seeders: 50,
    peers: 60,
    grabs: null,
    downloadVolumeFactor: null,
    uploadVolumeFactor: null,
    minimumRatio: null,
    minimumSeedTime: null,
    imdbId: null,
    tvdbId: null,
    tmdbId: null,
    flags: [],
    ...extra,
  };
}

describe("automation: wanted (missing, cutoff unmet) and release decisions for an item", () => {
  let fake: FakeTmdb;
  let library: typeof import("@/lib/library");
  let catalog: typeof import("@/lib/catalog");
  let quality: typeof import("@/lib/quality");
  let automation: typeof import("@/lib/automation");
  let base = "";
  let downloads = "";
  let moviesId = "";
  let tvId = "";
  let movieId = "";
  let seriesId = "";
  let episodeIds: Record<number, string> = {};

  beforeAll(async () => {
    fake = await useFakeTmdb();
    base = await useAllowedRoot("automation");
    library = await import("@/lib/library");
    catalog = await import("@/lib/catalog");
    quality = await import("@/lib/quality");
    automation = await import("@/lib/automation");
    for (const dir of ["movies", "tv", "downloads"]) mkdirSync(path.join(base, dir));
    downloads = path.join(base, "downloads");
    moviesId = (
      await library.createLibrary(admin, {
        name: "Movies",
        kind: "movie",
        path: path.join(base, "movies"),
        monitorNew: false,
      })
    ).id;
    tvId = (
      await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "tv"), monitorNew: false })
    ).id;
    movieId = (
      await catalog.addMovie(
        admin,
        {
          tmdbId: 550,
          libraryId: moviesId,
          qualityProfileId: "hd-1080p",
          monitored: true,
          minimumAvailability: "released",
        },
        resolveLibrary,
      )
    ).id;
    seriesId = (
      await catalog.addSeries(
        admin,
        { tmdbId: 1399, libraryId: tvId, qualityProfileId: "hd-1080p", monitor: "all" },
        resolveLibrary,
      )
    ).id;
    const detail = await catalog.getSeriesDetail(reader, seriesId);
    episodeIds = Object.fromEntries(
      detail.seasons.find((s) => s.seasonNumber === 1)!.episodes.map((e) => [e.episodeNumber, e.id]),
    );
  });
  afterAll(async () => {
    await fake?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  async function importTo(name: string, target: { movieId: string } | { seriesId: string; episodeIds: string[] }) {
    writeFiles(downloads, { [name]: `bytes of ${name}` });
    await library.importFile({
      libraryId: "movieId" in target ? moviesId : tvId,
      source: path.join(downloads, name),
      target,
      sourceRoots: [downloads],
      mode: "copy",
    });
  }

  it("lists what is missing: the released movie, then aired monitored episodes newest first, paged", async () => {
    const all = await automation.wantedMissing(reader, {});
    expect(all.total).toBe(11);
    expect(all.items[0]).toMatchObject({
      kind: "movie",
      id: movieId,
      title: "Fight Club",
      year: 1999,
      href: `/movies/${movieId}`,
    });
    expect(all.items.slice(1).map((i) => i.episodeNumber)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(all.items[1]).toMatchObject({
      kind: "episode",
      seriesId,
      seriesTitle: "Game of Thrones",
      seasonNumber: 1,
      airDate: expect.any(String),
      href: `/tv/${seriesId}`,
    });

    const page = await automation.wantedMissing(reader, { page: "3", pageSize: "4" });
    expect(page).toMatchObject({ page: 3, pageSize: 4, total: 11 });
    expect(page.items.map((i) => i.episodeNumber)).toEqual([3, 2, 1]);
    expect((await automation.wantedMissing(reader, { kind: "movie" })).items.map((i) => i.id)).toEqual([movieId]);
    expect((await automation.wantedMissing(reader, { kind: "episode" })).total).toBe(10);
    await expect(automation.wantedMissing(reader, { pageSize: 1000 })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("leaves out what is not monitored, not available yet or not aired", async () => {
    await catalog.updateEpisode(admin, episodeIds[10], { monitored: false });
    await catalog.updateMovie(admin, movieId, { monitored: false }, resolveLibrary);
    let missing = await automation.wantedMissing(reader, {});
    expect(missing.total).toBe(9);
    expect(missing.items.some((i) => i.id === movieId || i.id === episodeIds[10])).toBe(false);
    await catalog.updateMovie(admin, movieId, { monitored: true }, resolveLibrary);
    await catalog.updateEpisode(admin, episodeIds[10], { monitored: true });
    // Seen from before the air dates: no episode had aired (the movie's status says released).
    missing = await automation.wantedMissing(reader, {}, Date.parse("1990-01-01"));
    expect(missing.items.map((i) => i.id)).toEqual([movieId]);
    const day = 86_400_000;
    const now = Date.parse("2026-11-01");
    const announced = {
      status: "announced" as const,
      inCinemasAt: new Date(now + 30 * day),
      digitalReleaseAt: new Date(now + 90 * day),
      physicalReleaseAt: null,
    };
    expect(automation.movieAvailable({ ...announced, minimumAvailability: "announced" }, now)).toBe(true);
    expect(automation.movieAvailable({ ...announced, minimumAvailability: "inCinemas" }, now)).toBe(false);
    expect(automation.movieAvailable({ ...announced, minimumAvailability: "inCinemas" }, now + 31 * day)).toBe(true);
    expect(automation.movieAvailable({ ...announced, minimumAvailability: "released" }, now + 31 * day)).toBe(false);
    expect(automation.movieAvailable({ ...announced, minimumAvailability: "released" }, now + 91 * day)).toBe(true);
    await catalog.updateSeries(admin, seriesId, { monitored: false }, resolveLibrary);
    expect((await automation.wantedMissing(reader, {})).total).toBe(1);
    await catalog.updateSeries(admin, seriesId, { monitored: true }, resolveLibrary);
  });

  it("moves items with files from missing to cutoff unmet when their quality is below the cutoff", async () => {
    expect(await automation.wantedCutoffUnmet(reader, {})).toMatchObject({ items: [], total: 0 });
    await importTo("Fight.Club.1999.720p.WEB-DL.DD5.1.H.264-GRP.mkv", { movieId });
    await importTo("Game.of.Thrones.S01E01.1080p.WEB-DL.DD5.1.H.264-NTb.mkv", {
      seriesId,
      episodeIds: [episodeIds[1]],
    });
    await importTo("Game.of.Thrones.S01E02.720p.HDTV.x264-CTU.mkv", { seriesId, episodeIds: [episodeIds[2]] });

    const missing = await automation.wantedMissing(reader, {});
    expect(missing.total).toBe(8);
    expect(missing.items.map((i) => i.id)).not.toContain(movieId);
    expect(missing.items.map((i) => i.episodeNumber)).toEqual([10, 9, 8, 7, 6, 5, 4, 3]);

    // The shipped HD-1080p profile upgrades until Bluray-1080p: the WEB-DL 1080p file is below it too.
    const cutoff = await automation.wantedCutoffUnmet(reader, {});
    expect(cutoff.total).toBe(3);
    expect(cutoff.items[0]).toMatchObject({
      kind: "movie",
      id: movieId,
      quality: "WEBDL-720p",
      cutoff: "Bluray-1080p",
      formatScore: 0,
      cutoffFormatScore: 0,
    });
    expect(
      cutoff.items
        .slice(1)
        .map((i) => [i.kind, i.id, i.quality, i.cutoff])
        .sort(),
    ).toEqual(
      [
        ["episode", episodeIds[1], "WEBDL-1080p", "Bluray-1080p"],
        ["episode", episodeIds[2], "HDTV-720p", "Bluray-1080p"],
      ].sort(),
    );
    expect((await automation.wantedCutoffUnmet(reader, { kind: "episode" })).items.map((i) => i.id).sort()).toEqual(
      [episodeIds[1], episodeIds[2]].sort(),
    );
  });

  it("counts the custom-format cutoff score, and lists nothing for profiles that forbid upgrades", async () => {
    const group = await quality.createCustomFormat(admin, {
      name: "Preferred group",
      conditions: [{ type: "releaseGroup", pattern: "^FLUX$" }],
    });
    const { id: _id, ...shipped } = await quality.getQualityProfile(reader, "hd-1080p");
    // WEB 1080p as the quality cutoff, so that only the custom-format score keeps S01E01 wanted.
    const fields = { ...shipped, cutoff: shipped.items.find((i) => i.name === "WEB 1080p")!.id };
    await quality.updateQualityProfile(admin, "hd-1080p", {
      ...fields,
      cutoffFormatScore: 10,
      formatScores: { ...fields.formatScores, [group.id]: 20 },
    });
    const cutoff = await automation.wantedCutoffUnmet(reader, { kind: "episode" });
    // S01E01 is WEBDL-1080p (above the quality cutoff) but scores 0 of the 10 wanted.
    expect(cutoff.items.map((i) => [i.episodeNumber, i.quality, i.formatScore, i.cutoffFormatScore])).toEqual([
      [1, "WEBDL-1080p", 0, 10],
      [2, "HDTV-720p", 0, 10],
    ]);
    await quality.updateQualityProfile(admin, "hd-1080p", {
      ...fields,
      upgradeAllowed: false,
      cutoffFormatScore: 10,
      formatScores: { ...fields.formatScores, [group.id]: 20 },
    });
    expect((await automation.wantedCutoffUnmet(reader, {})).total).toBe(0);
    await quality.updateQualityProfile(admin, "hd-1080p", {
      ...fields,
      cutoffFormatScore: 10,
      formatScores: { ...fields.formatScores, [group.id]: 20 },
    });
  });

  it("judges releases for a movie against its profile and file: ranked accepted first, every reason, the score breakdown", async () => {
    const releases = [
      release("Fight.Club.1999.720p.WEB-DL.DD5.1.H.264-OTHER"),
      release("Fight.Club.1999.1080p.BluRay.x264-FLUX"),
      release("Fight.Club.1999.1080p.WEB-DL.DD5.1.H.264-GRP"),
      release("Fight.Club.1999.HDCAM.x264-BAD"),
    ];
    const decisions = (await automation.releaseDecisions(user, { movieId }, releases))!;
    expect(decisions.map((d) => [d.title, d.accepted, d.rank])).toEqual([
      ["Fight.Club.1999.1080p.BluRay.x264-FLUX", true, 1],
      ["Fight.Club.1999.1080p.WEB-DL.DD5.1.H.264-GRP", true, 2],
      expect.arrayContaining([false, null]),
      expect.arrayContaining([false, null]),
    ]);
    expect(decisions[0].formats).toEqual([expect.objectContaining({ name: "Preferred group", score: 20 })]);
    expect(decisions[0].formatScore).toBe(20);
    const cam = decisions.find((d) => d.title.includes("HDCAM"))!;
    expect(cam.rejections.map((r) => r.spec)).toContain("quality-allowed");
    const same = decisions.find((d) => d.title.includes("720p"))!;
    // Not in the profile, and no better than the file on disk: both reasons are shown.
    expect(same.rejections.length).toBeGreaterThanOrEqual(2);
    expect(same.rejections.every((r) => r.reason.length > 0)).toBe(true);
  });

  it("judges releases for an episode against the file it has; free text has nothing to judge", async () => {
    const decisions = (await automation.releaseDecisions(user, { episodeId: episodeIds[1] }, [
      release("Game.of.Thrones.S01E01.1080p.WEB-DL.DD5.1.H.264-NTb"),
      release("Game.of.Thrones.S01E01.1080p.BluRay.x264-FLUX"),
      release("Game.of.Thrones.S01E03.1080p.BluRay.x264-FLUX"),
    ]))!;
    expect(decisions[0]).toMatchObject({
      title: "Game.of.Thrones.S01E01.1080p.BluRay.x264-FLUX",
      accepted: true,
      rank: 1,
    });
    const held = decisions.find((d) => d.title.endsWith("-NTb"))!;
    expect(held.accepted).toBe(false);
    expect(held.rejections.map((r) => r.spec)).toContain("upgrade");
    const other = decisions.find((d) => d.title.includes("S01E03"))!;
    expect(other.accepted).toBe(false);
    const season = (await automation.releaseDecisions(user, { seriesId, season: 1 }, [
      release("Game.of.Thrones.S01.1080p.BluRay.x264-FLUX", { size: 80 * GB }),
    ]))!;
    expect(season).toHaveLength(1);
    expect(
      await automation.releaseDecisions(user, { q: "anything" }, [release("Anything.2020.1080p.WEB-DL-X")]),
    ).toBeNull();
    await expect(automation.releaseDecisions(reader, { movieId }, [])).rejects.toMatchObject({ code: "forbidden" });
  });
});
