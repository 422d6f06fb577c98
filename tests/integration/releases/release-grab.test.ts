import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as grabRoute from "@/app/api/v1/releases/grab/route";
import * as releasesRoute from "@/app/api/v1/releases/route";
import * as streamRoute from "@/app/api/v1/releases/stream/route";
import type { InteractiveRelease, InteractiveSearchEvent } from "@/lib/automation";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { startReleaseIndexer, type ReleaseIndexer } from "@/tests/helpers/release-indexer";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * Releases reach users as opaque ids, never as links: a grab names a search result the server
 * cached, so a user cannot make the server fetch an address of their choosing (SSRF), indexer API
 * keys never reach a user's browser, and a release already queued or imported is not grabbed twice.
 * Real Transmission, a local Torznab indexer, a local listener that records every request.
 */
const API_KEY = "sekrit-indexer-key-0123456789";

let transmission: StartedDaemon;
let fake: FakeTmdb;
let indexer: ReleaseIndexer;
let listener: Server;
const hits: IncomingMessage["url"][] = [];
let listenerPort = 0;
let endlessClosed = false;
let base = "";
let movieId = "";
let indexerId = "";
let userKey = "";
let adminKey = "";
let downloads: typeof import("@/lib/downloads");

function torrentOf(name: string): { data: Buffer; infoHash: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-release-"));
  const file = path.join(scratch, `${name}.mkv`);
  writeFileSync(file, randomBytes(50_000));
  const torrent = makeTorrent(file);
  rmSync(scratch, { recursive: true, force: true });
  return torrent;
}

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: Handler, method: string, url: string, key: string, body?: unknown) =>
  handler(
    new Request(`http://localhost${url}`, {
      method,
      headers: { "x-api-key": key, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve({}) },
  );

async function search(q: string, key = userKey): Promise<{ text: string; releases: InteractiveRelease[] }> {
  const response = await call(releasesRoute.GET, "GET", `/api/v1/releases?q=${encodeURIComponent(q)}`, key);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, releases: (JSON.parse(text) as { releases: InteractiveRelease[] }).releases };
}

// The test releases are a few hundred KB, which the size rule rejects: grabs confirm it as the UI's dialog does.
const grab = async (body: Record<string, unknown>, key = userKey) => {
  const confirmed = "releaseId" in body ? { ...body, overrideRejection: true } : body;
  const response = await call(grabRoute.POST, "POST", "/api/v1/releases/grab", key, confirmed);
  return {
    status: response.status,
    body: (await response.json()) as { error?: { message: string } } & Record<string, unknown>,
  };
};

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("release-grab", [transmission.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  const { createIndexer } = await import("@/lib/indexers");
  mkdirSync(path.join(base, "movies"));
  const libraryId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId }, library.resolveLibrary)).id;
  indexer = await startReleaseIndexer("torrent", API_KEY);
  indexerId = (
    await createIndexer(admin, {
      kind: "torznab",
      name: "Local Torznab",
      baseUrl: indexer.url,
      apiKey: API_KEY,
      timeoutMs: 5000,
    })
  ).id;
  await downloads.createDownloadClientRecord(admin, clientRecordOf(transmission));
  const u = await createUserAsOperator({ username: "grab-user", password: "correct horse battery", role: "user" });
  const a = await createUserAsOperator({ username: "grab-admin", password: "correct horse battery", role: "admin" });
  userKey = (await createApiKeyForUser(u.id, "tests")).key;
  adminKey = (await createApiKeyForUser(a.id, "tests")).key;
  listener = createServer((req, res) => {
    hits.push(req.url);
    if (req.url === "/endless.torrent") {
      // No content-length, and never ends: only a limit applied while reading stops it.
      res.writeHead(200, { "content-type": "application/x-bittorrent" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      res.on("close", () => (endlessClosed = true));
      return pump();
    }
    res.writeHead(200, { "content-type": "application/x-bittorrent" }).end(torrentOf("Listener.Payload").data);
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerPort = (listener.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await new Promise((resolve) => listener?.close(resolve));
  await indexer?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("a user cannot make the server fetch an address (SSRF)", () => {
  it("refuses a hand-made release pointing at another local port, fetches nothing and says nothing of it", async () => {
    const target = `http://127.0.0.1:${listenerPort}/probe.torrent`;
    const attempts = [
      {
        release: {
          guid: "made-up",
          title: "Fight.Club.1999.1080p.BluRay.x264-SSRF",
          indexerId,
          indexerName: "Local Torznab",
          protocol: "torrent",
          downloadUrl: target,
          magnetUrl: null,
        },
        movieId,
      },
      { releaseId: "not-a-search-result", movieId },
      { downloadUrl: target, title: "Fight.Club.1999.1080p.BluRay.x264-SSRF", movieId },
    ];
    const answers = [];
    for (const body of attempts) answers.push(await grab(body));
    expect(answers.map((a) => a.status)).toEqual([400, 404, 403]);
    expect(hits).toEqual([]);
    for (const { body } of answers) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(String(listenerPort));
      expect(text).not.toMatch(/refused|HTTP \d{3}|ECONN/i);
    }
    expect(answers[1].body.error?.message).toMatch(/search again/);
  });

  it("an admin may still grab a bare link (the server fetches it because an admin said so)", async () => {
    const answer = await grab(
      {
        downloadUrl: `http://127.0.0.1:${listenerPort}/admin.torrent`,
        title: "Fight.Club.1999.DVDRip.x264-ADMIN",
        movieId,
      },
      adminKey,
    );
    expect(answer.status).toBe(201);
    expect(hits).toContain("/admin.torrent");
    await downloads.removeFromQueue(admin, String(answer.body.downloadId), { removeFromClient: true });
  });
});

describe("the payload limit", () => {
  it("stops reading an endless answer at the limit instead of holding it all", async () => {
    const started = Date.now();
    const answer = await grab(
      { downloadUrl: `http://127.0.0.1:${listenerPort}/endless.torrent`, title: "Endless.2020.1080p-BIG", movieId },
      adminKey,
    );
    expect(answer.status).toBe(502);
    expect(answer.body.error?.message).toMatch(/larger than 20 MB/);
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect.poll(() => endlessClosed).toBe(true);
  });
});

describe("indexer secrets never reach a user", () => {
  it("lists releases with an id and no link or API key, and grabs one by its id", async () => {
    const title = "Fight.Club.1999.1080p.BluRay.x264-REF";
    const torrent = torrentOf(title);
    indexer.add({ title, file: torrent.data });
    const { text, releases } = await search("Fight Club REF");
    expect(text).not.toContain(API_KEY);
    const release = releases.find((r) => r.title === title)!;
    expect(release).toMatchObject({ indexerId, indexerName: "Local Torznab", state: null, magnetOnly: false });
    expect(release.id).toMatch(/^[\w-]{20,}$/);
    expect(release).not.toHaveProperty("downloadUrl");
    expect(release).not.toHaveProperty("magnetUrl");

    const before = indexer.downloads();
    const answer = await grab({ releaseId: release.id, movieId });
    expect(answer.status).toBe(201);
    expect(indexer.downloads()).toBe(before + 1);
    const row = (await downloads.listQueue(admin)).find((q) => q.id === answer.body.downloadId);
    expect(row).toMatchObject({ indexerName: "Local Torznab", title });
  });

  it("streams releases and decisions without the API key; decisions name the release by its id", async () => {
    const title = "Fight.Club.1999.720p.BluRay.x264-STREAM";
    indexer.add({ title, file: torrentOf(title).data });
    const response = await call(streamRoute.GET, "GET", `/api/v1/releases/stream?movieId=${movieId}`, userKey);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const text = await response.text();
    expect(text).not.toContain(API_KEY);
    const events = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as InteractiveSearchEvent);
    expect(events.map((e) => e.type)).toEqual(["started", "results", "decisions", "done"]);
    const results = events.flatMap((e) => (e.type === "results" ? e.releases : []));
    const decisions = events.flatMap((e) => (e.type === "decisions" ? e.decisions : []));
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(decisions.map((d) => d.releaseId))).toEqual(new Set(results.map((r) => r.id)));
    for (const release of results) expect(release).not.toHaveProperty("downloadUrl");
  });

  it("masks the indexer's key wherever else an indexer puts it (guid, details link)", async () => {
    const { collectSearch, rememberReleases } = await import("@/lib/indexers");
    indexer.add({ title: "Fight.Club.1999.576p.BluRay.x264-MASK", file: torrentOf("Fight.Club.1999.576p.MASK").data });
    const found = await collectSearch(
      admin,
      { type: "search", q: "Fight Club MASK" },
      { mode: "interactive", indexerIds: [indexerId] },
    );
    const leaky = {
      ...found.releases[0],
      guid: `${indexer.url}/dl/1?apikey=${API_KEY}`,
      infoUrl: `${indexer.url}/details?apikey=${API_KEY}`,
    };
    const [shown] = await rememberReleases([leaky]);
    expect(JSON.stringify(shown)).not.toContain(API_KEY);
    expect(shown.guid).toBe(`${indexer.url}/dl/1?apikey=********`);
  });

  it("answers a stream for a missing movie with an error status, not a broken stream", async () => {
    const response = await call(streamRoute.GET, "GET", "/api/v1/releases/stream?movieId=nope", userKey);
    expect(response.status).toBe(404);
  });
});

describe("the same release is not grabbed twice", () => {
  it("refuses a second grab of a queued release (same guid, or same info hash under another listing) with 409", async () => {
    const title = "Fight.Club.1999.2160p.UHD.BluRay.x265-TWICE";
    const torrent = torrentOf(title);
    indexer.add({ title, file: torrent.data });
    const first = (await search("Fight Club TWICE")).releases.find((r) => r.title === title)!;
    expect((await grab({ releaseId: first.id, movieId })).status).toBe(201);

    // The same listing again, from a fresh search: shown as queued, refused by guid before any fetch.
    const fetched = indexer.downloads();
    const again = (await search("Fight Club TWICE")).releases.find((r) => r.title === title)!;
    expect(again.state).toBe("queued");
    const second = await grab({ releaseId: again.id, movieId });
    expect(second.status).toBe(409);
    expect(second.body.error?.message).toBe(`"${title}" is already in the queue`);
    expect(indexer.downloads()).toBe(fetched);

    // The same torrent listed under another title and guid: refused by its info hash.
    const repost = "Fight.Club.1999.2160p.UHD.BluRay.x265-TWICE.REPOST";
    indexer.add({ title: repost, file: torrent.data });
    const other = (await search("Fight Club TWICE REPOST")).releases.find((r) => r.title === repost)!;
    const third = await grab({ releaseId: other.id, movieId });
    expect(third.status).toBe(409);
    expect(third.body.error?.message).toMatch(/already in the queue/);
    expect((await downloads.listQueue(admin)).filter((q) => q.title.includes("TWICE"))).toHaveLength(1);
  });

  it("lets only one of two simultaneous grabs of the same release through", async () => {
    const title = "Fight.Club.1999.1080p.BluRay.DTS.x264-RACE";
    indexer.add({ title, file: torrentOf(title).data });
    const found = (await search("Fight Club RACE")).releases.find((r) => r.title === title)!;
    const answers = await Promise.all([grab({ releaseId: found.id, movieId }), grab({ releaseId: found.id, movieId })]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body.error?.message).toMatch(/is being grabbed right now|is already in the queue/);
    expect((await downloads.listQueue(admin)).filter((q) => q.title === title)).toHaveLength(1);
  });

  it("shows grabbed-before and blocklisted releases, and lets a removed one be grabbed again", async () => {
    const title = "Fight.Club.1999.1080p.WEB-DL.x264-AGAIN";
    indexer.add({ title, file: torrentOf(title).data });
    const find = async () => (await search("Fight Club AGAIN")).releases.find((r) => r.title === title)!;
    const first = await grab({ releaseId: (await find()).id, movieId });
    await downloads.removeFromQueue(admin, String(first.body.downloadId), { removeFromClient: true });
    const removed = await find();
    expect(removed.state).toBe("grabbed");
    const second = await grab({ releaseId: removed.id, movieId });
    expect(second.status).toBe(201);
    await downloads.removeFromQueue(admin, String(second.body.downloadId), {
      removeFromClient: true,
      blocklist: true,
    });
    const blocked = await find();
    expect(blocked.state).toBe("blocklisted");
    expect((await grab({ releaseId: blocked.id, movieId })).status).toBe(409);
  });
});
