import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, type RunningApp } from "../../tests/helpers/app-server";
import { SEED_VERSION } from "./seed";

/**
 * The built app (or BENCH_APP_DIR's) on a copy of the cached SQLite seed of bench/scale/table.ts,
 * so the page benches measure the same library as the scaling table.
 */
export async function startOnSqliteSeed(titles: number): Promise<RunningApp> {
  const cacheDir = process.env.BENCH_SCALE_DIR ?? `/tmp/mydia-scale-v${SEED_VERSION}`;
  const seedDir = path.join(cacheDir, `sqlite-${titles}`);
  if (!existsSync(path.join(seedDir, "done")))
    throw new Error(
      `no cached seed of ${titles} titles: run npx tsx bench/scale/table.ts --sizes ${titles} --db sqlite`,
    );
  const file = path.join(mkdtempSync(path.join(tmpdir(), "mydia-bench-seeded-")), "mydia.db");
  copyFileSync(path.join(seedDir, "mydia.db"), file);
  const nodeOptions = process.env.BENCH_NODE_OPTIONS;
  return startApp({
    databaseUrl: `file:${file}`,
    cwd: process.env.BENCH_APP_DIR,
    startTimeoutMs: 300_000,
    env: nodeOptions ? { NODE_OPTIONS: nodeOptions } : {},
  });
}
