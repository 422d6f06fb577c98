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

/** pg-boss cron tests reason about minutes: start them well inside one. */
async function awayFromMinuteBoundary(latestMsIntoMinute: number) {
  const into = Date.now() % 60_000;
  if (into > latestMsIntoMinute) await sleep(60_000 - into + 1000);
}

const minGap = (times: number[]) =>
  times
    .sort((a, b) => a - b)
    .slice(1)
    .reduce((min, t, i) => Math.min(min, t - times[i]), Number.POSITIVE_INFINITY);
let runsFile: string;
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
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  runsFile = path.join(getConfig().dataDir, "runs.jsonl");
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
      const start = Date.now();
      await producer.schedule(CRON_QUEUE, "* * * * * *", {});
      await sleep(5200);
      await producer.unschedule(CRON_QUEUE);
      const end = Date.now();
      await sleep(500);
      const ticks = Math.floor(end / 1000) - Math.floor(start / 1000);
      const firings = cronRuns();
      expect(firings.length).toBeGreaterThanOrEqual(ticks - 1);
      expect(firings.length).toBeLessThanOrEqual(ticks);
      // Two processes winning the same tick would fire within milliseconds of each other.
      expect(minGap(firings.map((f) => f.at))).toBeGreaterThan(300);
    } else {
      // pg-boss: minute resolution. A new schedule fires for the current minute, then at each boundary.
      await awayFromMinuteBoundary(50_000);
      const scheduledAt = Date.now();
      await producer.schedule(CRON_QUEUE, "* * * * *", {});
      await waitFor(() => cronRuns().length >= 1, 20_000, "first firing");
      const nextMinuteAt = (Math.floor(scheduledAt / 60_000) + 1) * 60_000;
      await sleep(Math.max(0, nextMinuteAt - Date.now()) + 8000);
      await producer.unschedule(CRON_QUEUE);
      const firings = cronRuns();
      expect(firings).toHaveLength(2);
      expect(firings[0].at).toBeLessThan(nextMinuteAt);
      expect(firings[1].at).toBeGreaterThanOrEqual(nextMinuteAt);
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
