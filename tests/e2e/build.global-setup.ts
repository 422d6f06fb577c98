import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The e2e tests run the production build; build it once per run (always in CI). */
export function setup(): void {
  if (!process.env.CI && existsSync(".next/BUILD_ID") && !process.env.MYDIA_E2E_REBUILD) return;
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}
