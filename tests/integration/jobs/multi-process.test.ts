import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import type { JobQueue } from "@/lib/jobs";
import { readRuns, spawnJobWorker, tallyRuns, type WorkerProcess } from "@/tests/helpers/job-processes";
import { dialect, jobState, sleep, startQueue, stopQueues, waitFor } from "./helpers";

/**
 * Two real worker processes (tests/helpers/job-worker.ts) on this file's database: every job runs
 * exactly once, a SIGKILLed worker's job is re-run by the other after the lease, and a cron
 * schedule fires once per tick.
 */
const QUEUE = "test.mp";
const CRON_QUEUE = "test.mp.cron";
const LEASE_SECONDS = dialect === "pg" ? 10 : 2;

let producer: JobQueue;

let runsFile: string;
/** SQLite: the workers' schedules read the time from this file (the test steps through ticks). */
let clockFile: string;
const setClock = (ms: number) => writeFileSync(clockFile, String(ms));
const CLOCK_START = Date.parse("2026-01-01T00:00:00.000Z");
const workers: WorkerProcess[] = [];

function spawnWorker(): WorkerProcess {
  const config = getConfig();
  const worker = spawnJobWorker({
    DATABASE_URL: config.DATABASE_URL,
    DATA_DIR: config.dataDir,
    JOB_RUNS_FILE: runsFile,
    JOB_QUEUE: QUEUE,
    JOB_CRON_QUEUE: CRON_QUEUE,
    JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    JOB_CONCURRENCY: "4",
    JOB_POLL_MS: dialect === "pg" ? "500" : "100",
    ...(dialect === "sqlite" ? { JOB_CLOCK_FILE: clockFile } : {}),
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  runsFile = path.join(getConfig().dataDir, "runs.jsonl");
  clockFile = path.join(getConfig().dataDir, "clock");
  setClock(CLOCK_START);
  producer = await startQueue({ role: "producer" });
  await producer.createQueue(QUEUE, { leaseSeconds: LEASE_SECONDS, retryLimit: 3, retryDelaySeconds: 0 });
  await producer.createQueue(CRON_QUEUE, { retryLimit: 0 });
  spawnWorker();
  spawnWorker();
  await Promise.all(workers.map((w) => w.ready));
});

afterAll(async () => {
  const codes = await Promise.all(workers.map((w) => w.stop()));
  await stopQueues();
  // Every worker still alive at the end stopped gracefully on SIGTERM.
  expect(codes.filter((c) => c !== null)).toEqual(codes.filter((c) => c !== null).map(() => 0));
});

describe(`two worker processes (${dialect})`, () => {
  it("run 1,000 jobs exactly once each", async () => {
    const ids: string[] = [];
    for (let n = 0; n < 1000; n++) ids.push((await producer.send(QUEUE, { n, sleepMs: 2 }))!);
    expect(new Set(ids).size).toBe(1000);
    await waitFor(async () => (await producer.queueCounts())[QUEUE]?.completed === 1000, 110_000, "1,000 completed");
    await sleep(500);
    const { once, twice, lost, byPid } = tallyRuns(readRuns(runsFile), ids);
    expect({ once, twice, lost }).toEqual({ once: 1000, twice: 0, lost: 0 });
    // Both processes took part.
    expect(byPid.size).toBe(2);
    for (const count of byPid.values()) expect(count).toBeGreaterThan(50);
  }, 120_000);

  it("fires a cron schedule once per tick with both workers running", async () => {
    const cronRuns = () => readRuns(runsFile).filter((r) => r.event === "cron");
    if (dialect === "sqlite") {
      // Both workers read the clock file: the test steps through five ticks instead of counting seconds.
      const clocked = await startQueue({ role: "producer", now: () => CLOCK_START });
      await clocked.createQueue(CRON_QUEUE, { retryLimit: 0 });
      await clocked.schedule(CRON_QUEUE, "* * * * * *", {});
      for (let tick = 1; tick <= 5; tick++) {
        setClock(CLOCK_START + tick * 1000);
        await waitFor(() => cronRuns().length >= tick, 10_000, `tick ${tick}`);
      }
      // Both workers keep polling (every 100 ms) on the last tick: nobody fires it twice.
      await sleep(500);
      await producer.unschedule(CRON_QUEUE);
      expect(cronRuns()).toHaveLength(5);
    } else {
      // pg-boss: minute resolution. A new schedule fires for the current minute, then at each boundary.
      // PostgreSQL's clock cannot be set: no waiting for a quiet part of the minute; at most one
      // firing per minute the test spans, and the schedule keeps firing after the next boundary.
      const scheduledAt = Date.now();
      await producer.schedule(CRON_QUEUE, "* * * * *", {});
      await waitFor(() => cronRuns().length >= 1, 20_000, "first firing");
      const nextMinuteAt = (Math.floor(scheduledAt / 60_000) + 1) * 60_000;
      await waitFor(
        () => cronRuns().some((f) => f.at >= nextMinuteAt),
        90_000,
        "a firing after the next minute boundary",
      );
      await sleep(3000);
      await producer.unschedule(CRON_QUEUE);
      const minutes = Math.floor(Date.now() / 60_000) - Math.floor(scheduledAt / 60_000) + 1;
      expect(cronRuns().length).toBeLessThanOrEqual(minutes);
    }
  }, 120_000);

  it("re-runs the job of a worker killed with SIGKILL once its lease expires", async () => {
    const id = (await producer.send(QUEUE, { n: -1, sleepOnFirstAttemptMs: 120_000 }))!;
    const started = await waitFor(
      () => readRuns(runsFile).find((r) => r.id === id && r.event === "start"),
      20_000,
      "start",
    );
    const victim = workers.find((w) => w.pid === started.pid)!;
    expect(victim).toBeDefined();
    victim.child.kill("SIGKILL");
    await victim.exited;
    const killedAt = Date.now();

    const rerun = await waitFor(
      () => readRuns(runsFile).find((r) => r.id === id && r.event === "start" && r.pid !== victim.pid),
      LEASE_SECONDS * 1000 + 20_000,
      "re-run by the other worker",
    );
    const delay = rerun.at - killedAt;
    expect(rerun.attempt).toBe(2);
    // Not before the lease ran out (it was last renewed at most a third of a lease before the kill) …
    expect(rerun.at - started.at).toBeGreaterThanOrEqual(LEASE_SECONDS * 1000 - 100);
    // … and soon after.
    expect(delay).toBeLessThan(LEASE_SECONDS * 1000 + (dialect === "pg" ? 6000 : 2000));
    await waitFor(async () => (await jobState(producer, QUEUE, id)) === "completed", 20_000, "completed");
    const lines = readRuns(runsFile).filter((r) => r.id === id);
    expect(lines.map((l) => [l.event, l.attempt])).toEqual([
      ["start", 1],
      ["start", 2],
      ["done", 2],
    ]);
    console.info(`[${dialect}] SIGKILL re-run ${delay} ms after the kill (lease ${LEASE_SECONDS} s)`);
  }, 60_000);
});
