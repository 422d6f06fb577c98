/**
 * A real worker process for the multi-process job tests and bench/jobs/exactly-once.ts
 * (`tsx tests/helpers/job-worker.ts`). Works two queues through lib/jobs' JobQueue and appends
 * one JSON line per event to JOB_RUNS_FILE (O_APPEND: lines from both processes never interleave).
 *
 * env: DATABASE_URL, DATA_DIR, JOB_RUNS_FILE, JOB_QUEUE (default test.mp), JOB_CRON_QUEUE
 * (default test.mp.cron), JOB_LEASE_SECONDS, JOB_CONCURRENCY, JOB_POLL_MS, JOB_CLOCK_FILE (SQLite: the
 * schedules read the time, in ms, from this file, so that a test steps through cron ticks).
 * Payload { n, sleepMs?, sleepOnFirstAttemptMs? }. Prints "ready" when it is working; SIGTERM stops it gracefully.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { createJobQueue } from "@/lib/jobs";

const env = process.env;
const runsFile = env.JOB_RUNS_FILE!;
const queue = env.JOB_QUEUE ?? "test.mp";
const cronQueue = env.JOB_CRON_QUEUE ?? "test.mp.cron";
const leaseSeconds = Number(env.JOB_LEASE_SECONDS ?? 2);
const concurrency = Number(env.JOB_CONCURRENCY ?? 4);
const pollIntervalMs = Number(env.JOB_POLL_MS ?? 100);
const clockFile = env.JOB_CLOCK_FILE;

const record = (line: object) =>
  appendFileSync(runsFile, JSON.stringify({ ...line, pid: process.pid, at: Date.now() }) + "\n");
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

async function main() {
  const jobs = createJobQueue({
    role: "worker",
    pollIntervalMs,
    cronPollIntervalMs: 100,
    superviseIntervalSeconds: 1,
    cronIntervalSeconds: 1,
    ...(clockFile ? { now: () => Number(readFileSync(clockFile, "utf8")) } : {}),
  });
  await jobs.start();
  await jobs.createQueue(queue, { leaseSeconds, retryLimit: 3, retryDelaySeconds: 0 });
  await jobs.createQueue(cronQueue, { retryLimit: 0 });
  await jobs.work<{ n: number; sleepMs?: number; sleepOnFirstAttemptMs?: number }>(
    queue,
    async (job) => {
      record({ event: "start", id: job.id, n: job.data.n, attempt: job.attempt });
      const ms =
        job.attempt === 1 && job.data.sleepOnFirstAttemptMs ? job.data.sleepOnFirstAttemptMs : (job.data.sleepMs ?? 0);
      if (ms > 0) await sleep(ms, job.signal);
      record({ event: "done", id: job.id, n: job.data.n, attempt: job.attempt });
    },
    { concurrency, pollIntervalMs },
  );
  await jobs.work(cronQueue, async (job) => void record({ event: "cron", id: job.id }), {
    concurrency: 2,
    pollIntervalMs,
  });

  const stop = async () => {
    await jobs.stop({ graceMs: 5000 });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  process.stdout.write("ready\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
