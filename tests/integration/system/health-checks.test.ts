import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator, systemActor, type Actor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { HealthCheck } from "@/lib/system";
import { makeReadOnly } from "@/tests/helpers/read-only-folder";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * System → Health (issue 15): each check against the condition really happening — a worker whose
 * heartbeat is late, an indexer and a download client on a closed port, a library folder removed or
 * mounted read-only, a download folder Mydia cannot see, a library on another filesystem (/dev/shm)
 * than the downloads (the disk), free space under the threshold, no or an unreachable metadata
 * provider, a task failing three times in a row, a stale backup — and GET /api/v1/health-checks.
 */
const requester: Actor = { kind: "user", userId: "req", username: "req", role: "requester", via: "session" };

let system: typeof import("@/lib/system");
let base = "";
let shm = "";
let fake: FakeTmdb;
const check = async () => (await system.healthChecks(admin, { fresh: true })).items;
const ofSource = async (source: string): Promise<HealthCheck[]> => (await check()).filter((c) => c.source === source);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  shm = mkdtempSync("/dev/shm/mydia-health-");
  base = await useAllowedRoot("health", [shm]);
  system = await import("@/lib/system");
});

afterAll(async () => {
  await fake?.stop();
  rmSync(shm, { recursive: true, force: true });
  rmSync(base, { recursive: true, force: true });
});

describe("health checks", () => {
  it("on a fresh install: no worker, no indexer, no client, no metadata source; read capability needed", async () => {
    const items = await check();
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: "WorkerCheck",
          type: "error",
          fix: expect.objectContaining({ href: "/system" }),
        }),
        expect.objectContaining({ source: "IndexerSearchCheck", type: "warning" }),
        expect.objectContaining({ source: "DownloadClientCheck", type: "warning" }),
        expect.objectContaining({
          source: "MetadataProviderCheck",
          type: "error",
          message: expect.stringMatching(/No metadata source/),
          fix: { label: "Settings → Metadata", href: "/settings/metadata" },
        }),
      ]),
    );
    // Errors first.
    expect(items.findIndex((i) => i.type === "warning")).toBeGreaterThan(
      items.findLastIndex((i) => i.type === "error"),
    );
    expect((await system.healthChecks(reader)).items.length).toBeGreaterThan(0);
    await expect(system.healthChecks(requester)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a worker heartbeat older than a minute is late; a fresh one is not", async () => {
    const { startWorkerHeartbeat } = await import("@/lib/jobs");
    const heartbeat = await startWorkerHeartbeat({ intervalMs: 600_000 });
    try {
      expect(await ofSource("WorkerCheck")).toEqual([]);
      await db()
        .update(tables.workers)
        .set({ heartbeatAt: new Date(Date.now() - 125_000) });
      expect(await ofSource("WorkerCheck")).toEqual([
        expect.objectContaining({ type: "error", message: expect.stringMatching(/last heartbeat was 12\d s ago/) }),
      ]);
    } finally {
      await heartbeat.stop();
    }
  });

  it("an indexer on a closed port is backed off: with no other indexer, all are unavailable (an error)", async () => {
    const { collectSearch, createIndexer } = await import("@/lib/indexers");
    const indexer = await createIndexer(systemActor, {
      kind: "torznab",
      name: "Closed indexer",
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      apiKey: "key",
      timeoutMs: 2_000,
    });
    expect(await ofSource("IndexerSearchCheck")).toEqual([]);
    await collectSearch(
      systemActor,
      { type: "search", q: "anything" },
      { mode: "interactive", indexerIds: [indexer.id] },
    );
    expect(await ofSource("IndexerStatusCheck")).toEqual([
      expect.objectContaining({
        type: "error",
        message: expect.stringMatching(/^All indexers are unavailable.*Closed indexer/),
        fix: expect.objectContaining({ href: "/settings/indexers" }),
        since: expect.any(String),
      }),
    ]);
  });

  it("a download client on a closed port is unreachable once Mydia tried it", async () => {
    const downloads = await import("@/lib/downloads");
    const client = await downloads.createDownloadClientRecord(admin, {
      kind: "transmission",
      name: "Closed Transmission",
      host: "127.0.0.1",
      port: await closedPort(),
    });
    expect(await ofSource("DownloadClientCheck")).toEqual([]);
    expect(await ofSource("DownloadClientStatusCheck")).toEqual([]);
    expect((await downloads.testDownloadClient(admin, client.id)).ok).toBe(false);
    expect(await ofSource("DownloadClientStatusCheck")).toEqual([
      expect.objectContaining({
        type: "error",
        message: expect.stringMatching(/^Closed Transmission is unreachable: /),
        fix: expect.objectContaining({ href: "/settings/download-clients" }),
      }),
    ]);
  });

  it("a library folder that disappears, then one mounted read-only", async () => {
    const library = await import("@/lib/library");
    const gone = path.join(base, "gone");
    const readOnly = path.join(base, "read-only");
    mkdirSync(gone);
    mkdirSync(readOnly);
    await library.createLibrary(admin, { name: "Gone", kind: "movie", path: gone });
    await library.createLibrary(admin, { name: "Frozen", kind: "tv", path: readOnly });
    expect(await ofSource("RootFolderCheck")).toEqual([]);
    rmSync(gone, { recursive: true });
    const undo = makeReadOnly(readOnly);
    expect(undo).not.toBeNull();
    try {
      expect(await ofSource("RootFolderCheck")).toEqual([
        expect.objectContaining({
          type: "error",
          message: expect.stringMatching(/^Library "Gone": .*gone does not exist/),
        }),
        expect.objectContaining({
          type: "error",
          message: expect.stringMatching(/^Library "Frozen": .* cannot be written/),
        }),
      ]);
    } finally {
      undo!();
    }
    expect(await ofSource("RootFolderCheck")).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Library "Gone"/) }),
    ]);
    const [gonelib] = (await library.listLibraries(admin)).filter((l) => l.name === "Gone");
    await library.deleteLibrary(admin, gonelib.id);
  });

  it("a download folder Mydia cannot see until mapped; hardlinks impossible from the disk to /dev/shm", async () => {
    const library = await import("@/lib/library");
    const downloadsDir = path.join(base, "downloads");
    mkdirSync(downloadsDir);
    const now = new Date();
    await db().insert(tables.downloads).values({
      clientName: "Closed Transmission",
      clientItemId: "abc",
      protocol: "torrent",
      title: "Some.Movie.2020.1080p",
      episodeIds: [],
      importedFiles: [],
      status: "completed",
      outputPath: "/remote/downloads/Some.Movie.2020.1080p",
      updatedAt: now,
    });
    expect(await ofSource("RemotePathMappingCheck")).toEqual([
      expect.objectContaining({
        type: "error",
        message: expect.stringMatching(
          /Closed Transmission puts downloads in \/remote\/downloads, which Mydia cannot see/,
        ),
        fix: expect.objectContaining({ href: "/settings/download-clients#path-mappings-title" }),
      }),
    ]);
    await library.addPathMapping(admin, { remotePath: "/remote/downloads", localPath: downloadsDir });
    expect(await ofSource("RemotePathMappingCheck")).toEqual([]);

    // "Frozen" (a hardlink library in the same temp folder as the downloads) shares their filesystem.
    expect(await ofSource("ImportMechanismCheck")).toEqual([]);
    const elsewhere = path.join(shm, "movies");
    mkdirSync(elsewhere);
    const copyLibrary = path.join(shm, "copies");
    mkdirSync(copyLibrary);
    await library.createLibrary(admin, { name: "In memory", kind: "movie", path: elsewhere });
    await library.createLibrary(admin, { name: "Copies", kind: "movie", path: copyLibrary, importMode: "copy" });
    expect(await ofSource("ImportMechanismCheck")).toEqual([
      expect.objectContaining({
        type: "warning",
        message: expect.stringMatching(
          new RegExp(`^${downloadsDir}.*and library "In memory" \\(${elsewhere}\\) are on different filesystems`),
        ),
        fix: expect.objectContaining({ href: "/settings/libraries" }),
      }),
    ]);
  });

  it("free space under Settings → General → Keep free", async () => {
    const { updateAutomationSettings } = await import("@/lib/automation");
    expect(await ofSource("DiskSpaceCheck")).toEqual([]);
    await updateAutomationSettings(admin, { minimumFreeSpaceMb: 10_000_000 });
    const low = await ofSource("DiskSpaceCheck");
    expect(low).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "warning",
          message: expect.stringMatching(/^The data folder .* less than the 10,000,000 MB/),
        }),
        expect.objectContaining({ message: expect.stringMatching(/^Library "In memory"/) }),
      ]),
    );
    expect(low[0].fix.href).toBe("/settings/general#automation-minimumFreeSpaceMb");
    await updateAutomationSettings(admin, { minimumFreeSpaceMb: 100 });
    expect(await ofSource("DiskSpaceCheck")).toEqual([]);
  });

  it("a metadata provider that answers, then one that does not", async () => {
    fake = await useFakeTmdb();
    expect(await ofSource("MetadataProviderCheck")).toEqual([]);
    process.env.TMDB_BASE_URL = `http://127.0.0.1:${await closedPort()}/3`;
    (await import("@/lib/config")).resetConfigForTests();
    expect(await ofSource("MetadataProviderCheck")).toEqual([
      expect.objectContaining({
        type: "error",
        message: expect.stringMatching(/^The metadata provider does not answer: /),
      }),
    ]);
    process.env.TMDB_BASE_URL = fake.url;
    (await import("@/lib/config")).resetConfigForTests();
  });

  it("a task that failed three times in a row, until it succeeds", async () => {
    const { withTaskRun } = await import("@/lib/jobs");
    let fail = true;
    const run = withTaskRun<object>("housekeeping", async () => {
      if (fail) throw new Error("disk on fire");
    });
    const job = (n: number) => ({
      id: `job-${n}`,
      queue: "housekeeping",
      data: {},
      attempt: 1,
      signal: new AbortController().signal,
    });
    for (let n = 1; n <= 2; n++) await expect(run(job(n))).rejects.toThrow();
    expect(await ofSource("TaskCheck")).toEqual([]);
    await expect(run(job(3))).rejects.toThrow();
    expect(await ofSource("TaskCheck")).toEqual([
      expect.objectContaining({
        type: "warning",
        message: "Housekeeping failed 3 times in a row; the last error: disk on fire.",
        fix: expect.objectContaining({ href: "/system/tasks" }),
      }),
    ]);
    fail = false;
    await run(job(4));
    expect(await ofSource("TaskCheck")).toEqual([]);
    const [row] = await db().select().from(tables.taskRuns).where(eq(tables.taskRuns.name, "housekeeping"));
    expect(row.failuresInARow).toBe(0);
  });

  it("a backup older than twice its interval (the backups context provides the status)", async () => {
    expect(await ofSource("BackupCheck")).toEqual([]);
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
    let last: Date | null = hoursAgo(50);
    system.provideBackupStatus(async () => ({ lastBackupAt: last, intervalHours: 24 }));
    try {
      expect(await ofSource("BackupCheck")).toEqual([
        expect.objectContaining({
          type: "warning",
          message: expect.stringMatching(/taken 50 hours ago.*every 24 hours/),
        }),
      ]);
      last = null;
      expect(await ofSource("BackupCheck")).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^No backup was ever taken/) }),
      ]);
      last = hoursAgo(30);
      expect(await ofSource("BackupCheck")).toEqual([]);
    } finally {
      system.provideBackupStatus(async () => null);
    }
  });

  it("is cached for a while unless asked fresh; the nav summary never waits", async () => {
    const first = await system.healthChecks(admin, { fresh: true });
    expect(await system.healthChecks(admin)).toBe(first);
    const summary = await system.healthSummary(admin);
    expect(summary.errors).toBe(first.items.filter((i) => i.type === "error").length);
  });
});

describe("GET /api/v1/health-checks", () => {
  type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const call = async (key?: string) => {
    const route = (await import("@/app/api/v1/health-checks/route")) as { GET: Handler };
    return route.GET(
      new Request("http://localhost/api/v1/health-checks", { headers: key ? { "x-api-key": key } : {} }),
      { params: Promise.resolve({}) },
    );
  };

  it("needs an API key of a role that may read; answers the checks", async () => {
    expect((await call()).status).toBe(401);
    const requesterUser = await createUserAsOperator({
      username: "hc-req",
      password: "requester password",
      role: "requester",
    });
    expect((await call((await createApiKeyForUser(requesterUser.id, "k")).key)).status).toBe(403);
    const viewer = await createUserAsOperator({ username: "hc-view", password: "viewer password 1", role: "readonly" });
    const response = await call((await createApiKeyForUser(viewer.id, "k")).key);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { checkedAt: string; items: HealthCheck[] };
    expect(body.checkedAt).toEqual(expect.any(String));
    expect(body.items).toContainEqual(
      expect.objectContaining({
        source: "IndexerStatusCheck",
        type: "error",
        fix: expect.any(Object),
        since: expect.any(String),
      }),
    );
  });
});
