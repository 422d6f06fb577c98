import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { arrReferenceDir } from "./tests/helpers/arr-reference-dir";

const alias = { "@": path.resolve(import.meta.dirname) };

/**
 * The real *arr clients in ../shared/fixtures/arr-api/clients (never copied into the repository) run in
 * tests/e2e/arr-seerr.test.ts: their `@server/...` imports go to our shims (tests/helpers/arr-shims) or
 * to their own files, and their packages (axios) to ours, since nothing is installed beside the fixtures.
 */
const shim = (file: string) => path.resolve(import.meta.dirname, "tests/helpers/arr-shims/seerr", file);
const packageOf = createRequire(import.meta.url).resolve;
const arrClientAliases = [
  { find: /^@server\/logger$/, replacement: shim("logger.ts") },
  { find: /^@server\/lib\/cache$/, replacement: shim("cache.ts") },
  { find: /^@server\/lib\/settings$/, replacement: shim("settings.ts") },
  { find: /^@server\/utils\/customProxyAgent$/, replacement: shim("custom-proxy-agent.ts") },
  ...(arrReferenceDir
    ? [{ find: /^@server\/api\/(.*)$/, replacement: `${arrReferenceDir}/clients/seerr/server/api/$1` }]
    : []),
  { find: /^axios$/, replacement: packageOf("axios") },
  { find: /^axios-rate-limit$/, replacement: packageOf("axios-rate-limit") },
];
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
        resolve: { alias: [...arrClientAliases, { find: "@", replacement: alias["@"] }] },
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
