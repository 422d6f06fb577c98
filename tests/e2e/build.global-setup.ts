import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The e2e tests run the production build (`npm run build`); build it once per run (always in CI). */
export function setup(): void {
  const built = existsSync(".next/BUILD_ID") && existsSync("dist/bin/start.mjs");
  if (!process.env.CI && built && !process.env.MYDIA_E2E_REBUILD) return;
  const result = spawnSync("npm", ["run", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
