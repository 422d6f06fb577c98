/**
 * One measurement in its own process (so the memory figures are this process's own): run with
 * DATABASE_URL set, from the checkout whose code is measured. Prints one line `RESULT {json}`.
 *   pages <runs>         Wanted → Missing and → Cutoff unmet, page 1 of 50: median and p95 of <runs>
 *   job <missing|cutoff> the scheduled search (its handler, as the worker runs it): time and peak RSS
 */
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: Number(sorted[Math.floor(sorted.length / 2)].toFixed(1)),
    p95: Number(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)].toFixed(1)),
  };
}

async function main() {
  process.env.LOG_LEVEL = "silent";
  const [mode, arg] = process.argv.slice(2);
  const { systemActor } = await import("@/lib/accounts");
  const automation = await import("@/lib/automation");
  const { closeDb, getDbHandle, migrate } = await import("@/lib/db");
  // The seed may predate this checkout's newest migrations (an index): apply them, untimed.
  await migrate(getDbHandle());
  const rssBefore = mb(process.memoryUsage().rss);
  const result: Record<string, unknown> = { mode, rssBeforeMb: rssBefore };
  if (mode === "pages") {
    const runs = Number(arg ?? 10);
    for (const [name, fn] of [
      ["missing", () => automation.wantedMissing(systemActor, { page: 1, pageSize: 50 })],
      ["cutoff", () => automation.wantedCutoffUnmet(systemActor, { page: 1, pageSize: 50 })],
    ] as const) {
      const first = await fn();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
      }
      result[name] = { ...stats(samples), total: first.total, firstIds: first.items.slice(0, 3).map((i) => i.id) };
    }
  } else {
    const list = arg === "cutoff" ? "cutoff" : "missing";
    const handler = list === "cutoff" ? automation.automationCutoffHandler : automation.automationMissingHandler;
    const t0 = performance.now();
    const summary = await handler({ id: "bench", data: { limit: 1 }, signal: new AbortController().signal });
    result.job = list;
    result.ms = Math.round(performance.now() - t0);
    result.summary = { ...summary, grabbed: summary.grabbed.length };
  }
  result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  await closeDb();
  console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
