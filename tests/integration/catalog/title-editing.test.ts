import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as moviesRoute from "@/app/api/v1/movies/route";
import * as movieRoute from "@/app/api/v1/movies/[id]/route";
import * as seriesListRoute from "@/app/api/v1/series/route";
import * as seriesRoute from "@/app/api/v1/series/[id]/route";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb } from "../library/helpers";

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, unknown>;
let key = "";

async function call(handler: Handler, method: string, body?: unknown, params: Record<string, string> = {}, query = "") {
  const response = await handler(
    new Request(`http://localhost/api/v1/x${query}`, {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: (await response.json()) as Json };
}
async function ok(handler: Handler, method: string, body?: unknown, params: Record<string, string> = {}, query = "") {
  const result = await call(handler, method, body, params, query);
  expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
  return result.body;
}

let fake: FakeTmdb;
let base = "";
const ids = { movieLibrary: "", movieLibrary2: "", tvLibrary: "", tvLibrary2: "" };

beforeAll(async () => {
  fake = await useFakeTmdb();
  base = await useAllowedRoot("title-editing");
  for (const folder of ["movies", "movies2", "tv", "tv2"]) mkdirSync(path.join(base, folder));
  const library = await import("@/lib/library");
  ids.movieLibrary = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: `${base}/movies` })).id;
  ids.movieLibrary2 = (
    await library.createLibrary(admin, { name: "Movies 4K", kind: "movie", path: `${base}/movies2` })
  ).id;
  ids.tvLibrary = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: `${base}/tv` })).id;
  ids.tvLibrary2 = (await library.createLibrary(admin, { name: "Anime", kind: "tv", path: `${base}/tv2` })).id;
  const user = await createUserAsOperator({ username: "editor", password: "correct horse battery", role: "admin" });
  key = (await createApiKeyForUser(user.id, "tests")).key;
});
afterAll(() => fake?.stop());

describe("tags on movies and series", () => {
  it("are set when adding, normalised, edited alone, filtered on and suggested", async () => {
    const movie = await ok(moviesRoute.POST, "POST", {
      tmdbId: 550,
      libraryId: ids.movieLibrary,
      tags: ["Kids", " 4K ", "kids"],
    });
    expect(movie.tags).toEqual(["kids", "4k"]);
    const id = movie.id as string;

    const patched = await ok(movieRoute.PATCH, "PATCH", { tags: ["classic"] }, { id });
    expect(patched).toMatchObject({ tags: ["classic"], libraryId: ids.movieLibrary, monitored: true });
    const refused = await call(movieRoute.PATCH, "PATCH", { tags: ["a\u0000b"] }, { id });
    expect(refused.status).toBe(400);

    const catalog = await import("@/lib/catalog");
    expect((await catalog.listMovies(reader, { tag: "Classic" })).items.map((m) => m.id)).toEqual([id]);
    expect((await catalog.listMovies(reader, { tag: "kids" })).total).toBe(0);
    expect(await catalog.movieTags(reader)).toEqual(["classic"]);
    const listed = await ok(moviesRoute.GET, "GET", undefined, {}, "?tag=classic");
    expect((listed.items as Json[]).map((m) => m.tags)).toEqual([["classic"]]);

    const series = await ok(seriesListRoute.POST, "POST", { tmdbId: 1399, libraryId: ids.tvLibrary, tags: ["hbo"] });
    expect(series.tags).toEqual(["hbo"]);
    const seriesId = series.id as string;
    expect(await ok(seriesRoute.PATCH, "PATCH", { tags: ["hbo", "fantasy"] }, { id: seriesId })).toMatchObject({
      tags: ["hbo", "fantasy"],
      seriesType: series.seriesType,
    });
    expect((await catalog.listSeries(reader, { tag: "fantasy" })).items.map((s) => s.tags)).toEqual([
      ["hbo", "fantasy"],
    ]);
    expect(await catalog.seriesTags(reader)).toEqual(["fantasy", "hbo"]);
  });
});
