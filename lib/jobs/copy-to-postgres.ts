import Database from "better-sqlite3";
import { applySchedules } from "./index";
import { PgBossJobQueue } from "./pg-boss/pg-boss-job-queue";
import { deadLetterQueueNames, isQueueName } from "./queues";
import { createDeclaredQueues } from "./runtime";

interface QueuedJobRow {
  queue: string;
  data: string;
  singleton_key: string | null;
  priority: number;
  start_after: number;
  retry_limit: number;
}

/**
 * Moves the SQLite queue's waiting work to pg-boss on the target database: every job still queued
 * or running (a running one starts again there) and the declared schedules. Finished jobs stay
 * behind: their outcome is in task_runs, which is copied with the other tables.
 */
export async function copyQueuedJobsToPostgres(
  sqlitePath: string,
  targetUrl: string,
): Promise<{ jobs: number; schedules: number }> {
  const sqlite = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const rows = sqlite
    .prepare(
      "SELECT queue, data, singleton_key, priority, start_after, retry_limit FROM jobs WHERE state IN ('created', 'active') ORDER BY created_at",
    )
    .all() as QueuedJobRow[];
  sqlite.close();
  const known = new Set<string>(deadLetterQueueNames());
  const queue = new PgBossJobQueue<string>({ connectionString: targetUrl, poolSize: 2 });
  await queue.start();
  try {
    await createDeclaredQueues(queue);
    let jobs = 0;
    for (const row of rows) {
      if (!isQueueName(row.queue) && !known.has(row.queue)) continue;
      const id = await queue.send(row.queue, JSON.parse(row.data) as object, {
        ...(row.singleton_key ? { singletonKey: row.singleton_key } : {}),
        priority: row.priority,
        startAfter: new Date(row.start_after),
        retryLimit: row.retry_limit,
      });
      if (id) jobs++;
    }
    await applySchedules(undefined, queue);
    return { jobs, schedules: (await queue.listSchedules()).length };
  } finally {
    await queue.stop({ graceMs: 0 });
  }
}
