import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, TMDB_KEY, useFakeTmdb } from "./helpers";

/** Tests and refreshes must reach the provider: with TMDB down they say so, and nothing stored changes. */
describe("metadata: Test and Refresh with the provider down", () => {
  let fake: FakeTmdb;
  let catalog: typeof import("@/lib/catalog");
  let metadata: typeof import("@/lib/metadata");
  let movieId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    catalog = await import("@/lib/catalog");
    metadata = await import("@/lib/metadata");
    const root = mkdtempSync(path.join(tmpdir(), "mydia-metadata-down-"));
    mkdirSync(path.join(root, "movies"));
    process.env.LIBRARY_ALLOWED_ROOTS = root;
    (await import("@/lib/config")).resetConfigForTests();
    const library = await import("@/lib/library");
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(root, "movies") });
    movieId = (await catalog.addMovie(admin, { tmdbId: 550, monitored: false }, library.resolveLibrary)).id;
    // Everything Test and Refresh ask for is now in the cache, fresh.
    await metadata.testMetadataSettings(admin, { source: "tmdb", apiKey: TMDB_KEY, language: "en-US" });
    await catalog.requestRefresh(admin, "movie", movieId);
    await fake.stop();
  });
  afterAll(() => fake?.stop());

  const storedMovie = async () => {
    const { db, tables } = await import("@/lib/db");
    const [row] = await db().select().from(tables.movies).where(eq(tables.movies.id, movieId));
    return row;
  };

  it("Test fails with a clear message instead of answering from the cache", async () => {
    await expect(
      metadata.testMetadataSettings(admin, { source: "tmdb", apiKey: TMDB_KEY, language: "en-US" }),
    ).rejects.toThrow(/^TMDB could not be reached/);
  });

  it("Refresh says it could not reach TMDB and keeps the stored details", async () => {
    const before = await storedMovie();
    await expect(catalog.requestRefresh(admin, "movie", movieId)).rejects.toThrow(
      /TMDB could not be reached.*The stored details are kept as they were\./,
    );
    const after = await storedMovie();
    expect(after.title).toBe("Fight Club");
    expect(after.refreshedAt?.getTime()).toBe(before.refreshedAt?.getTime());
  });

  it("the scheduled refresh fails its run with the reason rather than reporting success", async () => {
    const { db, tables } = await import("@/lib/db");
    await db()
      .update(tables.movies)
      .set({ refreshedAt: new Date(0) })
      .where(eq(tables.movies.id, movieId));
    await expect(catalog.metadataRefreshHandler({ data: {}, signal: new AbortController().signal })).rejects.toThrow(
      /TMDB could not be reached.*the others keep their stored details/,
    );
    expect((await storedMovie()).title).toBe("Fight Club");
  });
});
