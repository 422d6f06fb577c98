import { rmSync } from "node:fs";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import * as seriesEditorRoute from "@/app/api/v1/series/editor/route";
import { admin, reader, useAllowedRoot } from "../library/helpers";

/**
 * Bulk editing of movies and series (PUT/DELETE /api/v1/{movies,series}/editor): many titles in
 * one transaction through updateMovie/updateSeries, selected by ids or by the list filter.
 */
const SERIES = 50;
let base = "";
let tvA = "";
let tvB = "";
let movieLibrary = "";
let seriesIds: string[] = [];
let movieIds: string[] = [];
let adminKey = "";
let readerKey = "";
let catalog: typeof import("@/lib/catalog");
let library: typeof import("@/lib/library");

const seriesRows = (ids: string[]) =>
  db().select().from(tables.series).where(inArray(tables.series.id, ids)).orderBy(tables.series.sortTitle);

beforeAll(async () => {
  base = await useAllowedRoot("bulk-edit");
  for (const dir of ["movies", "tv-a", "tv-b"]) mkdirSync(path.join(base, dir));
  catalog = await import("@/lib/catalog");
  library = await import("@/lib/library");
  movieLibrary = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: `${base}/movies` })).id;
  tvA = (await library.createLibrary(admin, { name: "TV A", kind: "tv", path: `${base}/tv-a` })).id;
  tvB = (await library.createLibrary(admin, { name: "TV B", kind: "tv", path: `${base}/tv-b` })).id;
  const now = new Date();
  const rows = await db()
    .insert(tables.series)
    .values(
      Array.from({ length: SERIES }, (_, i) => ({
        tmdbId: 880_000 + i,
        title: `Bulk Show ${i}`,
        sortTitle: `bulk show ${String(i).padStart(2, "0")}`,
        status: "continuing" as const,
        seriesType: "standard" as const,
        genres: [],
        monitor: "all" as const,
        libraryId: tvA,
        qualityProfileId: "any",
        addedAt: now,
        updatedAt: now,
      })),
    )
    .returning({ id: tables.series.id });
  seriesIds = rows.map((r) => r.id);
  await db()
    .insert(tables.episodes)
    .values(
      seriesIds.flatMap((seriesId) =>
        [1, 2].map((episodeNumber) => ({ seriesId, seasonNumber: 1, episodeNumber, addedAt: now, updatedAt: now })),
      ),
    );
  const movies = await db()
    .insert(tables.movies)
    .values(
      Array.from({ length: 6 }, (_, i) => ({
        tmdbId: 770_000 + i,
        title: i < 3 ? `Heist ${i}` : `Comedy ${i}`,
        sortTitle: i < 3 ? `heist ${i}` : `comedy ${i}`,
        status: "released" as const,
        genres: [],
        minimumAvailability: "released" as const,
        libraryId: movieLibrary,
        qualityProfileId: "any",
        addedAt: now,
        updatedAt: now,
      })),
    )
    .returning({ id: tables.movies.id });
  movieIds = movies.map((m) => m.id);
  const boss = await createUserAsOperator({ username: "bulk-admin", password: "correct horse battery", role: "admin" });
  const viewer = await createUserAsOperator({
    username: "bulk-viewer",
    password: "correct horse battery",
    role: "readonly",
  });
  adminKey = (await createApiKeyForUser(boss.id, "tests")).key;
  readerKey = (await createApiKeyForUser(viewer.id, "tests")).key;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  if (base) rmSync(base, { recursive: true, force: true });
});

const put = (key: string, body: unknown) =>
  seriesEditorRoute.PUT(
    new Request("http://localhost/api/v1/series/editor", {
      method: "PUT",
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

describe("bulk edit", () => {
  it("changes profile and monitoring of 50 series in one call, and only those fields", async () => {
    const eventsBefore = await db().select({ id: tables.events.id }).from(tables.events);
    const response = await put(adminKey, {
      ids: seriesIds,
      changes: { qualityProfileId: "hd-1080p", monitored: false },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ count: SERIES, searchesQueued: 0 });
    const rows = await seriesRows(seriesIds);
    expect(rows).toHaveLength(SERIES);
    for (const row of rows)
      expect(row).toMatchObject({
        qualityProfileId: "hd-1080p",
        monitored: false,
        libraryId: tvA,
        monitor: "all",
        seriesType: "standard",
      });
    const events = (await db().select().from(tables.events)).slice(eventsBefore.length);
    expect(events.filter((e) => e.type === "catalog.series.updated")).toHaveLength(SERIES);
    expect(events.filter((e) => e.type === "catalog.series.bulk-updated").map((e) => e.payload)).toEqual([
      { count: SERIES, searchesQueued: 0 },
    ]);
  });

  it("selects by the list filter on the server, not by a page", async () => {
    // "Bulk Show 1" matches 1 and 10–19: eleven series, whatever page the user saw.
    const result = await library.bulkEditSeries(admin, {
      filter: { q: "Bulk Show 1" },
      changes: { libraryId: tvB, monitor: "none" },
    });
    expect(result.count).toBe(11);
    const moved = (await seriesRows(seriesIds)).filter((row) => row.libraryId === tvB);
    expect(moved.map((row) => row.title).sort()).toEqual(
      ["Bulk Show 1", ...Array.from({ length: 10 }, (_, i) => `Bulk Show 1${i}`)].sort(),
    );
    for (const row of moved) expect(row).toMatchObject({ monitor: "none", qualityProfileId: "hd-1080p" });
    const episodes = await db()
      .select()
      .from(tables.episodes)
      .where(
        inArray(
          tables.episodes.seriesId,
          moved.map((row) => row.id),
        ),
      );
    expect(episodes.every((e) => !e.monitored)).toBe(true);
    const untouched = await db().select().from(tables.episodes).where(eq(tables.episodes.seriesId, seriesIds[2]));
    expect(untouched.every((e) => e.monitored)).toBe(true);
  });

  it("rolls the whole request back when one title fails", async () => {
    const before = await seriesRows(seriesIds);
    await expect(
      library.bulkEditSeries(admin, {
        ids: [...seriesIds.slice(0, 20), "no-such-series"],
        changes: { monitored: true },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      library.bulkEditSeries(admin, { ids: seriesIds, changes: { libraryId: movieLibrary } }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await seriesRows(seriesIds)).toEqual(before);

    const unknown = await put(adminKey, { ids: [seriesIds[0], "nope"], changes: { seriesType: "anime" } });
    expect(unknown.status).toBe(404);
    expect((await seriesRows([seriesIds[0]]))[0].seriesType).toBe("standard");
  });

  it("refuses unclear or unauthorized requests with a plain message", async () => {
    const both = await put(adminKey, { ids: seriesIds, filter: {}, changes: { monitored: true } });
    expect(both.status).toBe(400);
    expect(JSON.stringify(await both.json())).toContain("give ids or a filter (not both)");
    const nothing = await put(adminKey, { ids: seriesIds });
    expect(nothing.status).toBe(400);
    expect(JSON.stringify(await nothing.json())).toContain("Nothing to do");
    expect((await put(readerKey, { ids: seriesIds, changes: { monitored: true } })).status).toBe(403);
    await expect(library.bulkRemoveSeries(reader, { ids: seriesIds })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("adds, removes and replaces tags, each title keeping its own others", async () => {
    await library.bulkEditSeries(admin, { ids: seriesIds.slice(0, 10), tags: { mode: "add", values: ["Kids"] } });
    await library.bulkEditSeries(admin, { ids: seriesIds.slice(5, 15), tags: { mode: "add", values: ["4k", "kids"] } });
    const tagged = async (tag: string) => (await catalog.listSeries(admin, { tag, pageSize: 200 })).total;
    expect([await tagged("kids"), await tagged("4k")]).toEqual([15, 10]);
    const [first, sixth] = await seriesRows([seriesIds[0], seriesIds[5]]);
    expect([first.tags, sixth.tags]).toEqual([["kids"], ["kids", "4k"]]);

    // The tag filter selects server-side too.
    expect(
      await library.bulkEditSeries(admin, { filter: { tag: "4k" }, tags: { mode: "remove", values: ["kids"] } }),
    ).toMatchObject({ count: 10 });
    expect([await tagged("kids"), await tagged("4k")]).toEqual([5, 10]);
    await library.bulkEditSeries(admin, { filter: { tag: "kids" }, tags: { mode: "replace", values: ["family"] } });
    expect([await tagged("kids"), await tagged("family"), await tagged("4k")]).toEqual([0, 5, 10]);
    await expect(
      library.bulkEditSeries(admin, { ids: seriesIds, changes: { tags: [] }, tags: { mode: "add", values: ["x"] } }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("edits and searches movies by filter, and removes them all or none", async () => {
    const edited = await library.bulkEditMovies(admin, {
      filter: { q: "heist" },
      changes: { minimumAvailability: "inCinemas" },
      search: true,
    });
    expect(edited).toMatchObject({ count: 3, searchesQueued: 3 });
    const rows = await db().select().from(tables.movies).orderBy(tables.movies.sortTitle);
    expect(rows.map((r) => [r.title, r.minimumAvailability])).toEqual([
      ["Comedy 3", "released"],
      ["Comedy 4", "released"],
      ["Comedy 5", "released"],
      ["Heist 0", "inCinemas"],
      ["Heist 1", "inCinemas"],
      ["Heist 2", "inCinemas"],
    ]);

    await expect(library.bulkRemoveMovies(admin, { ids: [movieIds[0], "no-such-movie"] })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db().select().from(tables.movies)).toHaveLength(6);
    expect(await library.bulkRemoveMovies(admin, { filter: { q: "comedy" }, addExclusion: true })).toMatchObject({
      count: 3,
    });
    const excluded = await catalog.listImportExclusions(admin);
    expect(excluded.map((e) => e.title).sort()).toEqual(["Comedy 3", "Comedy 4", "Comedy 5"]);
    expect((await db().select().from(tables.movies)).map((r) => r.title).sort()).toEqual([
      "Heist 0",
      "Heist 1",
      "Heist 2",
    ]);
  });
});
