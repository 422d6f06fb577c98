import { afterAll, beforeAll, inject } from "vitest";
import { createTestDatabase, type TestDatabase } from "./databases";

/**
 * Integration test files run once per dialect (projects integration-sqlite and integration-pg).
 * Each file gets its own migrated database before any lib module opens a connection.
 */
const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(dialect, dialect === "pg" ? inject("postgresUrl") : undefined);
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = database.dataDir;
  const { resetConfigForTests } = await import("@/lib/config");
  resetConfigForTests();
  const { getDbHandle, migrate } = await import("@/lib/db");
  await migrate(getDbHandle());
});

afterAll(async () => {
  const { closeDb } = await import("@/lib/db");
  await closeDb();
  await database?.drop();
});
