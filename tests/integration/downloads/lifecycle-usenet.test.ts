import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { startFakeNntp, startNzbget, type FakeNntp, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { removeDir, tempDir } from "@/tests/helpers/daemons/process";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { until } from "@/tests/helpers/until";
import { resolveLibrary } from "@/lib/library";

/** Usenet through a real NZBGet and a fake news server: a good NZB is imported, one with unknown articles is blocklisted. */
const RELEASE = "Fight.Club.1999.1080p.BluRay.x264-GRP";

let nzbget: StartedDaemon;
let nntp: FakeNntp;
let nntpDir = "";
let fake: FakeTmdb;
let files: Server;
let filesUrl = "";
let base = "";
let movieId = "";
let downloads: typeof import("@/lib/downloads");

const downloadRow = async (id: string) =>
  (await db().select().from(tables.downloads).where(eq(tables.downloads.id, id)))[0];

beforeAll(async () => {
  nntpDir = tempDir("nntp-data");
  writeFileSync(path.join(nntpDir, `${RELEASE}.mkv`), randomBytes(200_000));
  nntp = await startFakeNntp([path.join(nntpDir, `${RELEASE}.mkv`)]);
  nzbget = await startNzbget(nntp.port);
  fake = await useFakeTmdb();
  base = await useAllowedRoot("usenet", [nzbget.dir]);
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const catalog = await import("@/lib/catalog");
  mkdirSync(path.join(base, "movies"));
  const moviesId = (
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(base, "movies") })
  ).id;
  movieId = (await catalog.addMovie(admin, { tmdbId: 550, libraryId: moviesId }, resolveLibrary)).id;
  const nzbs: Record<string, string> = { "/good.nzb": nntp.nzbPath, "/missing.nzb": nntp.missingNzbPath };
  files = createServer((req, res) => {
    const file = nzbs[req.url ?? ""];
    if (!file) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/x-nzb" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  await downloads.createDownloadClientRecord(admin, {
    kind: "nzbget",
    name: "NZBGet",
    host: "127.0.0.1",
    port: nzbget.connection.port,
    username: nzbget.connection.username,
    password: nzbget.connection.password!,
  });
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await new Promise((resolve) => files?.close(resolve));
  await fake?.stop();
  await nzbget?.stop();
  await nntp?.stop();
  if (nntpDir) removeDir(nntpDir);
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("downloads: usenet through NZBGet", () => {
  it("downloads a good NZB, then imports it into the movie library", async () => {
    const { downloadId } = await downloads.grab(admin, {
      downloadUrl: `${filesUrl}/good.nzb`,
      title: RELEASE,
      protocol: "usenet",
      movieId,
    });
    await until("completed", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(downloadId)).status === "importing";
    });
    const result = await downloads.importDownload(downloadId);
    expect(result.imported).toEqual(["Fight Club (1999) {tmdb-550}/Fight Club (1999) [Bluray-1080p]-GRP.mkv"]);
    expect(existsSync(path.join(base, "movies", result.imported[0]))).toBe(true);
    expect(await downloadRow(downloadId)).toMatchObject({ imported: true, status: "imported" });
    // "Remove completed" is on by default: the imported job leaves NZBGet's history.
    const client = downloads.createDownloadClient("nzbget", { ...nzbget.connection });
    expect(await client.get((await downloadRow(downloadId)).clientItemId)).toBeNull();
  });

  it("a download whose articles the server lacks fails: history, blocklist, event; grabbing it again is refused", async () => {
    const title = "Fight.Club.1999.720p.WEB-DL.x264-MISSING";
    const { downloadId } = await downloads.grab(admin, {
      downloadUrl: `${filesUrl}/missing.nzb`,
      title,
      protocol: "usenet",
      movieId,
    });
    await until("failed", async () => {
      await downloads.monitorDownloads();
      return (await downloadRow(downloadId)).status === "failed";
    });
    const row = await downloadRow(downloadId);
    expect(row.error).toMatch(/FAILURE|HEALTH|missing/i);
    const history = await downloads.listHistory(reader, { downloadId });
    expect(history.items.map((h) => h.event).sort()).toEqual(["failed", "grabbed"]);
    expect(await downloads.listBlocklist(reader)).toContainEqual(
      expect.objectContaining({ title, protocol: "usenet", reason: row.error }),
    );
    const failed = await db().select().from(tables.events).where(eq(tables.events.type, "download.failed"));
    expect(failed.map((e) => (e.payload as { downloadId: string }).downloadId)).toContain(downloadId);
    // Another release is searched for at once (the automation's search job, one per movie).
    const { getJobQueue, sendJob } = await import("@/lib/jobs");
    expect((await (await getJobQueue()).queueCounts())["automation.search"]).toMatchObject({ queued: 1 });
    expect(await sendJob("automation.search", { movieId, trigger: "user" })).toBeNull();
    await expect(
      downloads.grab(admin, { downloadUrl: `${filesUrl}/missing.nzb`, title, protocol: "usenet", movieId }),
    ).rejects.toBeInstanceOf(ConflictError);
    // Failed downloads leave the monitor's list: another pass changes nothing.
    const summary = await downloads.monitorDownloads();
    expect(summary.failed).toBe(0);
  });
});
