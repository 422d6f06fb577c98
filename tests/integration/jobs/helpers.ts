import { getConfig } from "@/lib/config";
import { getDbHandle, openDatabase } from "@/lib/db";
import { createJobQueue, type JobQueue, type JobQueueOptions } from "@/lib/jobs";
import { PgBossJobQueue } from "@/lib/jobs/pg-boss/pg-boss-job-queue";
import { SqliteJobQueue } from "@/lib/jobs/sqlite/sqlite-job-queue";

export const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";

/** Test-friendly intervals (pg-boss polls at 500 ms at the fastest, sweeps expiry every second here). */
export const testQueueOptions: JobQueueOptions = {
  role: "worker",
  pollIntervalMs: dialect === "pg" ? 500 : 25,
  cronPollIntervalMs: 50,
  superviseIntervalSeconds: 1,
  cronIntervalSeconds: 1,
};

const opened: JobQueue[] = [];
const extraConnections: { close(): Promise<void> }[] = [];

/**
 * A started JobQueue. `ownConnection` (SQLite): on a second connection to the same file, the way
 * another process would see it.
 */
export async function startQueue(options: JobQueueOptions & { ownConnection?: boolean } = {}): Promise<JobQueue> {
  const { ownConnection, ...rest } = options;
  let queue: JobQueue;
  if (ownConnection && dialect === "sqlite") {
    const handle = openDatabase(getConfig());
    if (handle.dialect !== "sqlite") throw new Error("expected sqlite");
    extraConnections.push(handle);
    queue = new SqliteJobQueue({ ...testQueueOptions, ...rest, sqlite: handle.sqlite });
  } else {
    queue = createJobQueue({ ...testQueueOptions, ...rest });
  }
  await queue.start();
  opened.push(queue);
  return queue;
}

export async function stopQueues(): Promise<void> {
  await Promise.all(opened.splice(0).map((q) => q.stop({ graceMs: 0 }).catch(() => {})));
  await Promise.all(extraConnections.splice(0).map((c) => c.close()));
}

export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 20_000,
  what = "condition",
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(dialect === "pg" ? 100 : 20);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Raw state of a job, whichever adapter stores it. */
export async function jobState(queue: JobQueue, name: string, id: string): Promise<string | null> {
  if (queue instanceof SqliteJobQueue) return queue.store.state(id)?.state ?? null;
  if (queue instanceof PgBossJobQueue) return (await queue.boss.getJobById(name, id))?.state ?? null;
  throw new Error("unknown adapter");
}

export { getDbHandle };
