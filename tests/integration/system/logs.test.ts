import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { ForbiddenError } from "@/lib/errors";
import { until } from "@/tests/helpers/until";
import { admin, reader } from "../library/helpers";

/**
 * System → Logs (issue 15): this process logs into DATA_DIR/logs/worker.log (rotated by size, a
 * fixed number kept), secrets never reach the file, and the page's reader merges the web server's
 * and the worker's files newest first with level, context and text filters; the download answers
 * the same lines.
 */
let dataDir = "";
let logs: typeof import("@/lib/logger");
let system: typeof import("@/lib/system");
const logFile = (name: string) => path.join(dataDir, "logs", name);

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "mydia-logs-"));
  process.env.DATA_DIR = dataDir;
  (await import("@/lib/config")).resetConfigForTests();
  logs = await import("@/lib/logger");
  system = await import("@/lib/system");
  logs.logger.level = "debug";
  // The web server's file, as another process wrote it: older and newer lines around the worker's.
  mkdirSync(path.join(dataDir, "logs"), { recursive: true });
  const line = (time: number, level: number, msg: string, extra: object = {}) =>
    JSON.stringify({ level, time, pid: 1, context: "http", msg, ...extra });
  const now = Date.now();
  writeFileSync(
    logFile("web.log"),
    [line(now - 60_000, 30, "web started"), line(now + 60_000, 50, "web failed a request", { route: "/movies" })].join(
      "\n",
    ) + "\n",
  );
});

afterAll(async () => {
  await logs.closeLogFile();
  logs.logger.level = "silent";
  rmSync(dataDir, { recursive: true, force: true });
});

describe("log files", () => {
  it("writes this process's lines to DATA_DIR/logs/worker.log, without secrets", async () => {
    logs.writeLogFile(dataDir, "worker", { size: "4K", kept: 3 });
    const log = logs.logger.child({ context: "indexers" });
    log.info({ url: "http://127.0.0.1:9117/api?t=search&apikey=SECRETKEY123&q=dune" }, "searching");
    log.warn({ password: "hunter2hunter2", settings: { apiKey: "abcdef0123456789", token: "tok-SECRET" } }, "saved");
    log.error({ err: new Error("GET https://tracker.example/rss?passkey=PASSKEY999 failed") }, "rss failed");
    log.info("connecting to postgres://mydia:DBPASSWORD@db:5432/mydia with Authorization: Bearer BEARERTOKEN0001");
    log.debug({ context: "downloads" }, "a debug line");
    const file = logFile("worker.log");
    const text = await until("the lines on disk", async () => {
      const content = existsSync(file) ? readFileSync(file, "utf8") : "";
      return content.includes("a debug line") ? content : null;
    });
    for (const secret of [
      "SECRETKEY123",
      "hunter2",
      "abcdef0123456789",
      "tok-SECRET",
      "PASSKEY999",
      "DBPASSWORD",
      "BEARERTOKEN0001",
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain("apikey=[redacted]");
    expect(text).toContain("passkey=[redacted]");
    expect(text).toContain("postgres://mydia:[redacted]@db");
    expect(text.split("\n").filter(Boolean)).toHaveLength(5);
  });

  it("reads both processes' files merged, newest first, filtered by level, context and text", async () => {
    const all = await system.systemLogs(admin, { level: "debug" });
    expect(all.entries.map((e) => e.msg)).toEqual([
      "web failed a request",
      "a debug line",
      expect.stringMatching(/^connecting to postgres/),
      "rss failed",
      "saved",
      "searching",
      "web started",
    ]);
    expect(all.entries[0]).toMatchObject({
      level: "error",
      process: "web",
      context: "http",
      fields: { route: "/movies" },
    });
    expect(all.contexts).toEqual(expect.arrayContaining(["web", "worker", "http", "indexers", "downloads"]));

    const warnings = await system.systemLogs(admin, { level: "warn" });
    expect(warnings.entries.map((e) => e.msg)).toEqual(["web failed a request", "rss failed", "saved"]);
    expect((await system.systemLogs(admin, { level: "debug", context: "worker" })).entries).toHaveLength(5);
    expect((await system.systemLogs(admin, { context: "http" })).entries.map((e) => e.msg)).toEqual([
      "web failed a request",
      "web started",
    ]);
    expect((await system.systemLogs(admin, { q: "TRACKER.example" })).entries.map((e) => e.msg)).toEqual([
      "rss failed",
    ]);
    expect((await system.systemLogs(admin, { level: "debug", limit: 2 })).truncated).toBe(true);
    await expect(system.systemLogs(reader)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(system.systemLogs(admin, { level: "loud" })).rejects.toThrow(/level/i);
  });

  it("the download answers the filtered lines oldest first, to admins only", async () => {
    type Handler = (r: Request) => Promise<Response>;
    const { GET } = (await import("@/app/api/v1/system/logs/download/route")) as { GET: Handler };
    const call = (key: string | null, query: string) =>
      GET(
        new Request(`http://localhost/api/v1/system/logs/download?${query}`, {
          headers: key ? { "x-api-key": key } : {},
        }),
      );
    expect((await call(null, "")).status).toBe(401);
    const viewer = await createUserAsOperator({
      username: "logs-viewer",
      password: "viewer password 1",
      role: "readonly",
    });
    expect((await call((await createApiKeyForUser(viewer.id, "k")).key, "")).status).toBe(403);
    const owner = await createUserAsOperator({ username: "logs-admin", password: "admin password 12", role: "admin" });
    const response = await call((await createApiKeyForUser(owner.id, "k")).key, "level=warn");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mydia-logs-.*\.jsonl"$/);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(["saved", "rss failed", "web failed a request"]);
  });

  it("rotates by size and keeps a fixed number of files", async () => {
    const log = logs.logger.child({ context: "rotation" });
    for (let i = 0; i < 200; i++) log.info({ i, padding: "x".repeat(100) }, `line ${i}`);
    const files = await until("three rotations", async () => {
      const names = readdirSync(path.join(dataDir, "logs")).filter((f) => f.startsWith("worker.log"));
      return names.length === 4 ? names.sort() : null;
    });
    expect(files).toEqual(["worker.log", "worker.log.1", "worker.log.2", "worker.log.3"]);
    for (const file of files) expect(readFileSync(logFile(file)).length).toBeLessThanOrEqual(4096 + 512);
    // The reader follows the rotated files: the newest line first, older ones from worker.log.1 and on.
    const page = await system.systemLogs(admin, { context: "rotation", limit: 50_000 });
    expect(page.entries[0].msg).toBe("line 199");
    expect(page.entries.length).toBeGreaterThan(40);
    expect(page.entries.map((e) => Number(e.fields.i))).toEqual(
      page.entries.map((e) => Number(e.fields.i)).toSorted((a, b) => b - a),
    );
  });
});
