import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDownloadClient } from "@/lib/downloads/clients/registry";
import { DownloadClientError } from "@/lib/downloads/clients/errors";
import {
  isFinished,
  type DownloadClient,
  type DownloadClientConnection,
  type DownloadClientKind,
  type DownloadItem,
} from "@/lib/downloads/clients/types";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import { startGarbageServer, startSilentServer, type BadServer } from "@/tests/helpers/daemons/bad-servers";
import {
  startFakeNntp,
  startNzbget,
  startQbittorrent,
  startSabnzbd,
  startTransmission,
  type FakeNntp,
  type StartedDaemon,
} from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import { freePort, tempDir, removeDir } from "@/tests/helpers/daemons/process";

/**
 * One contract for every download client, run against the real daemons (never skipped): each
 * adapter must pass the same assertions. Daemons are started per test file on free ports.
 */
const CATEGORY = "mydia-movies";
const kinds: DownloadClientKind[] = ["qbittorrent", "transmission", "sabnzbd", "nzbget"];

let nntp: FakeNntp;
let nntpDir: string;
const daemons = new Map<DownloadClientKind, StartedDaemon>();
const bad: BadServer[] = [];
let garbageHtml: BadServer;
let garbageJson: BadServer;
let silent: BadServer;
const USENET_FILE = "Some.Movie.2011.1080p.BluRay.x264-GRP.mkv";
let usenetBytes: Buffer;

beforeAll(async () => {
  nntpDir = tempDir("nntp-data");
  usenetBytes = randomBytes(400_000);
  writeFileSync(path.join(nntpDir, USENET_FILE), usenetBytes);
  nntp = await startFakeNntp([path.join(nntpDir, USENET_FILE)]);
  const started = await Promise.all([
    startQbittorrent(),
    startTransmission(),
    startSabnzbd(nntp.port),
    startNzbget(nntp.port),
  ]);
  for (const d of started) daemons.set(d.kind, d);
  garbageHtml = await startGarbageServer("<html><body><h1>It works!</h1></body></html>");
  garbageJson = await startGarbageServer(
    JSON.stringify({ hello: "world", result: { nope: true } }),
    "application/json",
  );
  silent = await startSilentServer();
  bad.push(garbageHtml, garbageJson, silent);
  console.info(`daemons up: ${started.map((d) => `${d.kind} ${d.startupMs} ms`).join(", ")}`);
}, 60_000);

afterAll(async () => {
  await Promise.all([...daemons.values()].map((d) => d.stop()));
  await Promise.all(bad.map((s) => s.close()));
  await nntp?.stop();
  if (nntpDir) removeDir(nntpDir);
});

const daemon = (kind: DownloadClientKind) => daemons.get(kind)!;
const clientFor = (kind: DownloadClientKind, changes: Partial<DownloadClientConnection> = {}): DownloadClient =>
  createDownloadClient(kind, { ...daemon(kind).connection, timeoutMs: 5_000, ...changes });

async function waitFor(
  client: DownloadClient,
  id: string,
  done: (item: DownloadItem) => boolean,
  timeoutMs = 30_000,
): Promise<DownloadItem> {
  const started = Date.now();
  let last: DownloadItem | null = null;
  while (Date.now() - started < timeoutMs) {
    last = await client.get(id);
    if (last && done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out; last state: ${JSON.stringify(last)}`);
}

async function waitGone(client: DownloadClient, id: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await client.get(id)) === null) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${id} is still in the client`);
}

/** A data file already in place, and its .torrent: the client verifies it to 100 %. */
function seeded(kind: DownloadClientKind, name: string, withData = true) {
  const savePath = path.join(daemon(kind).dir, "seed", randomBytes(4).toString("hex"));
  mkdirSync(savePath, { recursive: true });
  const scratch = tempDir("torrent-src");
  const file = path.join(scratch, name);
  writeFileSync(file, randomBytes(1_200_000));
  const torrent = makeTorrent(file, 65_536);
  if (withData) writeFileSync(path.join(savePath, name), readFileSync(file));
  removeDir(scratch);
  return { savePath, filePath: path.join(savePath, name), ...torrent };
}

describe.each(kinds)("download client contract: %s", (kind) => {
  const definition = downloadClientDefinitions[kind];
  const authField = definition.authField;

  it("test() answers ok with the version", async () => {
    const result = await clientFor(kind).test();
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (result.ok) expect(result.version).toMatch(/^\d+\.\d+/);
  });

  it(`a wrong ${authField} is an auth failure on the ${authField} field`, async () => {
    const wrong = authField === "apiKey" ? { apiKey: "0".repeat(32) } : { password: "wrong-password" };
    const result = await clientFor(kind, wrong).test();
    expect(result).toMatchObject({ ok: false, kind: "auth", field: authField });
    if (!result.ok) expect(result.message).toMatch(/refused|api key|password/i);
  });

  it("a port nobody listens on is unavailable, on the port field", async () => {
    const result = await clientFor(kind, { port: await freePort() }).test();
    expect(result).toMatchObject({ ok: false, kind: "unavailable", field: "port" });
  });

  it("TLS against a plain HTTP port fails on the useTls field", async () => {
    // Peers differ: most answer the ClientHello with plain HTTP (a TLS error), NZBGet drops it, qBittorrent stays silent.
    const result = await clientFor(kind, { useTls: true, timeoutMs: 1_500 }).test();
    expect(result).toMatchObject({ ok: false, field: "useTls" });
    if (!result.ok) expect(["tls", "timeout"]).toContain(result.kind);
  });

  it("a client that never answers times out", async () => {
    const started = Date.now();
    const result = await clientFor(kind, { port: silent.port, timeoutMs: 600 }).test();
    expect(result).toMatchObject({ ok: false, kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ["HTML", () => garbageHtml.port],
    ["JSON of the wrong shape", () => garbageJson.port],
  ])("a server answering with %s is a clear parse error", async (_label, port) => {
    const client = clientFor(kind, { port: port() });
    const result = await client.test();
    expect(result).toMatchObject({ ok: false, kind: "parse" });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    await expect(client.list()).rejects.toSatisfy(
      (e: unknown) => e instanceof DownloadClientError && e.kind === "parse",
    );
  });

  if (definition.protocol === "torrent") {
    it("adds a .torrent whose data is in place: verifies to 100 % and seeds, with the right output path and category", async () => {
      const client = clientFor(kind);
      const t = seeded(kind, "Some.Movie.2010.1080p.BluRay.x264-GRP.mkv");
      const { id } = await client.add(
        { type: "torrent-file", data: t.data, fileName: "release.torrent", infoHash: t.infoHash },
        { category: CATEGORY, savePath: t.savePath, tags: ["mydia"] },
      );
      expect(id).toBe(t.infoHash);
      const item = await waitFor(client, id, (i) => isFinished(i.status) && i.progress === 100);
      expect(item).toMatchObject({
        id: t.infoHash,
        status: "seeding",
        progress: 100,
        remainingBytes: 0,
        category: CATEGORY,
        outputPath: t.filePath,
        sizeBytes: 1_200_000,
      });
      expect((await client.list({ category: CATEGORY })).map((i) => i.id)).toContain(id);
      expect((await client.list({ category: "someone-else" })).map((i) => i.id)).not.toContain(id);

      // Remove without files: gone from the client, the data stays.
      await client.remove(id, { deleteFiles: false });
      await waitGone(client, id);
      expect(existsSync(t.filePath)).toBe(true);
    });

    it("pauses and resumes an unfinished torrent", async () => {
      const client = clientFor(kind);
      const t = seeded(kind, "Missing.Data.2012.720p.WEB-DL.x264-GRP.mkv", false);
      const { id } = await client.add(
        { type: "torrent-file", data: t.data, fileName: "missing.torrent", infoHash: t.infoHash },
        { category: CATEGORY, savePath: t.savePath },
      );
      const running = await waitFor(client, id, (i) => ["downloading", "stalled", "queued"].includes(i.status));
      expect(running.progress).toBe(0);
      await client.pause(id);
      expect((await waitFor(client, id, (i) => i.status === "paused")).status).toBe("paused");
      await client.resume(id);
      expect((await waitFor(client, id, (i) => i.status !== "paused")).status).toMatch(
        /downloading|stalled|queued|verifying/,
      );
      await client.remove(id, { deleteFiles: true });
      await waitGone(client, id);
    });

    it("removes a torrent with its files", async () => {
      const client = clientFor(kind);
      const t = seeded(kind, "Other.Movie.2013.1080p.BluRay.x264-GRP.mkv");
      const { id } = await client.add(
        { type: "torrent-file", data: t.data, fileName: "other.torrent", infoHash: t.infoHash },
        { category: CATEGORY, savePath: t.savePath },
      );
      await waitFor(client, id, (i) => isFinished(i.status));
      await client.remove(id, { deleteFiles: true });
      await waitGone(client, id);
      const started = Date.now();
      while (existsSync(t.filePath) && Date.now() - started < 5_000)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(existsSync(t.filePath)).toBe(false);
    });

    it("adds a magnet link and reports it by its info hash", async () => {
      const client = clientFor(kind);
      const hash = randomBytes(20).toString("hex");
      const { id } = await client.add(
        { type: "magnet", uri: `magnet:?xt=urn:btih:${hash}&dn=Magnet.Movie.2014.1080p`, infoHash: hash },
        { category: CATEGORY, paused: true },
      );
      expect(id).toBe(hash);
      const item = await waitFor(client, id, () => true);
      expect(item.progress).toBe(0);
      expect(isFinished(item.status)).toBe(false);
      await client.remove(id, { deleteFiles: true });
      await waitGone(client, id);
    });

    it("refuses a corrupt torrent file with a rejection", async () => {
      const client = clientFor(kind);
      const t = seeded(kind, "Corrupt.2015.mkv", false);
      const corrupt = Buffer.concat([t.data.subarray(0, 60), Buffer.from("garbage")]);
      await expect(
        client.add(
          { type: "torrent-file", data: corrupt, fileName: "corrupt.torrent", infoHash: t.infoHash },
          { category: CATEGORY, savePath: t.savePath },
        ),
      ).rejects.toSatisfy((e: unknown) => e instanceof DownloadClientError && e.kind === "rejected");
    });
  } else {
    it("fails an NZB whose articles the server does not have, with the client's message", async () => {
      const client = clientFor(kind);
      const { id } = await client.add(
        { type: "nzb-file", data: readFileSync(nntp.missingNzbPath), fileName: "Missing.Release.2011.1080p.nzb" },
        { category: CATEGORY },
      );
      const item = await waitFor(client, id, (i) => i.status === "failed" || i.status === "completed", 45_000);
      expect(item.status).toBe("failed");
      expect(item.message).toMatch(
        kind === "nzbget"
          ? /FAILURE|HEALTH|missing/i
          : /not on your server|cannot be completed|aborted|failed|missing|articles/i,
      );
      await client.remove(id, { deleteFiles: true });
      await waitGone(client, id);
    });

    it("downloads an NZB from the news server to completion", async () => {
      const client = clientFor(kind);
      const { id } = await client.add(
        { type: "nzb-file", data: readFileSync(nntp.nzbPath), fileName: "Some.Movie.2011.1080p.BluRay.x264-GRP.nzb" },
        { category: CATEGORY },
      );
      expect(id).toMatch(/\S/);
      const item = await waitFor(client, id, (i) => i.status === "completed" || i.status === "failed", 45_000);
      expect(item, JSON.stringify(item)).toMatchObject({ status: "completed", progress: 100, category: CATEGORY });
      expect(item.outputPath).toBeTruthy();
      // SABnzbd reports a one-file job's file itself, NZBGet its folder.
      const file = statSync(item.outputPath!).isFile() ? item.outputPath! : path.join(item.outputPath!, USENET_FILE);
      expect(path.basename(file)).toBe(USENET_FILE);
      expect(statSync(file).size).toBe(usenetBytes.length);
      expect(readFileSync(file).equals(usenetBytes)).toBe(true);
      expect((await client.list({ category: CATEGORY })).map((i) => i.id)).toContain(id);

      await client.remove(id, { deleteFiles: false });
      await waitGone(client, id);
      expect(existsSync(file)).toBe(true);
    });

    it("pauses and resumes an NZB", async () => {
      const client = clientFor(kind);
      const { id } = await client.add(
        { type: "nzb-file", data: readFileSync(nntp.nzbPath), fileName: "Paused.Movie.2011.1080p.BluRay.x264-GRP.nzb" },
        { category: CATEGORY, paused: true },
      );
      expect((await waitFor(client, id, () => true)).status).toBe("paused");
      await client.pause(id);
      expect((await client.get(id))?.status).toBe("paused");
      await client.resume(id);
      const done = await waitFor(client, id, (i) => i.status === "completed" || i.status === "failed", 45_000);
      expect(done.status).toBe("completed");
      await client.remove(id, { deleteFiles: true });
      await waitGone(client, id);
    });

    it("removes a queued NZB with its files", async () => {
      const client = clientFor(kind);
      const { id } = await client.add(
        { type: "nzb-file", data: readFileSync(nntp.nzbPath), fileName: "Removed.Movie.2011.nzb" },
        { category: CATEGORY, paused: true },
      );
      await waitFor(client, id, () => true);
      await client.remove(id, { deleteFiles: true });
      await waitGone(client, id);
    });

    it("refuses a file that is not an NZB", async () => {
      const client = clientFor(kind);
      await expect(
        client.add(
          { type: "nzb-file", data: Buffer.from("this is not xml"), fileName: "Broken.nzb" },
          { category: CATEGORY },
        ),
      ).rejects.toSatisfy((e: unknown) => e instanceof DownloadClientError && e.kind === "rejected");
    });
  }
});
