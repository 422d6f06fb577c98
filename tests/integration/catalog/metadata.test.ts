import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, reader, TMDB_KEY, useFakeTmdb } from "./helpers";

describe("metadata: settings, cache, errors, relay and images", () => {
  let fake: FakeTmdb;
  let metadata: typeof import("@/lib/metadata");

  beforeAll(async () => {
    fake = await useFakeTmdb({ TMDB_API_KEY: "", RELAY_TMDB_API_KEY: TMDB_KEY });
    delete process.env.TMDB_API_KEY;
    (await import("@/lib/config")).resetConfigForTests();
    metadata = await import("@/lib/metadata");
  });
  afterAll(() => fake?.stop());

  it("says where to set a source up when there is none", async () => {
    expect(await metadata.isMetadataConfigured()).toBe(false);
    await expect(metadata.searchMetadata(reader, "movie", "fight")).rejects.toThrow(/Settings → Metadata/);
  });

  it("tests a wrong key with TMDB's own message and stores keys encrypted, showing only set/not set", async () => {
    await expect(
      metadata.testMetadataSettings(admin, {
        source: "tmdb",
        apiKey: "ffffffffffffffffffffffffffffffff",
        language: "en-US",
      }),
    ).rejects.toThrow(/TMDB refused the credentials \(Invalid API key.*Settings → Metadata/);
    expect(await metadata.testMetadataSettings(admin, { source: "tmdb", apiKey: TMDB_KEY, language: "en-US" })).toEqual(
      { kind: "tmdb" },
    );
    const view = await metadata.saveMetadataSettings(admin, { source: "tmdb", apiKey: TMDB_KEY, language: "en-US" });
    expect(view).toMatchObject({ source: "tmdb", apiKeySet: true, readTokenSet: false });
    expect(JSON.stringify(view)).not.toContain(TMDB_KEY);
    const { db, tables } = await import("@/lib/db");
    const rows = await db().select().from(tables.settings);
    expect(JSON.stringify(rows)).not.toContain(TMDB_KEY);
    await expect(metadata.getMetadataSettings(reader)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("caches responses in the database and falls back to stale ones when TMDB fails", async () => {
    const first = await metadata.searchMetadata(reader, "movie", "Fight Club");
    expect(first.results[0]).toMatchObject({ tmdbId: 550, title: "Fight Club" });
    const before = fake.requests.length;
    await metadata.searchMetadata(reader, "movie", "Fight Club");
    expect(fake.requests.length).toBe(before);
    const { db, tables } = await import("@/lib/db");
    await db()
      .update(tables.metadataCache)
      .set({ expiresAt: new Date(0) });
    fake.override("search/movie", { status: 503, body: { status_message: "down" } });
    const stale = await metadata.searchMetadata(reader, "movie", "Fight Club");
    expect(stale.results[0].tmdbId).toBe(550);
    fake.clearOverrides();
  });

  it("maps 429 and unknown titles to clear errors", async () => {
    fake.override("movie/9999", { status: 429, body: {}, headers: { "retry-after": "60" } });
    await expect(metadata.withMetadata((p) => p.movie(9999))).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 60,
    });
    fake.clearOverrides();
    await expect(metadata.withMetadata((p) => p.movie(9998))).rejects.toMatchObject({ code: "not_found" });
  });

  it("serves as a relay: forwards known paths with its key, caches, and rate limits per client", async () => {
    const body = (await metadata.relayRequest(
      "tv/1399",
      new URLSearchParams({ language: "en-US", session_id: "x" }),
      "client-a",
    )) as { name: string };
    expect(body.name).toBe("Game of Thrones");
    const forwarded = fake.requests.at(-1)!;
    expect(forwarded.query.get("api_key")).toBe(TMDB_KEY);
    expect(forwarded.query.has("session_id")).toBe(false);
    await expect(metadata.relayRequest("account/1", new URLSearchParams(), "client-a")).rejects.toMatchObject({
      code: "not_found",
    });
    let limited: unknown;
    for (let i = 0; i < 60 && !limited; i++) {
      limited = await metadata.relayRequest("tv/1399", new URLSearchParams({ language: "en-US" }), "client-b").then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    expect(limited).toMatchObject({ code: "rate_limited" });
    await expect(
      metadata.relayRequest("tv/1399", new URLSearchParams({ language: "en-US" }), "client-c"),
    ).resolves.toBeTruthy();
  });

  it("uses a relay as its source when set", async () => {
    // This install relays for itself: the relay's base URL is the fake's origin minus /3, plus /api/relay/3.
    const source = await metadata.resolveMetadataSource({
      source: "relay",
      relayUrl: "https://relay.example.com/",
      language: "de-DE",
    });
    expect(source).toEqual({ kind: "relay", baseUrl: "https://relay.example.com/api/relay/3", language: "de-DE" });
  });

  it("caches images under DATA_DIR and serves them resized as WebP", async () => {
    const image = await metadata.resizedImage("/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg", 185);
    const info = await sharp(image).metadata();
    expect(info).toMatchObject({ format: "webp", width: 185 });
    const count = fake.requests.filter((r) => r.path.startsWith("/t/p/")).length;
    await metadata.resizedImage("/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg", 342);
    expect(fake.requests.filter((r) => r.path.startsWith("/t/p/")).length).toBe(count);
    await expect(metadata.resizedImage("../../etc/passwd", 185)).rejects.toMatchObject({ code: "validation_failed" });
  });
});
