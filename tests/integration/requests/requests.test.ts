import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstAdmin, createUser, type Actor, type Role } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { makeTinyMedia } from "../../helpers/tiny-media";
import { useFakeTmdb } from "../catalog/helpers";

type Requests = typeof import("@/lib/requests");

const asActor = (u: { id: string; username: string }, role: Role): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role,
  via: "session",
});

/** request.* events published after `afterId`, as { type, payload }. */
async function requestEvents(afterId: number) {
  const rows = await db()
    .select()
    .from(tables.events)
    .where(gt(tables.events.id, afterId))
    .orderBy(asc(tables.events.id));
  return rows.filter((r) => r.type.startsWith("request.")).map((r) => ({ type: r.type, payload: r.payload }));
}
async function lastEventId(): Promise<number> {
  const rows = await db().select({ id: tables.events.id }).from(tables.events);
  return rows.reduce((max, r) => Math.max(max, r.id), 0);
}

describe("requests: ask, join, approve, decline, quotas, availability from the library", () => {
  let fake: FakeTmdb;
  let requests: Requests;
  let admin: Actor, ann: Actor, bob: Actor, carl: Actor, uma: Actor;
  let ids: Record<string, string>;
  let base = "";
  let movieLibraryId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    base = mkdtempSync(path.join(tmpdir(), "mydia-requests-"));
    mkdirSync(path.join(base, "movies"));
    mkdirSync(path.join(base, "tv"));
    mkdirSync(path.join(base, "downloads"));
    process.env.LIBRARY_ALLOWED_ROOTS = base;
    (await import("@/lib/config")).resetConfigForTests();
    requests = await import("@/lib/requests");
    const root = await createFirstAdmin({ username: "root", password: "root password!" });
    admin = asActor(root, "admin");
    const made = {
      ann: await createUser(admin, { username: "ann", password: "ann password", role: "requester" }),
      bob: await createUser(admin, { username: "bob", password: "bob password", role: "requester" }),
      carl: await createUser(admin, { username: "carl", password: "carl password", role: "requester" }),
      uma: await createUser(admin, { username: "uma", password: "uma password", role: "user" }),
    };
    ids = { root: root.id, ann: made.ann.id, bob: made.bob.id, carl: made.carl.id, uma: made.uma.id };
    [ann, bob, carl, uma] = [
      asActor(made.ann, "requester"),
      asActor(made.bob, "requester"),
      asActor(made.carl, "requester"),
      asActor(made.uma, "user"),
    ];
    const library = await import("@/lib/library");
    movieLibraryId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: `${base}/movies` })).id;
    await library.createLibrary(admin, { name: "TV", kind: "tv", path: `${base}/tv` });
  });
  afterAll(() => fake?.stop());

  it("a requester asks for a movie; a second requester joins the same request; both are told", async () => {
    const before = await lastEventId();
    const first = await requests.createRequest(ann, { mediaType: "movie", tmdbId: 550, note: "for Friday" });
    expect(first).toMatchObject({ title: "Fight Club", year: 1999, status: "pending", href: null, mediaType: "movie" });
    const joined = await requests.createRequest(bob, { mediaType: "movie", tmdbId: 550 });
    expect(joined.id).toBe(first.id);
    expect(joined.requesters.map((r) => [r.username, r.note])).toEqual([
      ["ann", "for Friday"],
      ["bob", null],
    ]);
    expect(await requestEvents(before)).toEqual([
      { type: "request.created", payload: { requestId: first.id, title: "Fight Club", audience: [ids.ann] } },
      {
        type: "request.updated",
        payload: {
          requestId: first.id,
          title: "Fight Club",
          status: "pending",
          audience: [ids.ann, ids.bob],
          progress: null,
        },
      },
    ]);
  });

  it("a requester sees only their own and joined requests, and cannot approve", async () => {
    const [mine] = await requests.listRequests(ann);
    expect((await requests.listRequests(bob)).map((r) => r.id)).toEqual([mine.id]);
    expect(await requests.listRequests(carl)).toEqual([]);
    await expect(requests.getRequest(carl, mine.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(requests.approveRequest(ann, mine.id, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(requests.declineRequest(carl, mine.id, { reason: "no" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(requests.listProblems(ann)).rejects.toMatchObject({ code: "forbidden" });
    expect((await requests.listRequests(admin)).map((r) => r.id)).toEqual([mine.id]);
  });

  it("declining needs a reason, which the requesters read", async () => {
    const [request] = await requests.listRequests(admin);
    await expect(requests.declineRequest(admin, request.id, { reason: " " })).rejects.toMatchObject({
      code: "validation_failed",
    });
    const before = await lastEventId();
    const declined = await requests.declineRequest(admin, request.id, { reason: "We own the Blu-ray" });
    expect(declined).toMatchObject({ status: "declined", declineReason: "We own the Blu-ray" });
    expect((await requests.getRequest(ann, request.id)).declineReason).toBe("We own the Blu-ray");
    expect(await requestEvents(before)).toEqual([
      {
        type: "request.updated",
        payload: {
          requestId: request.id,
          title: "Fight Club",
          status: "declined",
          reason: "We own the Blu-ray",
          audience: [ids.ann, ids.bob],
          progress: null,
        },
      },
    ]);
  });

  it("approving a series' season adds it to the catalog monitoring only that season, and starts its search", async () => {
    const asked = await requests.createRequest(ann, { mediaType: "series", tmdbId: 1399, seasons: [1] });
    expect(asked).toMatchObject({ title: "Game of Thrones", status: "pending", seasons: [1], whole: false });
    const before = await lastEventId();
    const approved = await requests.approveRequest(admin, asked.id, { qualityProfileId: "any" });
    expect(approved.status).toBe("searching");
    expect(approved.href).toMatch(/^\/tv\//);
    expect(approved.wantedCount).toBe(10);
    expect(approved.availableCount).toBe(0);
    expect((await requestEvents(before)).map((e) => e.payload.status)).toEqual(["approved", "searching"]);

    const catalog = await import("@/lib/catalog");
    const seriesId = approved.href!.split("/").pop()!;
    const detail = await catalog.getSeriesDetail(admin, seriesId);
    const monitoredSeasons = detail.seasons.filter((s) => s.monitored).map((s) => s.seasonNumber);
    expect(monitoredSeasons).toEqual([1]);
    const episodes = detail.seasons.flatMap((s) => s.episodes);
    expect(episodes.filter((e) => e.monitored).every((e) => e.seasonNumber === 1)).toBe(true);
    const { pendingJobFor } = await import("@/lib/jobs");
    const s1 = episodes.filter((e) => e.seasonNumber === 1).map((e) => e.id);
    expect(await pendingJobFor("automation.search", { episodeIds: s1, trigger: "user" })).not.toBeNull();
  });

  it("quotas are enforced on the server with a clear message; managers are exempt", async () => {
    await requests.updateRequestSettings(admin, {
      autoApproveRoles: ["admin", "user"],
      quotaDays: 7,
      defaultLimits: { movies: null, seasons: 1 },
      users: { [ids.carl]: { autoApprove: null, limits: { movies: 0, seasons: 1 } } },
    });
    await expect(requests.createRequest(carl, { mediaType: "movie", tmdbId: 550 })).rejects.toMatchObject({
      code: "quota_exceeded",
      message: "You can request 0 movies every 7 days; none are left.",
    });
    await expect(
      requests.createRequest(carl, { mediaType: "series", tmdbId: 1399, seasons: [2, 3] }),
    ).rejects.toMatchObject({
      code: "quota_exceeded",
      message: "You can request 1 season every 7 days; only 1 season is left and this asks for 2.",
    });
    expect(await requests.listRequests(carl)).toEqual([]);
    const bumped = await requests.createRequest(carl, { mediaType: "series", tmdbId: 1399, seasons: [2] });
    expect(bumped.seasons).toEqual([1, 2]);
    // The season added to a decided request goes back to the approvers.
    expect(bumped.status).toBe("pending");
    await expect(
      requests.createRequest(carl, { mediaType: "series", tmdbId: 1399, episodes: [{ season: 3, episode: 1 }] }),
    ).rejects.toThrow(/none are left\. More from \d{4}-\d{2}-\d{2}\./);
    // A user (who can add titles anyway) has no quota.
    await requests.createRequest(uma, { mediaType: "series", tmdbId: 1399, seasons: [4, 5] });
  });

  it("auto-approves per role (users) and per user, and keeps requesters' requests pending otherwise", async () => {
    const [got] = (await requests.listRequests(admin)).filter((r) => r.tmdbId === 1399);
    // uma's request was made as a user: approved on the spot (S1, S2, S4 and S5 are now in its scope).
    expect(got.status).toBe("searching");
    expect(got.seasons).toEqual([1, 2, 4, 5]);
    await requests.updateRequestSettings(admin, {
      autoApproveRoles: [],
      quotaDays: 7,
      defaultLimits: { movies: null, seasons: null },
      users: { [ids.bob]: { autoApprove: true, limits: null } },
    });
    // Fight Club was declined: asking again reopens it, and bob's own setting approves it.
    const again = await requests.createRequest(bob, { mediaType: "movie", tmdbId: 550 });
    expect(again).toMatchObject({ status: "searching", declineReason: null });
    const { pendingJobFor } = await import("@/lib/jobs");
    const movieId = again.href!.split("/").pop()!;
    expect(await pendingJobFor("automation.search", { movieId, trigger: "user" })).not.toBeNull();
  });

  it("turns available when the library imports the file, and says so to the requesters", async () => {
    const [movie] = (await requests.listRequests(admin)).filter((r) => r.tmdbId === 550);
    const movieId = movie.href!.split("/").pop()!;
    const media = makeTinyMedia(path.join(base, "media"));
    const source = path.join(base, "downloads", "Fight.Club.1999.1080p.BluRay.x264-GRP.mkv");
    copyFileSync(media.h264, source);
    const library = await import("@/lib/library");
    await library.importFile({
      libraryId: movieLibraryId,
      source,
      target: { movieId },
      sourceRoots: [path.join(base, "downloads")],
    });

    // Read straight from the library, even before the worker announced it.
    expect((await requests.getRequest(bob, movie.id)).status).toBe("available");
    const before = await lastEventId();
    expect(await requests.syncRequests()).toMatchObject({ changed: 1 });
    expect(await requestEvents(before)).toEqual([
      {
        type: "request.updated",
        payload: {
          requestId: movie.id,
          title: "Fight Club",
          status: "available",
          audience: [ids.ann, ids.bob],
          progress: null,
        },
      },
    ]);
    expect(await requests.syncRequests()).toMatchObject({ changed: 0 });
    // Asking for it again: nothing is missing.
    await expect(requests.createRequest(carl, { mediaType: "movie", tmdbId: 550 })).rejects.toMatchObject({
      code: "conflict",
      message: "Fight Club is already in the library: nothing to request",
    });
  });

  it("a requester reports a problem on an available title; an admin closes it", async () => {
    const [movie] = (await requests.listRequests(bob)).filter((r) => r.tmdbId === 550);
    await expect(requests.reportProblem(carl, movie.id, { kind: "bad-quality" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(requests.reportProblem(bob, movie.id, { kind: "other" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    const problem = await requests.reportProblem(bob, movie.id, { kind: "wrong-language", text: "German audio" });
    expect(problem).toMatchObject({ kind: "wrong-language", text: "German audio", username: "bob", resolvedAt: null });
    expect((await requests.getRequest(bob, movie.id)).openProblems).toBe(1);
    expect((await requests.listProblems(admin)).map((p) => p.id)).toEqual([problem.id]);
    const closed = await requests.resolveProblem(admin, problem.id, { note: "Kept: it is the original" });
    expect(closed.resolution).toBe("Kept: it is the original");
    expect(await requests.listProblems(admin)).toEqual([]);
  });

  it("a series request with part of it in the library asks only for what is missing", async () => {
    const [got] = (await requests.listRequests(admin)).filter((r) => r.tmdbId === 1399);
    expect(got).toMatchObject({ wantedCount: 10, availableCount: 0 });
    const seriesId = got.href!.split("/").pop()!;
    const catalog = await import("@/lib/catalog");
    const e1 = (await catalog.listEpisodes(admin, seriesId)).find(
      (e) => e.seasonNumber === 1 && e.episodeNumber === 1,
    )!;
    const library = await import("@/lib/library");
    const tvLibrary = (await library.listLibraries(admin)).find((l) => l.kind === "tv")!;
    const source = path.join(base, "downloads", "Game.of.Thrones.S01E01.1080p.BluRay.x264-GRP.mkv");
    copyFileSync(path.join(base, "media", "Tiny.Movie.2010.1080p.BluRay.x264-GRP.mkv"), source);
    await library.importFile({
      libraryId: tvLibrary.id,
      source,
      target: { seriesId, episodeIds: [e1.id] },
      sourceRoots: [path.join(base, "downloads")],
    });
    const partial = await requests.getRequest(ann, got.id);
    expect(partial).toMatchObject({ status: "searching", wantedCount: 10, availableCount: 1 });
    // Episode 1 alone is there: asking for it is refused, asking for episode 2 is not.
    await expect(
      requests.createRequest(carl, { mediaType: "series", tmdbId: 1399, episodes: [{ season: 1, episode: 1 }] }),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});
