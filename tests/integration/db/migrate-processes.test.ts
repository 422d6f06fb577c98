import { spawn } from "node:child_process";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../helpers/databases";

const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";

function runMigrate(database: TestDatabase): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/tsx", ["bin/mydia.ts", "migrate"], {
      env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: database.dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c));
    child.stderr.on("data", (c: Buffer) => (output += c));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("migrate from several processes at once", () => {
  let fresh: TestDatabase;
  afterAll(async () => fresh?.drop());

  it(
    "three processes migrating one empty database: all succeed, migrations applied once",
    { timeout: 120_000 },
    async () => {
      fresh = await createTestDatabase(dialect, dialect === "pg" ? inject("postgresUrl") : undefined);
      const results = await Promise.all([runMigrate(fresh), runMigrate(fresh), runMigrate(fresh)]);
      for (const result of results) expect(result.code, result.output).toBe(0);
      const applied = results.map((r) => Number(/(\d+) applied/.exec(r.output)?.[1]));
      const total = Number(/(\d+) in total/.exec(results[0].output)?.[1]);
      expect(applied.reduce((a, b) => a + b, 0)).toBe(total);
    },
  );

  it("a bad DATABASE_URL stops with one line naming the variable", async () => {
    const child = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const p = spawn("node_modules/.bin/tsx", ["bin/mydia.ts", "migrate"], {
        env: { ...process.env, DATABASE_URL: "mysql://nope" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      p.stderr.on("data", (c: Buffer) => (stderr += c));
      p.on("exit", (code) => resolve({ code, stderr }));
    });
    expect(child.code).not.toBe(0);
    expect(child.stderr.trim()).toMatch(/^mydia: Invalid DATABASE_URL: must start with file:/);
    expect(child.stderr.trim().split("\n")).toHaveLength(1);
  });
});
