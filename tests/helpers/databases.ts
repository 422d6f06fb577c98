import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

export interface TestDatabase {
  url: string;
  dataDir: string;
  drop(): Promise<void>;
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh empty database: a SQLite file in a temp dir, or a new database on the test PostgreSQL server. */
export async function createTestDatabase(dialect: "sqlite" | "pg", postgresUrl?: string): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-test-"));
  if (dialect === "sqlite") {
    return {
      url: `file:${path.join(dataDir, "mydia.db")}`,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl)
    throw new Error("No PostgreSQL server for the pg test project (postgres.global-setup.ts did not run)");
  const name = `mydia_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(postgresUrl, name),
    dataDir,
    async drop() {
      const cleanup = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
