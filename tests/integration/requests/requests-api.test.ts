import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeyForUsername, createUserAsOperator } from "@/lib/accounts";
import * as listRoute from "@/app/api/v1/requests/route";
import * as oneRoute from "@/app/api/v1/requests/[id]/route";
import * as approveRoute from "@/app/api/v1/requests/[id]/approve/route";
import * as declineRoute from "@/app/api/v1/requests/[id]/decline/route";
import * as decideRoute from "@/app/api/v1/requests/decide/route";
import * as problemsRoute from "@/app/api/v1/requests/problems/route";
import * as settingsRoute from "@/app/api/v1/requests/settings/route";
import * as requestableRoute from "@/app/api/v1/requests/requestable/[mediaType]/[tmdbId]/route";
import * as episodesRoute from "@/app/api/v1/requests/requestable/[mediaType]/[tmdbId]/seasons/[season]/route";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { useFakeTmdb } from "../catalog/helpers";

type Handler = (r: Request, c: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Body = Record<string, unknown> & { error?: { code: string; message: string } };

async function call(
  handler: Handler,
  method: string,
  key: string,
  options: { params?: Record<string, string>; body?: unknown; query?: string } = {},
) {
  const response = await handler(
    new Request(`http://localhost/api/v1/requests${options.query ?? ""}`, {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
  return { status: response.status, body: (await response.json()) as Body };
}

describe("REST API: /api/v1/requests", () => {
  let fake: FakeTmdb;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    fake = await useFakeTmdb();
    for (const [username, role] of [
      ["root", "admin"],
      ["ann", "requester"],
      ["bob", "requester"],
    ] as const) {
      await createUserAsOperator({ username, password: `${username} password`, role });
      keys[username] = (await createApiKeyForUsername(username, "test")).key;
    }
    keys.annRequestsOnly = (await createApiKeyForUsername("ann", "phone", { scope: "requests-only" })).key;
  });
  afterAll(() => fake?.stop());

  it("requests, lists only one's own, and hides others' requests as not found", async () => {
    const created = await call(listRoute.POST, "POST", keys.annRequestsOnly, {
      body: { mediaType: "movie", tmdbId: 550, note: "please" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Fight Club", status: "pending", mediaType: "movie" });
    // A request never carries a release, a client or a file path.
    expect(Object.keys(created.body).filter((k) => /path|release|client|indexer|file/i.test(k))).toEqual([
      "posterPath",
    ]);
    const id = created.body.id as string;
    expect((await call(listRoute.GET, "GET", keys.ann)).body.items).toHaveLength(1);
    expect((await call(listRoute.GET, "GET", keys.bob)).body.items).toEqual([]);
    expect((await call(oneRoute.GET, "GET", keys.bob, { params: { id } })).status).toBe(404);
    expect((await call(oneRoute.GET, "GET", keys.root, { params: { id } })).status).toBe(200);
  });

  it("requesters cannot decide, read problem reports or settings; admins can", async () => {
    const [request] = (await call(listRoute.GET, "GET", keys.ann)).body.items as { id: string }[];
    const params = { id: request.id };
    expect((await call(approveRoute.POST, "POST", keys.ann, { params, body: {} })).status).toBe(403);
    expect((await call(declineRoute.POST, "POST", keys.ann, { params, body: { reason: "x" } })).status).toBe(403);
    expect(
      (
        await call(decideRoute.POST, "POST", keys.bob, {
          body: { decision: "decline", ids: [request.id], reason: "x" },
        })
      ).status,
    ).toBe(403);
    expect((await call(problemsRoute.GET, "GET", keys.ann)).status).toBe(403);
    expect((await call(settingsRoute.GET, "GET", keys.ann)).status).toBe(403);

    const noReason = await call(declineRoute.POST, "POST", keys.root, { params, body: { reason: "" } });
    expect(noReason.status).toBe(400);
    const bulk = await call(decideRoute.POST, "POST", keys.root, {
      body: { decision: "decline", ids: [request.id, "no-such-request"], reason: "Not this month" },
    });
    expect(bulk.body.results).toEqual([
      { id: request.id, ok: true, message: null },
      { id: "no-such-request", ok: false, message: "No such request" },
    ]);
    const seen = await call(oneRoute.GET, "GET", keys.ann, { params });
    expect(seen.body).toMatchObject({ status: "declined", declineReason: "Not this month" });
  });

  it("answers a quota refusal with 429 quota_exceeded and the message", async () => {
    const settings = await call(settingsRoute.PUT, "PUT", keys.root, {
      body: { autoApproveRoles: [], quotaDays: 30, defaultLimits: { movies: 0, seasons: 2 }, users: {} },
    });
    expect(settings.status).toBe(200);
    const refused = await call(listRoute.POST, "POST", keys.bob, {
      body: { mediaType: "series", tmdbId: 1399, whole: true },
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: "quota_exceeded",
      message: expect.stringMatching(
        /^You can request 2 seasons every 30 days; only 2 seasons are left and this asks for \d+\.$/,
      ),
    });
    const movie = await call(listRoute.POST, "POST", keys.bob, { body: { mediaType: "movie", tmdbId: 550 } });
    expect(movie.body.error?.message).toBe("You can request 0 movies every 30 days; none are left.");
    // ann asked for a movie already: a limit of 0 still promises no date when more could be asked.
    const again = await call(listRoute.POST, "POST", keys.ann, { body: { mediaType: "movie", tmdbId: 550 } });
    expect(again.body.error?.message).toBe("You can request 0 movies every 30 days; none are left.");
  });

  it("offers a series' seasons and a season's episodes to the request form", async () => {
    const series = await call(requestableRoute.GET, "GET", keys.bob, {
      params: { mediaType: "series", tmdbId: "1399" },
    });
    expect(series.body).toMatchObject({ title: "Game of Thrones" });
    expect((series.body.seasons as { seasonNumber: number }[]).map((s) => s.seasonNumber)).toContain(1);
    const episodes = await call(episodesRoute.GET, "GET", keys.bob, {
      params: { mediaType: "series", tmdbId: "1399", season: "1" },
    });
    expect((episodes.body.items as unknown[]).length).toBe(10);
    const asked = await call(listRoute.POST, "POST", keys.bob, {
      body: {
        mediaType: "series",
        tmdbId: 1399,
        episodes: [
          { season: 1, episode: 1 },
          { season: 1, episode: 2 },
        ],
      },
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      episodes: [
        { season: 1, episode: 1 },
        { season: 1, episode: 2 },
      ],
      status: "pending",
    });
    const withdrawn = await call(oneRoute.DELETE, "DELETE", keys.bob, { params: { id: asked.body.id as string } });
    expect(withdrawn.body).toEqual({ deleted: true });
  });
});
