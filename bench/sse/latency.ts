// SSE latency worker → browser: a separate process writes events to the outbox; a real Chromium
// tab receives them through /api/events. Prints p50/p95/max per dialect. Needs `npm run build`.
import { spawnSync } from "node:child_process";
import { launchChromium } from "@/tests/helpers/chromium";
import { startApp } from "@/tests/helpers/app-server";
import { createFirstAdmin } from "@/tests/helpers/first-admin";
import { startPostgres } from "@/tests/helpers/postgres-server";

const COUNT = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(dialect: "sqlite" | "pg", databaseUrl?: string) {
  const app = await startApp({ databaseUrl });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await createFirstAdmin(page, app.baseUrl);
    await page.evaluate(() => {
      const w = window as unknown as { latencies: number[] };
      w.latencies = [];
      const source = new EventSource("/api/events");
      source.onmessage = (message) => {
        const event = JSON.parse(message.data) as { type: string; payload: { name: string; detail: string } };
        if (event.type === "task.progress" && event.payload.name === "bench.latency")
          w.latencies.push(Date.now() - Number(event.payload.detail));
      };
      return new Promise<void>((resolve) => (source.onopen = () => resolve()));
    });
    const dbUrl = databaseUrl ?? `file:${app.dataDir}/mydia.db`;
    const publisher = spawnSync("node_modules/.bin/tsx", ["bench/sse/publisher.ts", String(COUNT), "20"], {
      env: { ...process.env, DATABASE_URL: dbUrl, DATA_DIR: app.dataDir, LOG_LEVEL: "silent" },
      stdio: "inherit",
    });
    if (publisher.status !== 0) throw new Error("publisher failed");
    await page.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length >= n, COUNT, {
      timeout: 30_000,
    });
    const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort(
      (a, b) => a - b,
    );
    console.log(
      `${dialect.padEnd(6)} events=${latencies.length} p50=${percentile(latencies, 50)} ms p95=${percentile(latencies, 95)} ms max=${latencies.at(-1)} ms`,
    );
  } finally {
    await browser.close();
    await app.stop();
  }
}

console.log(`SSE latency, worker process → browser tab (${COUNT} events, 20 ms apart)`);
await measure("sqlite");
const pg = process.env.TEST_DATABASE_URL ? null : await startPostgres();
try {
  await measure("pg", process.env.TEST_DATABASE_URL ?? pg!.url.replace(/\/postgres$/, "/postgres"));
} finally {
  pg?.stop();
}
