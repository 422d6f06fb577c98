import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, TMDB_KEY, useFakeTmdb } from "./helpers";

const dialect = process.env.MYDIA_TEST_DIALECT ?? "sqlite";

describe(`metadata relay address: http(s) only, and Test answers only from the address itself (${dialect})`, () => {
  let fake: FakeTmdb;
  let metadata: typeof import("@/lib/metadata");

  beforeAll(async () => {
    fake = await useFakeTmdb({ TMDB_API_KEY: "" });
    delete process.env.TMDB_API_KEY;
    (await import("@/lib/config")).resetConfigForTests();
    metadata = await import("@/lib/metadata");
    // A working TMDB first: its genre list is now in the cache.
    expect(await metadata.testMetadataSettings(admin, { source: "tmdb", apiKey: TMDB_KEY, language: "en-US" })).toEqual(
      {
        kind: "tmdb",
      },
    );
  });
  afterAll(() => fake?.stop());

  it.each(["file:///etc/passwd", "javascript:alert(1)", "ftp://relay.example.com/", "data:text/plain,hi"])(
    "refuses %s in Test and in Save",
    async (relayUrl) => {
      const draft = { source: "relay" as const, relayUrl, language: "en-US" };
      await expect(metadata.testMetadataSettings(admin, draft)).rejects.toMatchObject({ code: "validation_failed" });
      await expect(metadata.saveMetadataSettings(admin, draft)).rejects.toMatchObject({ code: "validation_failed" });
    },
  );

  it("fails the Test of a relay that does not answer, even with TMDB answers in the cache", async () => {
    await expect(
      metadata.testMetadataSettings(admin, { source: "relay", relayUrl: "http://127.0.0.1:9", language: "en-US" }),
    ).rejects.toThrow();
  });

  it("treats a non-http relay address saved by an older version as not configured", async () => {
    const { db, tables } = await import("@/lib/db");
    const value = { source: "relay", relayUrl: "file:///etc", language: "en-US", apiKey: null, readToken: null };
    await db()
      .insert(tables.settings)
      .values({ key: "metadata", value, updatedAt: new Date() })
      .onConflictDoUpdate({ target: tables.settings.key, set: { value } });
    expect(await metadata.resolveMetadataSource()).toEqual({ kind: "none", language: "en-US" });
  });
});
