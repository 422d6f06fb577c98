import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { arrIdOf } from "@/lib/arr/ids";
import { arrClient } from "@/tests/helpers/arr-client";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb, writeFiles } from "../library/helpers";

/** Radarr's movie endpoints as Seerr, LunaSea and Homepage call them, each answer checked against Radarr's document. */
let fake: FakeTmdb;
let base = "";
let adminKey = "";
let userKey = "";
let readonlyKey = "";
const radarr = arrClient("radarr", () => adminKey);
let library: typeof import("@/lib/library");
let catalog: typeof import("@/lib/catalog");
let moviesRoot = "";
let otherRoot = "";

interface Movie {
  id?: number;
  tmdbId: number;
  title: string;
  hasFile: boolean;
  monitored: boolean;
  path: string | null;
  rootFolderPath: string | null;
  qualityProfileId: number;
  tags: number[];
  minimumAvailability: string;
  movieFile?: { id: number; relativePath: string; size: number; quality: { quality: { name: string } } };
  statistics: { movieFileCount: number; sizeOnDisk: number };
  images: { coverType: string; remoteUrl: string }[];
  isAvailable: boolean;
  year: number;
}

beforeAll(async () => {
  fake = await useFakeTmdb();
  base = await useAllowedRoot("arr-movies");
  library = await import("@/lib/library");
  catalog = await import("@/lib/catalog");
  moviesRoot = path.join(base, "Movies");
  otherRoot = path.join(base, "More Movies");
  mkdirSync(moviesRoot);
  mkdirSync(otherRoot);
  mkdirSync(path.join(base, "TV"));
  await library.createLibrary(admin, { name: "Movies", kind: "movie", path: moviesRoot });
  await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(base, "TV") });
  const user = await createUserAsOperator({ username: "arr-admin", password: "arr admin password", role: "admin" });
  adminKey = (await createApiKeyForUser(user.id, "arr")).key;
  const plain = await createUserAsOperator({ username: "arr-user", password: "arr user password 1", role: "user" });
  userKey = (await createApiKeyForUser(plain.id, "arr")).key;
  const viewer = await createUserAsOperator({
    username: "arr-view",
    password: "arr view password 1",
    role: "readonly",
  });
  readonlyKey = (await createApiKeyForUser(viewer.id, "arr")).key;
});
afterAll(async () => {
  await fake?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe("Radarr persona: root folders, tags, languages", () => {
  it("lists the movie libraries as root folders; POST makes a library, DELETE removes it (admin only)", async () => {
    const folders = await radarr.ok<{ id: number; path: string; accessible: boolean; freeSpace: number }[]>(
      "GET",
      "/v3/rootfolder",
    );
    expect(folders).toEqual([expect.objectContaining({ path: moviesRoot, accessible: true, unmappedFolders: [] })]);
    expect(folders[0].freeSpace).toBeGreaterThan(0);
    const sonarrFolders = await arrClient("sonarr", () => adminKey).ok<{ path: string }[]>("GET", "/v3/rootfolder");
    expect(sonarrFolders.map((f) => f.path)).toEqual([path.join(base, "TV")]);
    expect((await radarr.call("POST", "/v3/rootfolder", { body: { path: otherRoot }, key: userKey })).status).toBe(403);
    const added = await radarr.ok<{ id: number; path: string }>("POST", "/v3/rootfolder", {
      body: { path: otherRoot },
    });
    expect(added.path).toBe(otherRoot);
    expect(
      await radarr.ok("GET", `/v3/rootfolder/${added.id}`, { documentPath: "/api/v3/rootfolder/{id}" }),
    ).toMatchObject({ id: added.id, path: otherRoot });
    expect((await library.listLibraries(admin)).map((l) => l.path)).toContain(otherRoot);
    const missing = await radarr.call("POST", "/v3/rootfolder", { body: { path: path.join(base, "nope") } });
    expect(missing.status).toBe(400);
    await radarr.ok("DELETE", `/v3/rootfolder/${added.id}`, { documentPath: "/api/v3/rootfolder/{id}" });
    expect((await library.listLibraries(admin)).map((l) => l.path)).not.toContain(otherRoot);
    expect((await radarr.call("GET", `/v3/rootfolder/${added.id}`)).status).toBe(404);
    // Back for the move test below.
    await radarr.ok("POST", "/v3/rootfolder", { body: { path: otherRoot } });
  });

  it("creates, lists, renames and deletes tags; both personas see the same ones", async () => {
    const created = await radarr.ok<{ id: number; label: string }>("POST", "/v3/tag", { body: { label: "Seerr" } });
    expect(created.label).toBe("seerr");
    expect(await radarr.ok("POST", "/v3/tag", { body: { label: "seerr" } })).toEqual(created);
    const sonarr = arrClient("sonarr", () => adminKey);
    expect(await sonarr.ok("GET", "/v3/tag")).toContainEqual(created);
    const renamed = await radarr.ok("PUT", `/v3/tag/${created.id}`, {
      body: { id: created.id, label: "requests" },
      documentPath: "/api/v3/tag/{id}",
    });
    expect(renamed).toEqual({ id: created.id, label: "requests" });
    expect(await radarr.ok("GET", `/v3/tag/${created.id}`, { documentPath: "/api/v3/tag/{id}" })).toEqual(renamed);
    const doomed = await radarr.ok<{ id: number }>("POST", "/v3/tag", { body: { label: "doomed" } });
    await radarr.ok("DELETE", `/v3/tag/${doomed.id}`, { documentPath: "/api/v3/tag/{id}" });
    expect((await radarr.ok<{ id: number }[]>("GET", "/v3/tag")).map((t) => t.id)).not.toContain(doomed.id);
    expect((await radarr.call("GET", `/v3/tag/${doomed.id}`)).status).toBe(404);
    expect((await radarr.call("POST", "/v3/tag", { body: { label: "" } })).status).toBe(400);
  });

  it("lists languages with Any and Original, on both personas", async () => {
    const languages = await radarr.ok<{ id: number; name: string }[]>("GET", "/v3/language");
    expect(languages).toContainEqual({ id: 1, name: "English", nameLower: "english" });
    expect(languages.map((l) => l.id)).toContain(-2);
    expect(await radarr.ok("GET", "/v3/language/2", { documentPath: "/api/v3/language/{id}" })).toMatchObject({
      name: "French",
    });
    const sonarrLanguages = await arrClient("sonarr", () => adminKey).ok<{ id: number }[]>("GET", "/v3/language");
    expect(sonarrLanguages.map((l) => l.id)).toEqual(expect.arrayContaining([-1, -2, 1]));
    expect((await radarr.call("GET", "/v3/language/9999")).status).toBe(404);
  });
});

describe("Radarr persona: movies", () => {
  let tagId = 0;
  let added: Movie;

  it("looks Fight Club up by tmdb:, imdb: and text, without an id while it is not in the library", async () => {
    const [byTmdb] = await radarr.ok<Movie[]>("GET", "/v3/movie/lookup?term=tmdb:550");
    expect(byTmdb).toMatchObject({ tmdbId: 550, title: "Fight Club", year: 1999, hasFile: false, monitored: false });
    expect(byTmdb.id).toBeUndefined();
    expect(byTmdb.images.find((i) => i.coverType === "poster")?.remoteUrl).toContain("/original/");
    const [byImdb] = await radarr.ok<Movie[]>("GET", "/v3/movie/lookup?term=imdb:tt0137523");
    expect(byImdb.tmdbId).toBe(550);
    expect(await radarr.ok<Movie>("GET", "/v3/movie/lookup/imdb?imdbId=tt0137523")).toMatchObject({ tmdbId: 550 });
    expect(await radarr.ok<Movie>("GET", "/v3/movie/lookup/tmdb?tmdbId=550")).toMatchObject({ title: "Fight Club" });
    const byText = await radarr.ok<Movie[]>("GET", "/v3/movie/lookup?term=fight%20club");
    expect(byText.map((m) => m.tmdbId)).toContain(550);
    expect(await radarr.ok("GET", "/v3/movie/lookup?term=imdb:tt9999999")).toEqual([]);
    expect((await radarr.call("GET", "/v3/movie/lookup/imdb?imdbId=tt9999999")).status).toBe(404);
  });

  it("adds the movie Seerr's way (lookup, then POST with addOptions.searchForMovie) and queues a real search", async () => {
    tagId = (await radarr.ok<{ id: number }>("POST", "/v3/tag", { body: { label: "1 - alice" } })).id;
    const [lookup] = await radarr.ok<Movie[]>("GET", "/v3/movie/lookup?term=tmdb:550", { via: "query" });
    const profiles = await (await import("@/lib/quality")).listQualityProfiles(admin);
    const profileId = await arrIdOf("qualityprofile", profiles[0].id);
    expect((await radarr.call("POST", "/v3/movie", { key: readonlyKey, body: { tmdbId: 550 } })).status).toBe(403);
    added = await radarr.ok<Movie>("POST", "/v3/movie", {
      via: "query",
      body: {
        title: lookup.title,
        qualityProfileId: profileId,
        profileId,
        titleSlug: "550",
        minimumAvailability: "released",
        tmdbId: 550,
        year: 1999,
        rootFolderPath: moviesRoot,
        monitored: true,
        tags: [tagId],
        addOptions: { searchForMovie: true },
      },
    });
    expect(added).toMatchObject({
      tmdbId: 550,
      monitored: true,
      hasFile: false,
      rootFolderPath: moviesRoot,
      qualityProfileId: profileId,
      tags: [tagId],
    });
    expect(added.id).toBeGreaterThan(0);
    expect(added.path).toBe(path.join(moviesRoot, "Fight Club (1999) {tmdb-550}"));
    const [movie] = await catalog.allMovies(admin, { tmdbId: 550 });
    expect(movie.searchRequestedAt).not.toBeNull();
    expect(movie.tags).toEqual(["1 - alice"]);
    const again = await radarr.call("POST", "/v3/movie", { body: { tmdbId: 550, rootFolderPath: moviesRoot } });
    expect(again.status).toBe(409);
    const unknownProfile = await radarr.call("POST", "/v3/movie", { body: { tmdbId: 551, qualityProfileId: 99999 } });
    expect(unknownProfile.status).toBe(400);
    expect(JSON.stringify(unknownProfile.body)).toContain("qualityProfileId");
  });

  it("lists, filters by tmdbId and reads by id; the lookup now carries the id", async () => {
    const all = await radarr.ok<Movie[]>("GET", "/v3/movie");
    expect(all.map((m) => m.id)).toEqual([added.id]);
    expect(await radarr.ok<Movie[]>("GET", "/v3/movie?tmdbId=550")).toHaveLength(1);
    expect(await radarr.ok<Movie[]>("GET", "/v3/movie?TMDBID=551")).toEqual([]);
    expect(await radarr.ok("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" })).toEqual(added);
    const [lookup] = await radarr.ok<Movie[]>("GET", "/v3/movie/lookup?term=tmdb:550");
    expect(lookup.id).toBe(added.id);
    expect((await radarr.call("GET", "/v3/movie/999999")).status).toBe(404);
  });

  it("shows the file once it is in the library: hasFile, movieFile, statistics, moviefile endpoints", async () => {
    writeFiles(moviesRoot, { "Fight Club (1999) {tmdb-550}/Fight Club (1999) Bluray-1080p.mkv": "x".repeat(2048) });
    const libraryId = (await library.listLibraries(admin)).find((l) => l.path === moviesRoot)!.id;
    await library.scanLibrary(libraryId, { progressIntervalMs: 0 });
    const movie = await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" });
    expect(movie).toMatchObject({ hasFile: true, statistics: { movieFileCount: 1, sizeOnDisk: 2048 } });
    expect(movie.movieFile).toMatchObject({
      relativePath: "Fight Club (1999) Bluray-1080p.mkv",
      size: 2048,
      quality: { quality: { name: "Bluray-1080p" } },
    });
    const files = await radarr.ok<{ id: number; movieId: number }[]>("GET", `/v3/moviefile?movieId=${added.id}`);
    expect(files).toEqual([expect.objectContaining({ id: movie.movieFile!.id, movieId: added.id })]);
    expect(
      await radarr.ok("GET", `/v3/moviefile/${movie.movieFile!.id}`, { documentPath: "/api/v3/moviefile/{id}" }),
    ).toEqual(files[0]);
    expect(await radarr.ok("GET", `/v3/moviefile?movieFileIds=${movie.movieFile!.id}`)).toEqual(files);
  });

  it("takes back the whole resource with PUT (Seerr's PUT /movie with the id in the body, and PUT /movie/{id})", async () => {
    const current = await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" });
    const unmonitored = await radarr.ok<Movie>("PUT", "/v3/movie", {
      body: { ...current, monitored: false, minimumAvailability: "inCinemas", tags: [] },
      documentPath: "/api/v3/movie/{id}",
    });
    expect(unmonitored).toMatchObject({ monitored: false, minimumAvailability: "inCinemas", tags: [] });
    const back = await radarr.ok<Movie>("PUT", `/v3/movie/${added.id}?moveFiles=true`, {
      body: { ...unmonitored, monitored: true, tags: [tagId] },
      documentPath: "/api/v3/movie/{id}",
    });
    expect(back).toMatchObject({ monitored: true, tags: [tagId] });
    const badFolder = await radarr.call("PUT", `/v3/movie/${added.id}`, {
      body: { ...back, rootFolderPath: "/nowhere" },
    });
    expect(badFolder.status).toBe(400);
  });

  it("moves the movie to another root folder through Mydia's library move", async () => {
    const current = await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" });
    const moved = await radarr.ok<Movie>("PUT", `/v3/movie/${added.id}?moveFiles=true`, {
      body: { ...current, rootFolderPath: otherRoot },
      documentPath: "/api/v3/movie/{id}",
    });
    const [movie] = await catalog.allMovies(admin, { tmdbId: 550 });
    const other = (await library.listLibraries(admin)).find((l) => l.path === otherRoot)!;
    expect(movie.libraryId).toBe(other.id);
    await library.moveTitleFiles({ movieId: movie.id });
    const after = await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" });
    expect(after).toMatchObject({ rootFolderPath: otherRoot, hasFile: true });
    expect(after.path?.startsWith(otherRoot)).toBe(true);
    expect(moved.rootFolderPath).toBe(otherRoot);
  });

  it("tag/detail lists the movies carrying each tag", async () => {
    const details = await radarr.ok<{ id: number; movieIds: number[] }[]>("GET", "/v3/tag/detail");
    expect(details.find((d) => d.id === tagId)?.movieIds).toEqual([added.id]);
    expect(
      await radarr.ok("GET", `/v3/tag/detail/${tagId}`, { documentPath: "/api/v3/tag/detail/{id}" }),
    ).toMatchObject({ id: tagId, movieIds: [added.id] });
  });

  it("edits in bulk (movie/editor) and deletes with deleteFiles and addImportExclusion", async () => {
    await radarr.ok("PUT", "/v3/movie/editor", {
      body: { movieIds: [added.id], monitored: false, tags: [tagId], applyTags: "remove" },
    });
    expect(
      await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" }),
    ).toMatchObject({ monitored: false, tags: [] });
    expect(
      (await radarr.call("PUT", "/v3/movie/editor", { body: { movieIds: [999999], monitored: true } })).status,
    ).toBe(404);
    const file = (await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" }))
      .movieFile!;
    await radarr.ok("DELETE", `/v3/moviefile/${file.id}`, { documentPath: "/api/v3/moviefile/{id}" });
    expect(
      (await radarr.ok<Movie>("GET", `/v3/movie/${added.id}`, { documentPath: "/api/v3/movie/{id}" })).hasFile,
    ).toBe(false);
    await radarr.ok("DELETE", `/v3/movie/${added.id}?deleteFiles=true&addImportExclusion=false`, {
      documentPath: "/api/v3/movie/{id}",
    });
    expect(await radarr.ok("GET", "/v3/movie")).toEqual([]);
    expect((await catalog.listImportExclusions(admin)).map((e) => e.tmdbId)).not.toContain(550);
    const readded = await radarr.ok<Movie>("POST", "/v3/movie", { body: { tmdbId: 550, rootFolderPath: moviesRoot } });
    expect(readded.id).not.toBe(added.id);
    await radarr.ok("DELETE", "/v3/movie/editor", {
      body: { movieIds: [readded.id], deleteFiles: true, addImportExclusion: true },
    });
    expect(await radarr.ok("GET", "/v3/movie")).toEqual([]);
    expect((await catalog.listImportExclusions(admin)).map((e) => e.tmdbId)).toContain(550);
    const refused = await radarr.call("POST", "/v3/movie", { body: { tmdbId: 550 } });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect((await radarr.call("DELETE", "/v3/movie/editor", { body: { movieIds: [added.id] } })).status).toBe(404);
  });
});
