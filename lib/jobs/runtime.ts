import { getDbHandle } from "@/lib/db";
import type { JobQueue, JobQueueOptions } from "./job-queue";
import { PgBossJobQueue } from "./pg-boss/pg-boss-job-queue";
import { deadLetterQueueNames, queueNames, queueOptionsOf, type QueueName } from "./queues";
import { SqliteJobQueue } from "./sqlite/sqlite-job-queue";

/** A new, unstarted JobQueue for the process's database: pg-boss on PostgreSQL, the SQLite adapter on SQLite. */
export function createJobQueue<Q extends string = string>(options: JobQueueOptions = {}): JobQueue<Q> {
  return getDbHandle().dialect === "pg" ? new PgBossJobQueue<Q>(options) : new SqliteJobQueue<Q>(options);
}

/** Creates every declared queue (dead letter queues first). Idempotent. */
export async function createDeclaredQueues(queue: JobQueue<string>): Promise<void> {
  for (const name of deadLetterQueueNames()) await queue.createQueue(name, {});
  for (const name of queueNames) await queue.createQueue(name, queueOptionsOf(name));
}

let instance: Promise<JobQueue<string>> | undefined;

/**
 * The process's JobQueue, started, with the declared queues created. The first call decides the
 * options: the worker calls it with `{ role: "worker" }` before anything else; the web process
 * gets a producer (sends and reads; no cron pass, no expiry sweep).
 */
export function getJobQueue(options: JobQueueOptions = {}): Promise<JobQueue<string>> {
  instance ??= (async () => {
    const queue = createJobQueue<string>(options);
    await queue.start();
    await createDeclaredQueues(queue);
    return queue;
  })().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/** Stops the process's JobQueue (graceful, see JobQueue.stop) and forgets it. */
export async function closeJobQueue(options: { graceMs?: number } = {}): Promise<void> {
  const current = instance;
  instance = undefined;
  if (current) await (await current).stop(options);
}

export type { QueueName };
