import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as blocklistRoute from "@/app/api/v1/blocklist/route";
import * as blocklistItemRoute from "@/app/api/v1/blocklist/[id]/route";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/** POST /api/v1/blocklist: blocklisting a release by hand, validated, deduplicated, and honoured by grab. */
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
let key = "";
let readerKey = "";
let base = "";
let fake: FakeTmdb;
let movieId = "";

async function call(handler: Handler, method: string, body?: unknown, params: Record<string, string> = {}, as = key) {
  const response = await handler(
    new Request("http://localhost/api/v1/blocklist", {
      method,
      headers: { "x-api-key": as, "content-type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  const user = await createUserAsOperator({ username: "blocker", password: "correct horse battery", role: "user" });
  const viewer = await createUserAsOperator({
    username: "viewer",
    password: "correct horse battery",
    role: "readonly",
  });
  key = (await createApiKeyForUser(user.id, "tests")).key;
  readerKey = (await createApiKeyForUser(viewer.id, "tests")).key;
  base = await useAllowedRoot("blocklist");
  mkdirSync(path.join(base, "movies"));
  fake = await useFakeTmdb();
  const library = await import("@/lib/library");
  await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") });
  const catalog = await import("@/lib/catalog");
  movieId = (await catalog.addMovie(admin, { tmdbId: 550 }, library.resolveLibrary)).id;
});
afterAll(async () => {
  await fake?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe("REST API v1: blocklist a release by hand", () => {
  const hash = "ABCDEF0123456789ABCDEF0123456789ABCDEF01";

  it("adds an entry, refuses a duplicate and bad input, and grab then refuses the release", async () => {
    const added = await call(blocklistRoute.POST, "POST", {
      title: "Fight.Club.1999.1080p.CAM-BAD",
      protocol: "torrent",
      infoHash: hash,
      movieId,
      reason: "Fake release",
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: expect.any(String),
      title: "Fight.Club.1999.1080p.CAM-BAD",
      infoHash: hash.toLowerCase(),
      movieId,
      reason: "Fake release",
      expiresAt: null,
    });

    const again = await call(blocklistRoute.POST, "POST", {
      title: "Another name",
      protocol: "torrent",
      infoHash: hash,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: "conflict", details: { blocklistId: added.body.id } } });

    for (const [body, field] of [
      [{ title: "", protocol: "torrent" }, "title"],
      [{ title: "x", protocol: "ftp" }, "protocol"],
      [{ title: "x", protocol: "usenet", infoHash: hash }, "infoHash"],
      [{ title: "x", protocol: "torrent", infoHash: "not-a-hash" }, "infoHash"],
      [{ title: "x", protocol: "torrent", expiresAt: "2001-01-01T00:00:00Z" }, "expiresAt"],
      [{ title: "x", protocol: "torrent", movieId, seriesId: "s" }, "seriesId"],
      [{ title: "x", protocol: "torrent", extra: 1 }, "form"],
    ] as const) {
      const bad = await call(blocklistRoute.POST, "POST", body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys((bad.body.error as { details: { fields: object } }).details.fields)).toContain(field);
    }
    expect((await call(blocklistRoute.POST, "POST", { title: "x", protocol: "torrent", movieId: "nope" })).status).toBe(
      404,
    );
    expect((await call(blocklistRoute.POST, "POST", { title: "x", protocol: "torrent" }, {}, readerKey)).status).toBe(
      403,
    );

    const downloads = await import("@/lib/downloads");
    const release = {
      guid: "g1",
      title: "Fight.Club.1999.REPACK",
      indexerId: "some-indexer",
      protocol: "torrent" as const,
      downloadUrl: null,
      magnetUrl: `magnet:?xt=urn:btih:${hash}`,
      infoHash: hash,
    };
    await expect(downloads.grabRelease(admin, release, { movieId })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("blocklisted: Fake release"),
    });

    // A title blocklisted without an indexer is blocked on every indexer.
    await call(blocklistRoute.POST, "POST", { title: "Fight.Club.1999.TS", protocol: "torrent" });
    await expect(
      downloads.grabRelease(admin, { ...release, title: "Fight.Club.1999.TS", infoHash: null }, { movieId }),
    ).rejects.toMatchObject({ code: "conflict" });

    const list = await call(blocklistRoute.GET, "GET", undefined, {}, readerKey);
    expect((list.body.items as { title: string }[]).map((i) => i.title).sort()).toEqual([
      "Fight.Club.1999.1080p.CAM-BAD",
      "Fight.Club.1999.TS",
    ]);
    const removed = await call(blocklistItemRoute.DELETE, "DELETE", undefined, { id: added.body.id as string });
    expect(removed).toEqual({ status: 200, body: { deleted: true } });
    expect(((await call(blocklistRoute.GET, "GET")).body.items as unknown[]).length).toBe(1);
  });
});
