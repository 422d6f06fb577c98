import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { updateAutomationSettings } from "@/lib/automation";
import { getConfig } from "@/lib/config";
import { closeJobQueue, sendJob } from "@/lib/jobs";
import { createQualityProfile, getQualityProfile } from "@/lib/quality";
import * as moviesRoute from "@/app/api/v1/movies/route";
import * as seriesListRoute from "@/app/api/v1/series/route";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { startPostgres, type PostgresServer } from "@/tests/helpers/postgres-server";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";

/**
 * `mydia db copy --to postgres://…` on a populated SQLite install (#15): every table's rows and
 * checksum equal on both sides, queued jobs moved, and the app, started on PostgreSQL, reads the
 * same install (users, API key, catalog, libraries, profiles, settings, queued work, schedules).
 */
const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/tsx", args, {
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

async function callRoute(handler: typeof moviesRoute.POST, key: string, body: unknown) {
  const response = await handler(
    new Request("http://localhost/api/v1/x", {
      method: "POST",
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

describe.runIf(dialect === "sqlite")("mydia db copy: SQLite → PostgreSQL", () => {
  let server: PostgresServer;
  let fake: FakeTmdb;
  let key = "";
  let targetUrl = "";

  beforeAll(async () => {
    server = await startPostgres();
    const adminSql = postgres(server.url, { max: 1, onnotice: () => {} });
    await adminSql.unsafe("CREATE DATABASE mydia_copy");
    await adminSql.end();
    const url = new URL(server.url);
    url.pathname = "/mydia_copy";
    targetUrl = url.toString();

    fake = await useFakeTmdb();
    const base = await useAllowedRoot("db-copy");
    for (const folder of ["movies", "tv"]) mkdirSync(path.join(base, folder));
    const library = await import("@/lib/library");
    const movies = await library.createLibrary(admin, { name: "Movies", kind: "movie", path: `${base}/movies` });
    const tv = await library.createLibrary(admin, { name: "TV", kind: "tv", path: `${base}/tv` });
    const owner = await createUserAsOperator({ username: "owner", password: "owner password 1", role: "admin" });
    await createUserAsOperator({ username: "kid", password: "kid password 12", role: "requester" });
    key = (await createApiKeyForUser(owner.id, "dashboard")).key;
    await callRoute(moviesRoute.POST, key, { tmdbId: 550, libraryId: movies.id, tags: ["classics"] });
    await callRoute(seriesListRoute.POST, key, { tmdbId: 1399, libraryId: tv.id });
    const { id: _id, ...hd } = await getQualityProfile(admin, "hd-1080p");
    await createQualityProfile(admin, { ...hd, name: "Copy check", items: hd.items.toReversed() });
    await updateAutomationSettings(admin, { rssIntervalMinutes: 45 });
    await sendJob(
      "metadata.refresh",
      { kind: "movie", id: "later" },
      { startAfter: new Date(Date.now() + 86_400_000) },
    );
    await closeJobQueue();
  }, 120_000);

  afterAll(async () => {
    await fake?.stop();
    server?.stop();
  });

  it(
    "copies every table, verifies it, and the app reads the same install on PostgreSQL",
    { timeout: 180_000 },
    async () => {
      const sqliteEnv = { DATABASE_URL: getConfig().DATABASE_URL, DATA_DIR: getConfig().dataDir };
      const copy = await run(["bin/mydia.ts", "db", "copy", "--to", targetUrl, "--json"], sqliteEnv);
      expect(copy.code, copy.stderr).toBe(0);
      const report = JSON.parse(copy.stdout) as {
        tables: {
          table: string;
          sourceRows: number;
          targetRows: number;
          sourceChecksum: string;
          targetChecksum: string;
        }[];
        jobs: { jobs: number; schedules: number };
      };
      const byTable = new Map(report.tables.map((t) => [t.table, t]));
      for (const table of [
        "users",
        "api_keys",
        "movies",
        "series",
        "episodes",
        "libraries",
        "quality_profiles",
        "settings",
        "events",
      ])
        expect(byTable.get(table)?.sourceRows, table).toBeGreaterThan(0);
      for (const t of report.tables) {
        expect(t.targetRows, t.table).toBe(t.sourceRows);
        expect(t.targetChecksum, t.table).toBe(t.sourceChecksum);
      }
      expect(report.jobs.jobs).toBeGreaterThanOrEqual(1);
      expect(report.jobs.schedules).toBeGreaterThan(0);

      const before = await run(["tests/helpers/scripts/install-snapshot.ts", key], sqliteEnv);
      const after = await run(["tests/helpers/scripts/install-snapshot.ts", key], {
        DATABASE_URL: targetUrl,
        DATA_DIR: getConfig().dataDir,
      });
      expect(before.code, before.stderr).toBe(0);
      expect(after.code, after.stderr).toBe(0);
      const [was, is] = [JSON.parse(before.stdout), JSON.parse(after.stdout)] as Record<string, unknown>[];
      expect(is.keyOwner).toBe("owner");
      expect((is.movies as unknown[]).length).toBe(1);
      expect((is.queued as Record<string, number>)["metadata.refresh"]).toBeGreaterThanOrEqual(1);
      expect(is).toEqual(was);

      const again = await run(["bin/mydia.ts", "db", "copy", "--to", targetUrl], sqliteEnv);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/not empty/);
    },
  );
});
