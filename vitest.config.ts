import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const integration = (dialect: "sqlite" | "pg") => ({
  resolve: { alias },
  test: {
    name: `integration-${dialect}`,
    include: ["tests/integration/**/*.test.ts"],
    env: {
      MYDIA_TEST_DIALECT: dialect,
      LOG_LEVEL: "silent",
      // The dialect must be known when lib/db is first imported; the setup file sets the real URL.
      DATABASE_URL: dialect === "pg" ? "postgres://pending-test-setup" : "file:./data/pending-test-setup.db",
    },
    globalSetup: dialect === "pg" ? ["tests/helpers/postgres.global-setup.ts"] : [],
    setupFiles: ["tests/helpers/env.setup.ts", "tests/helpers/test-database.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file gets its own database; files share the two cores.
    fileParallelism: true,
  },
});

export default defineConfig({
  test: {
    reporters: ["default"],
    // Most test time is spent waiting on real peers (daemons, PostgreSQL, Chromium, child processes):
    // more files than cores at a time keep both cores busy. Vitest's default is one worker per core, less one.
    maxWorkers: 3,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          setupFiles: ["tests/helpers/env.setup.ts"],
          env: { LOG_LEVEL: "silent" },
          testTimeout: 60_000,
        },
      },
      integration("sqlite"),
      integration("pg"),
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          setupFiles: ["tests/helpers/env.setup.ts", "tests/e2e/build-ready.setup.ts"],
          env: { LOG_LEVEL: "silent" },
          globalSetup: ["tests/helpers/postgres.global-setup.ts", "tests/e2e/build.global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One at a time, after the unit and integration files: two or three apps with their workers at once on
          // two cores delayed the worker's jobs and live refreshes past the tests' waits.
          fileParallelism: false,
        },
      },
    ],
  },
});
