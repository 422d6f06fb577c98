import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the e2e build's state is written ("running", "ok" or "failed"), or "" when no build runs. */
    e2eBuildState: string;
  }
}

const artifacts = path.resolve("tests/artifacts");
const buildLog = path.join(artifacts, "e2e-build.log");
let build: ChildProcess | undefined;

/**
 * The e2e tests run the production build (`npm run build`), built once per run (always in CI). The
 * build starts here and runs while the unit and integration files run; each e2e file waits for it
 * (build-ready.setup.ts), so the two cores are not idle during the build.
 */
export function setup(project: TestProject): void {
  const built = existsSync(".next/BUILD_ID") && existsSync("dist/bin/start.mjs");
  if (!process.env.CI && built && !process.env.MYDIA_E2E_REBUILD) {
    project.provide("e2eBuildState", "");
    return;
  }
  mkdirSync(artifacts, { recursive: true });
  const state = path.join(artifacts, "e2e-build.state");
  writeFileSync(state, "running");
  const log = createWriteStream(buildLog);
  build = spawn("npm", ["run", "build"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  build.stdout?.pipe(log);
  build.stderr?.pipe(log);
  const started = Date.now();
  build.on("exit", (code) => {
    writeFileSync(state, code === 0 ? "ok" : "failed");
    console.log(
      `e2e: npm run build ${code === 0 ? "finished" : `failed (exit ${code})`} in ${Date.now() - started} ms`,
    );
  });
  project.provide("e2eBuildState", state);
}

export function teardown(): void {
  if (build && build.exitCode === null) build.kill("SIGTERM");
}
