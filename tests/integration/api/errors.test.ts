import { rmSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as unknownRoute from "@/app/api/v1/[...path]/route";
import * as librariesRoute from "@/app/api/v1/libraries/route";
import { startPostgres, type PostgresServer } from "@/tests/helpers/postgres-server";

/**
 * Errors that used to become a bare 500 or an HTML page (issue 12.14): an unknown /api/v1 path
 * answers the JSON error shape with 404, and every API call while the database is unavailable
 * (PostgreSQL stopped; the SQLite file unreadable) answers 503 with a message that says so.
 */
type Handler = (r: Request, c: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";

async function call(handler: Handler, method: string, url: string, key?: string) {
  const response = await handler(
    new Request(`http://localhost${url}`, { method, headers: key ? { "x-api-key": key } : {} }),
    { params: Promise.resolve({}) },
  );
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

async function useDatabase(url: string): Promise<void> {
  const db = await import("@/lib/db");
  const { resetConfigForTests } = await import("@/lib/config");
  await db.closeDb();
  process.env.DATABASE_URL = url;
  resetConfigForTests();
}

describe("API errors", () => {
  it("an unknown /api/v1 path is a JSON 404", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const result = await call(unknownRoute[method as "GET"], method, "/api/v1/no-such-thing/42");
      expect(result.status).toBe(404);
      expect(result.type).toMatch(/application\/json/);
      expect(result.body.error).toMatchObject({
        code: "not_found",
        message: expect.stringContaining(`${method} /api/v1/no-such-thing/42`),
      });
    }
  });
});

describe.runIf(dialect === "pg")("API while PostgreSQL is stopped", () => {
  let server: PostgresServer | undefined;
  let original = "";

  beforeAll(async () => {
    original = process.env.DATABASE_URL!;
    server = await startPostgres();
    const admin = postgres(server.url, { max: 1, onnotice: () => {} });
    await admin.unsafe("CREATE DATABASE mydia");
    await admin.end();
    await useDatabase(server.url.replace(/\/postgres$/, "/mydia"));
    const { getDbHandle, migrate } = await import("@/lib/db");
    await migrate(getDbHandle());
  }, 120_000);
  afterAll(async () => {
    await useDatabase(original);
  });

  it("answers 503 with a clear message, not 500", async () => {
    const user = await createUserAsOperator({ username: "dba", password: "correct horse battery", role: "admin" });
    const { key } = await createApiKeyForUser(user.id, "tests");
    expect((await call(librariesRoute.GET, "GET", "/api/v1/libraries", key)).status).toBe(200);
    server!.stop();
    server = undefined;
    const down = await call(librariesRoute.GET, "GET", "/api/v1/libraries", key);
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({
      code: "unavailable",
      message: expect.stringMatching(/database is unavailable \(PostgreSQL cannot be reached/),
    });
  });
});

describe.runIf(dialect === "sqlite")("API while the SQLite file cannot be read", () => {
  it("answers 503 with a clear message, not 500", async () => {
    const user = await createUserAsOperator({ username: "dba", password: "correct horse battery", role: "admin" });
    const { key } = await createApiKeyForUser(user.id, "tests");
    expect((await call(librariesRoute.GET, "GET", "/api/v1/libraries", key)).status).toBe(200);
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    await useDatabase(process.env.DATABASE_URL!);
    for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
    writeFileSync(file, "this is not a SQLite database, it was overwritten ".repeat(100));
    const down = await call(librariesRoute.GET, "GET", "/api/v1/libraries", key);
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({
      code: "unavailable",
      message: expect.stringMatching(/database is unavailable \(the SQLite file cannot be used: SQLITE_NOTADB/),
    });
  });
});
