import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as moviesRoute from "@/app/api/v1/movies/route";
import * as movieRoute from "@/app/api/v1/movies/[id]/route";
import * as seriesListRoute from "@/app/api/v1/series/route";
import * as seriesRoute from "@/app/api/v1/series/[id]/route";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb, writeFiles } from "../library/helpers";

/** The movie and series resources say what is on disk: hasFile, and episode file counts per season and in total. */
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, unknown>;
let key = "";
let base = "";
let fake: FakeTmdb;

async function call(handler: Handler, method: string, body?: unknown, params: Record<string, string> = {}) {
  const response = await handler(
    new Request("http://localhost/api/v1/x?pageSize=50", {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve(params) },
  );
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as Json;
}

beforeAll(async () => {
  const user = await createUserAsOperator({ username: "files", password: "correct horse battery", role: "user" });
  key = (await createApiKeyForUser(user.id, "tests")).key;
  base = await useAllowedRoot("file-status");
  for (const folder of ["movies", "tv"]) mkdirSync(path.join(base, folder));
  fake = await useFakeTmdb();
});
afterAll(async () => {
  await fake?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe("file status in the catalog resources", () => {
  it("movies: hasFile in the resource and the list, once a scan finds the file", async () => {
    const library = await import("@/lib/library");
    const { id: libraryId } = await library.createLibrary(admin, {
      name: "Movies",
      kind: "movie",
      path: path.join(base, "movies"),
    });
    const movie = await call(moviesRoute.POST, "POST", { tmdbId: 550 });
    expect(movie).toMatchObject({ title: "Fight Club", hasFile: false });
    writeFiles(path.join(base, "movies"), ["Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv"]);
    await library.scanLibrary(libraryId, { metadataSearch: false });
    expect(await call(movieRoute.GET, "GET", undefined, { id: movie.id as string })).toMatchObject({ hasFile: true });
    expect(((await call(moviesRoute.GET, "GET")).items as Json[]).map((m) => [m.title, m.hasFile])).toEqual([
      ["Fight Club", true],
    ]);
    expect(await call(movieRoute.PATCH, "PATCH", { monitored: false }, { id: movie.id as string })).toMatchObject({
      monitored: false,
      hasFile: true,
    });
  });

  it("series: episode file counts per season and in total", async () => {
    const library = await import("@/lib/library");
    const { id: libraryId } = await library.createLibrary(admin, {
      name: "TV",
      kind: "tv",
      path: path.join(base, "tv"),
    });
    const series = await call(seriesListRoute.POST, "POST", { tmdbId: 1399, monitor: "all" });
    const stats = series.statistics as { episodeCount: number; episodeFileCount: number; seasons: Json[] };
    expect(stats.episodeFileCount).toBe(0);
    expect(stats.episodeCount).toBeGreaterThan(2);
    expect(stats.episodeCount).toBe(stats.seasons.reduce((sum, s) => sum + (s.episodeCount as number), 0));
    writeFiles(path.join(base, "tv"), [
      "Game of Thrones (2011)/Season 01/Game.of.Thrones.S01E01.1080p.mkv",
      "Game of Thrones (2011)/Season 01/Game.of.Thrones.S01E02.1080p.mkv",
    ]);
    await library.scanLibrary(libraryId, { metadataSearch: false });
    const after = (await call(seriesRoute.GET, "GET", undefined, { id: series.id as string })).statistics as {
      episodeCount: number;
      episodeFileCount: number;
      seasons: { seasonNumber: number; episodeCount: number; episodeFileCount: number }[];
    };
    expect(after.episodeFileCount).toBe(2);
    expect(after.episodeCount).toBe(stats.episodeCount);
    expect(after.seasons.find((s) => s.seasonNumber === 1)).toMatchObject({ episodeFileCount: 2 });
    expect(after.seasons.filter((s) => s.seasonNumber !== 1).every((s) => s.episodeFileCount === 0)).toBe(true);
  });
});
