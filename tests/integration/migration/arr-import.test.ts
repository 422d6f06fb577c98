import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/accounts";
import { allMovies, allSeries, seasonsAndEpisodesOf } from "@/lib/catalog";
import { db, tables } from "@/lib/db";
import { listBlocklist, listDownloadClients } from "@/lib/downloads";
import { listIndexers } from "@/lib/indexers";
import { listLibraries, listTitleVideoFiles } from "@/lib/library";
import { arrImportHandler, dryRunArrImport, listArrImports, startArrImport, type ArrDryRun } from "@/lib/migration";
import { listCustomFormats, listQualityProfiles } from "@/lib/quality";
import { arrReferenceDir, arrResponseErrors } from "../../helpers/arr-reference";
import { startFakeArr, type FakeArr } from "../../helpers/fake-arr";
import { useAllowedRoot } from "../library/helpers";

const admin = systemActor;
const counts = (run: ArrDryRun, section: keyof ArrDryRun["summary"]) => run.summary[section];
const runImport = async (input: Record<string, unknown>) => {
  const { importId } = await startArrImport(admin, input);
  await arrImportHandler({ data: { importId }, signal: new AbortController().signal });
  return importId;
};

describe("import from Radarr", () => {
  let radarr: FakeArr;
  let input: { app: "radarr"; url: string; apiKey: string; includeBlocklist: boolean };

  beforeAll(async () => {
    const media = await useAllowedRoot("arr-import");
    radarr = await startFakeArr({ app: "radarr", mediaRoot: media });
    input = { app: "radarr", url: radarr.url, apiKey: radarr.apiKey, includeBlocklist: true };
  });
  afterAll(() => radarr.close());

  it("dry run lists what will be created, skipped and refused, and writes nothing", async () => {
    const run = await dryRunArrImport(admin, input);
    expect(run.version).toBe("5.26.2.10099");
    expect(counts(run, "rootFolders")).toEqual({ create: 1, skip: 0, conflict: 1 });
    expect(run.items.find((i) => i.name === "/srv/elsewhere/movies")?.reason).toMatch(
      /outside the folders Mydia may use/,
    );
    expect(counts(run, "titles")).toEqual({ create: 499, skip: 0, conflict: 1 });
    expect(counts(run, "files")).toEqual({ create: 20, skip: 0, conflict: 1 });
    // Mydia already has the default names (Any, SD, HD-720p, HD-1080p, Ultra-HD): their titles use Mydia's.
    expect(counts(run, "qualityProfiles")).toEqual({ create: 1, skip: 5, conflict: 0 });
    expect(counts(run, "customFormats")).toEqual({ create: 2, skip: 0, conflict: 0 });
    expect(counts(run, "indexers")).toEqual({ create: 1, skip: 0, conflict: 1 });
    expect(counts(run, "downloadClients")).toEqual({ create: 1, skip: 0, conflict: 1 });
    expect(run.items.find((i) => i.name === "Deluge")?.reason).toMatch(/no Deluge client/);
    expect(counts(run, "naming").create).toBe(1);
    expect(counts(run, "tags")).toMatchObject({ create: 2 });
    expect(counts(run, "blocklist")).toEqual({ create: 2, skip: 0, conflict: 1 });
    expect(await allMovies(admin)).toHaveLength(0);
    expect(await listLibraries(admin)).toHaveLength(0);
  });

  it("the peer's answers have the shapes of Radarr's OpenAPI document", () => {
    if (!arrReferenceDir) return;
    for (const [documentPath, body] of radarr.answered)
      expect(arrResponseErrors("radarr", "GET", documentPath, 200, body), documentPath).toEqual([]);
  });

  it("imports everything as a job, files attached where they are, and forgets the key", async () => {
    const importId = await runImport(input);
    const [library] = await listLibraries(admin);
    expect(library).toMatchObject({ kind: "movie", path: radarr.install.root });
    expect(library.naming.movieFile).toBe("{Movie Title} ({Release Year}) {Quality Full}");
    const movies = await allMovies(admin);
    expect(movies).toHaveLength(499);
    const first = movies.find((m) => m.tmdbId === 900_001)!;
    expect(first).toMatchObject({ title: "Silent Silent 1", year: 1980, monitored: false, libraryId: library.id });
    expect(movies.find((m) => m.tmdbId === 900_002)!.monitored).toBe(true);
    expect(movies.find((m) => m.tmdbId === 900_001 + 7)!.tags).toEqual(["kids"]);
    const profiles = await listQualityProfiles(admin);
    expect(movies.find((m) => m.tmdbId === 900_004)!.qualityProfileId).toBe(
      profiles.find((p) => p.name === "HD-1080p")!.id,
    );
    const mixed = profiles.find((p) => p.name === "HD - 720p/1080p")!;
    expect(movies.find((m) => m.tmdbId === 900_006)!.qualityProfileId).toBe(mixed.id);
    expect(mixed.items.filter((i) => i.allowed).map((i) => i.name)).toEqual([
      "Bluray-1080p",
      "WEBDL-1080p",
      "HDTV-1080p",
      "Bluray-720p",
      "WEBDL-720p",
      "HDTV-720p",
    ]);
    const formats = await listCustomFormats(admin);
    expect(formats.map((f) => f.name).sort()).toEqual(["Remaster", "x265"]);
    expect(mixed.formatScores[formats.find((f) => f.name === "x265")!.id]).toBe(-50);
    const files = await listTitleVideoFiles(admin, { movieIds: movies.map((m) => m.id) });
    expect(files).toHaveLength(20);
    expect(files.find((f) => f.movieId === first.id)?.relativePath).toBe(
      "Silent Silent 1 (1980)/Silent Silent 1 (1980) Bluray-1080p.mkv",
    );
    expect((await listIndexers(admin)).map((i) => i.name)).toEqual(["Local Torznab"]);
    expect((await listDownloadClients(admin)).map((c) => [c.name, c.kind])).toEqual([["qBittorrent", "qbittorrent"]]);
    const blocked = await listBlocklist(admin);
    expect(blocked.map((b) => [b.title, b.protocol]).sort()).toEqual([
      ["River Silent 1.1981.1080p.BluRay.x264-BAD", "torrent"],
      ["Some.Other.Release.720p.WEB-DL-GRP", "usenet"],
    ]);
    expect(blocked.find((b) => b.protocol === "torrent")?.movieId).toBe(movies.find((m) => m.tmdbId === 900_002)!.id);

    const [row] = await db().select().from(tables.arrImports);
    expect(row).toMatchObject({ id: importId, status: "succeeded", apiKey: null });
    const [view] = await listArrImports(admin);
    expect(view.failures).toEqual([]);
    expect(view).toMatchObject({ status: "succeeded", keyKept: false });
    expect(view.created).toMatchObject({ titles: 499, files: 20, rootFolders: 1, qualityProfiles: 1 });
    expect(JSON.stringify(view)).not.toContain(radarr.apiKey);
  });

  it("a second run finds everything in place and changes nothing", async () => {
    const before = await Promise.all([allMovies(admin), listQualityProfiles(admin), listLibraries(admin)]);
    const run = await dryRunArrImport(admin, input);
    expect(counts(run, "titles")).toEqual({ create: 0, skip: 499, conflict: 1 });
    expect(counts(run, "files")).toEqual({ create: 0, skip: 20, conflict: 1 });
    expect(counts(run, "qualityProfiles").create).toBe(0);
    expect(counts(run, "blocklist")).toEqual({ create: 0, skip: 2, conflict: 1 });
    await runImport(input);
    const after = await Promise.all([allMovies(admin), listQualityProfiles(admin), listLibraries(admin)]);
    expect(after.map((list) => list.length)).toEqual(before.map((list) => list.length));
    expect((await listArrImports(admin))[0].created).toMatchObject({
      titles: 0,
      files: 0,
      rootFolders: 0,
      blocklist: 0,
    });
    expect(await listBlocklist(admin)).toHaveLength(2);
  });

  it("a malformed answer fails clearly, before anything is written", async () => {
    const media = await useAllowedRoot("arr-malformed");
    const broken = await startFakeArr({
      app: "radarr",
      mediaRoot: media,
      titles: 3,
      override: (resource) => (resource === "movie" ? [{ id: 1, title: 42 }] : undefined),
    });
    try {
      const libraries = (await listLibraries(admin)).length;
      const attempt = { app: "radarr", url: broken.url, apiKey: broken.apiKey };
      await expect(dryRunArrImport(admin, attempt)).rejects.toThrow(
        /Radarr answered GET movie .*title.*nothing was imported/,
      );
      const { importId } = await startArrImport(admin, attempt);
      await expect(arrImportHandler({ data: { importId }, signal: new AbortController().signal })).rejects.toThrow(
        /GET movie/,
      );
      expect((await listLibraries(admin)).length).toBe(libraries);
      expect((await listArrImports(admin))[0]).toMatchObject({
        status: "failed",
        error: expect.stringMatching(/GET movie/),
      });
      await expect(dryRunArrImport(admin, { ...attempt, apiKey: "wrong" })).rejects.toThrow(/Radarr/);
      await expect(dryRunArrImport(admin, { ...attempt, app: "sonarr" })).rejects.toThrow(/is Radarr, not Sonarr/);
    } finally {
      await broken.close();
    }
  });
});

describe("import from Sonarr", () => {
  let sonarr: FakeArr;
  let input: { app: "sonarr"; url: string; apiKey: string; keepKey: boolean };

  beforeAll(async () => {
    const media = await useAllowedRoot("arr-sonarr");
    sonarr = await startFakeArr({ app: "sonarr", mediaRoot: media });
    input = { app: "sonarr", url: sonarr.url, apiKey: sonarr.apiKey, keepKey: true };
  });
  afterAll(() => sonarr.close());

  it("dry run, import with episodes, monitoring and files, then a re-run that changes nothing", async () => {
    const run = await dryRunArrImport(admin, input);
    expect(counts(run, "titles")).toEqual({ create: 199, skip: 0, conflict: 1 });
    expect(counts(run, "files")).toEqual({ create: 40, skip: 0, conflict: 2 });
    if (arrReferenceDir)
      for (const [documentPath, body] of sonarr.answered)
        expect(arrResponseErrors("sonarr", "GET", documentPath, 200, body), documentPath).toEqual([]);

    await runImport(input);
    const series = await allSeries(admin);
    expect(series).toHaveLength(199);
    const one = series.find((s) => s.tmdbId === 800_002)!;
    expect(one).toMatchObject({ title: "River Silent 1", monitored: true, seriesType: "standard" });
    const { episodes } = await seasonsAndEpisodesOf(admin, [one.id]);
    expect(episodes).toHaveLength(16);
    expect(episodes.filter((e) => !e.monitored).map((e) => `${e.seasonNumber}x${e.episodeNumber}`)).toEqual([
      "2x7",
      "2x8",
    ]);
    const files = await listTitleVideoFiles(admin, { seriesIds: series.map((s) => s.id) });
    expect(files).toHaveLength(40);
    expect((await listArrImports(admin))[0]).toMatchObject({ status: "succeeded", keyKept: true });

    // The kept key is used when none is given; the second run creates nothing.
    const again = await dryRunArrImport(admin, { ...input, apiKey: "" });
    expect(counts(again, "titles")).toEqual({ create: 0, skip: 199, conflict: 1 });
    expect(counts(again, "files")).toEqual({ create: 0, skip: 40, conflict: 2 });
    await runImport({ ...input, apiKey: "" });
    expect(await allSeries(admin)).toHaveLength(199);
    expect(await listTitleVideoFiles(admin, { seriesIds: series.map((s) => s.id) })).toHaveLength(40);
  }, 120_000);
});
