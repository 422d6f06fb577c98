import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as moviesRoute from "@/app/api/v1/movies/route";
import * as movieRoute from "@/app/api/v1/movies/[id]/route";
import * as seriesListRoute from "@/app/api/v1/series/route";
import * as seriesRoute from "@/app/api/v1/series/[id]/route";
import * as exclusionsRoute from "@/app/api/v1/import-exclusions/route";
import * as exclusionRoute from "@/app/api/v1/import-exclusions/[id]/route";
import { db, tables } from "@/lib/db";
import { until } from "@/tests/helpers/until";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb, writeFiles } from "../library/helpers";

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
// Another file system (tmpfs), so that a move there is a copy followed by the removal of the source.
const otherFs = existsSync("/dev/shm") ? mkdtempSync("/dev/shm/mydia-title-editing-") : null;
const ids = { movieLibrary: "", movieLibrary2: "", tvLibrary: "", tvLibrary2: "", movie: "", series: "" };

async function moveEvents(owner: { movieId?: string; seriesId?: string }) {
  const rows = await db().select().from(tables.events).where(eq(tables.events.type, "library.move.progress"));
  return rows
    .map((r) => r.payload as Json)
    .filter((p) => (owner.movieId ? p.movieId === owner.movieId : p.seriesId === owner.seriesId));
}

const filesIn = (libraryId: string) =>
  db().select().from(tables.mediaFiles).where(eq(tables.mediaFiles.libraryId, libraryId));

beforeAll(async () => {
  fake = await useFakeTmdb();
  base = await useAllowedRoot("title-editing", otherFs ? [otherFs] : []);
  for (const folder of ["movies", "movies2", "tv", "tv2"]) mkdirSync(path.join(base, folder));
  const library = await import("@/lib/library");
  ids.movieLibrary = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: `${base}/movies` })).id;
  ids.movieLibrary2 = (
    await library.createLibrary(admin, { name: "Movies 4K", kind: "movie", path: `${base}/movies2` })
  ).id;
  ids.tvLibrary = (await library.createLibrary(admin, { name: "TV", kind: "tv", path: `${base}/tv` })).id;
  ids.tvLibrary2 = (
    await library.createLibrary(admin, { name: "Anime", kind: "tv", path: otherFs ?? `${base}/tv2` })
  ).id;
  const user = await createUserAsOperator({ username: "editor", password: "correct horse battery", role: "admin" });
  key = (await createApiKeyForUser(user.id, "tests")).key;
});
afterAll(async () => {
  await fake?.stop();
  if (otherFs) rmSync(otherFs, { recursive: true, force: true });
});

describe("tags on movies and series", () => {
  it("are set when adding, normalised, edited alone, filtered on and suggested", async () => {
    const movie = await ok(moviesRoute.POST, "POST", {
      tmdbId: 550,
      libraryId: ids.movieLibrary,
      tags: ["Kids", " 4K ", "kids"],
    });
    expect(movie.tags).toEqual(["kids", "4k"]);
    const id = movie.id as string;
    ids.movie = id;

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
    ids.series = seriesId;
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

describe("changing a title's library moves its files", () => {
  it("a movie: profile and library in one PATCH; the library.move job moves the files, the old folder goes", async () => {
    const library = await import("@/lib/library");
    const folder = "Fight Club (1999)";
    const video = `${folder}/Fight Club (1999) Bluray-1080p.mkv`;
    writeFiles(path.join(base, "movies"), {
      [video]: Buffer.alloc(200_000, 7),
      [`${folder}/Fight Club (1999).en.srt`]: "1",
    });
    await library.scanLibrary(ids.movieLibrary);
    const before = await library.listMediaFiles(admin, { movieId: ids.movie });
    expect(before.map((f) => [f.libraryId, f.relativePath]).sort()).toEqual([
      [ids.movieLibrary, `${folder}/Fight Club (1999) Bluray-1080p.mkv`],
      [ids.movieLibrary, `${folder}/Fight Club (1999).en.srt`],
    ]);

    const patched = await ok(
      movieRoute.PATCH,
      "PATCH",
      { libraryId: ids.movieLibrary2, qualityProfileId: "sd" },
      { id: ids.movie },
    );
    expect(patched).toMatchObject({ libraryId: ids.movieLibrary2, qualityProfileId: "sd", tags: ["classic"] });
    // The files move in the worker, not in the request.
    expect(existsSync(path.join(base, "movies", video))).toBe(true);

    const { startQueue, stopQueues } = await import("../jobs/helpers");
    const { createDeclaredQueues } = await import("@/lib/jobs");
    const worker = await startQueue();
    try {
      await createDeclaredQueues(worker);
      await worker.work("library.move", library.libraryMoveHandler);
      await until("the movie's files moved", async () => existsSync(path.join(base, "movies2", video)), 30_000);
      await until("the move finished", async () =>
        (await moveEvents({ movieId: ids.movie })).some((e) => e.state === "done"),
      );
    } finally {
      await stopQueues();
    }
    expect(readFileSync(path.join(base, "movies2", video))).toEqual(Buffer.alloc(200_000, 7));
    expect(existsSync(path.join(base, "movies", folder))).toBe(false);
    const after = await library.listMediaFiles(admin, { movieId: ids.movie });
    expect(after.map((f) => f.libraryId)).toEqual([ids.movieLibrary2, ids.movieLibrary2]);
    expect(after.find((f) => f.role === "video")?.path).toBe(path.join(base, "movies2", video));
    const events = await moveEvents({ movieId: ids.movie });
    expect(events.at(-1)).toMatchObject({ state: "done", done: 2, total: 2, bytesDone: 200_001, failed: [] });
    expect(events[0]).toMatchObject({ state: "moving", done: 0, total: 2, title: "Fight Club" });
  });

  it("a series to another file system: copied, checked, the source removed; a different file in the way is kept and reported", async () => {
    const library = await import("@/lib/library");
    const folder = "Game of Thrones (2011)/Season 01";
    const e1 = `${folder}/Game of Thrones - S01E01.mkv`;
    const e2 = `${folder}/Game of Thrones - S01E02.mkv`;
    writeFiles(path.join(base, "tv"), { [e1]: Buffer.alloc(300_000, 1), [e2]: Buffer.alloc(1000, 2) });
    await library.scanLibrary(ids.tvLibrary);
    expect((await library.listMediaFiles(admin, { seriesId: ids.series })).length).toBe(2);
    const target = otherFs ?? path.join(base, "tv2");
    // Something else already sits where E02 would go: it is never overwritten.
    writeFiles(target, { [e2]: "someone else's file" });

    const patched = await ok(
      seriesRoute.PATCH,
      "PATCH",
      { libraryId: ids.tvLibrary2, seriesType: "anime", monitorNewSeasons: false },
      { id: ids.series },
    );
    expect(patched).toMatchObject({ libraryId: ids.tvLibrary2, seriesType: "anime", monitorNewSeasons: false });
    const summary = await library.moveTitleFiles({ seriesId: ids.series });
    expect(summary.moved).toBe(1);
    expect(summary.failed).toEqual([{ relativePath: e2, error: expect.stringMatching(/not overwritten/) }]);
    expect(readFileSync(path.join(target, e1))).toEqual(Buffer.alloc(300_000, 1));
    expect(existsSync(path.join(base, "tv", e1))).toBe(false);
    expect(readFileSync(path.join(base, "tv", e2))).toEqual(Buffer.alloc(1000, 2));
    expect(readFileSync(path.join(target, e2), "utf8")).toBe("someone else's file");
    const events = await moveEvents({ seriesId: ids.series });
    expect(events.at(-1)).toMatchObject({ state: "failed", done: 2, total: 2, failed: [{ relativePath: e2 }] });

    // Once the way is clear, running the move again takes the rest.
    rmSync(path.join(target, e2));
    expect(await library.moveTitleFiles({ seriesId: ids.series })).toMatchObject({ moved: 1, failed: [] });
    expect(readFileSync(path.join(target, e2))).toEqual(Buffer.alloc(1000, 2));
    expect(existsSync(path.join(base, "tv", "Game of Thrones (2011)"))).toBe(false);
  });

  it("refuses a library of the other kind and sends no job for an unchanged one", async () => {
    const wrongKind = await call(movieRoute.PATCH, "PATCH", { libraryId: ids.tvLibrary }, { id: ids.movie });
    expect(wrongKind.status).toBe(400);
    const body = await ok(movieRoute.GET, "GET", undefined, { id: ids.movie });
    const eventsBefore = (await moveEvents({ movieId: ids.movie })).length;
    await ok(movieRoute.PUT, "PUT", { ...body, monitored: false }, { id: ids.movie });
    const library = await import("@/lib/library");
    expect(await library.moveTitleFiles({ movieId: ids.movie })).toMatchObject({ moved: 0, failed: [] });
    expect((await moveEvents({ movieId: ids.movie })).length).toBe(eventsBefore);
  });
});

describe("remove: delete the files, never add again", () => {
  it("recycles the files, lists the exclusion, refuses the add until the exclusion is removed", async () => {
    const library = await import("@/lib/library");
    const catalog = await import("@/lib/catalog");
    const video = "Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv";
    expect(existsSync(path.join(base, "movies2", video))).toBe(true);

    const removed = await ok(
      movieRoute.DELETE,
      "DELETE",
      undefined,
      { id: ids.movie },
      "?deleteFiles=true&addExclusion=true",
    );
    expect(removed).toEqual({ deleted: true, recycledFiles: 2 });
    expect(existsSync(path.join(base, "movies2", "Fight Club (1999)"))).toBe(false);
    const bin = await library.listRecycleBin(admin, ids.movieLibrary2);
    expect(bin.items.map((i) => i.relativePath).sort()).toEqual([
      "Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv",
      "Fight Club (1999)/Fight Club (1999).en.srt",
    ]);
    expect(await filesIn(ids.movieLibrary2)).toEqual([]);

    const listed = (await ok(exclusionsRoute.GET, "GET")).items as Json[];
    expect(listed).toMatchObject([{ kind: "movie", tmdbId: 550, title: "Fight Club", year: 1999 }]);
    const again = await call(moviesRoute.POST, "POST", { tmdbId: 550, libraryId: ids.movieLibrary });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toMatch(/import exclusion list/);
    const search = await catalog.searchToAdd(reader, "movie", "fight club");
    expect(search.results.find((r) => r.tmdbId === 550)).toMatchObject({ inLibrary: null, excluded: listed[0].id });

    await ok(exclusionRoute.DELETE, "DELETE", undefined, { id: listed[0].id as string });
    expect((await ok(exclusionsRoute.GET, "GET")).items).toEqual([]);
    const readded = await ok(moviesRoute.POST, "POST", { tmdbId: 550, libraryId: ids.movieLibrary });
    expect(readded.title).toBe("Fight Club");
  });

  it("without deleteFiles the files stay (unmatched); exclusions can be added by TMDB id alone", async () => {
    const e1 = "Game of Thrones (2011)/Season 01/Game of Thrones - S01E01.mkv";
    const target = otherFs ?? path.join(base, "tv2");
    expect(
      await call(seriesRoute.DELETE, "DELETE", undefined, { id: ids.series }, "?addExclusion=false"),
    ).toMatchObject({
      status: 200,
      body: { deleted: true, recycledFiles: 0 },
    });
    expect(existsSync(path.join(target, e1))).toBe(true);
    const files = await filesIn(ids.tvLibrary2);
    expect(files.map((f) => [f.status, f.seriesId])).toEqual([
      ["unmatched", null],
      ["unmatched", null],
    ]);

    const added = await ok(exclusionsRoute.POST, "POST", { kind: "series", tmdbId: 1399 });
    expect(added).toMatchObject({ kind: "series", tmdbId: 1399, title: "Game of Thrones", year: 2011 });
    expect(await ok(exclusionsRoute.POST, "POST", { kind: "series", tmdbId: 1399, title: "x" })).toMatchObject({
      id: added.id,
      title: "Game of Thrones",
    });
    expect((await call(seriesListRoute.POST, "POST", { tmdbId: 1399 })).status).toBe(409);
    // A scan finds the kept files and looks them up on TMDB: the excluded series is not added back.
    const library = await import("@/lib/library");
    const catalog = await import("@/lib/catalog");
    await library.scanLibrary(ids.tvLibrary2);
    expect((await catalog.listSeries(reader, {})).total).toBe(0);
    expect((await filesIn(ids.tvLibrary2)).map((f) => f.status)).toEqual(["unmatched", "unmatched"]);
    expect((await call(exclusionsRoute.POST, "POST", { kind: "series", tmdbId: 1399 }, {})).status).toBe(201);
    const asReader = await import("@/lib/catalog");
    await expect(asReader.addImportExclusion(reader, { kind: "movie", tmdbId: 13 })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
