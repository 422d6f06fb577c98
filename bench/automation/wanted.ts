/**
 * Wanted lists with a large catalog (10,000 movies, 100,000 episodes, nothing on disk): time to
 * serve page 1 of Missing and of Cutoff Unmet, and the selection step of the scheduled missing
 * search (which items are due) — the parts that read the whole catalog. Median and p95 of 10 runs.
 * Run: `npx tsx bench/automation/wanted.ts` (SQLite), or BENCH_DATABASE_URL=postgres://… for an
 * empty PostgreSQL database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { seedLargeCatalog } from "../catalog/seed";

const RUNS = 10;

async function time(label: string, work: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(RUNS / 2)];
  const p95 = samples[Math.min(RUNS - 1, Math.ceil(RUNS * 0.95) - 1)];
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  ${JSON.stringify(result)}`,
  );
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-bench-wanted-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "bench.db")}`;
  await seedLargeCatalog(databaseUrl, dataDir);
  const { systemActor } = await import("@/lib/accounts");
  const { wantedMissing, wantedCutoffUnmet } = await import("@/lib/automation");
  const { wantedBatches } = await import("@/lib/automation/wanted.service");
  const { closeDb } = await import("@/lib/db");
  await time(
    "Wanted → Missing, page 1 of 50",
    async () => (await wantedMissing(systemActor, { page: 1, pageSize: 50 })).total,
  );
  await time(
    "Wanted → Cutoff unmet, page 1 of 50",
    async () => (await wantedCutoffUnmet(systemActor, { page: 1, pageSize: 50 })).total,
  );
  await time("missing search: walk the list", async () => {
    let n = 0;
    for await (const batch of wantedBatches("missing")) n += batch.length;
    return n;
  });
  await closeDb();
  if (!process.env.BENCH_DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
