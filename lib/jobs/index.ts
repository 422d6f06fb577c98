import type { JobHandler, JobInfo, JobLogger, JobQueue, QueueCounts, SendOptions } from "./job-queue";
import {
  queueDefinition,
  queueNames,
  queues,
  isQueueName,
  type PayloadOf,
  type QueueDefinition,
  type QueueName,
} from "./queues";
import { getJobQueue } from "./runtime";
import { listTaskRuns, withTaskRun, type TaskRunStatus } from "./task-runs";

export type {
  Job,
  JobHandler,
  JobInfo,
  JobLogger,
  JobQueue,
  JobQueueOptions,
  QueueCounts,
  QueueOptions,
  ScheduleInfo,
  SendOptions,
  WorkOptions,
} from "./job-queue";
export { QueueNotFoundError, SingletonKeyError } from "./job-queue";
export { queues, queueNames, isQueueName, type QueueName, type PayloadOf } from "./queues";
export { createJobQueue, getJobQueue, closeJobQueue, createDeclaredQueues } from "./runtime";
export { listTaskRuns, withTaskRun, type TaskRun, type TaskRunStatus } from "./task-runs";
export {
  startWorkerHeartbeat,
  lastWorkerHeartbeat,
  listWorkers,
  type WorkerHeartbeat,
  type WorkerInfo,
} from "./workers";
export { housekeepingHandler, runHousekeeping } from "./housekeeping";
export { copyQueuedJobsToPostgres } from "./copy-to-postgres";
export { lastWorkerCrash, recordHandedOverCrash } from "./worker-crashes";
export { WORKER_CRASH_ENV, workerCrashSchema, type WorkerCrash } from "./worker-crash.schema";

/** One handler per declared queue: worker/index.ts builds this record, so a missing handler is a compile error. */
export type QueueHandlers = { [Q in QueueName]: JobHandler<PayloadOf<Q>> };

export class UnknownTaskError extends Error {
  override name = "UnknownTaskError";
  constructor(name: string) {
    super(`Unknown task "${name}"`);
  }
}

/** Sends a job to a declared queue: validates the payload and applies the queue's singleton key. */
export async function sendJob<Q extends QueueName>(
  queue: Q,
  data: PayloadOf<Q>,
  options: Omit<SendOptions, "singletonKey"> = {},
): Promise<string | null> {
  const definition: QueueDefinition = queueDefinition(queue);
  const payload = definition.payload.parse(data);
  const singletonKey = definition.singletonKey?.(payload);
  const jobs = await getJobQueue();
  return jobs.send(queue, payload, { ...options, ...(singletonKey !== undefined ? { singletonKey } : {}) });
}

/**
 * The queued or running job a send of this payload would have joined (its singleton key is taken),
 * or null: lets a caller whose send returned null follow the job that is doing the work.
 */
export async function pendingJobFor<Q extends QueueName>(queue: Q, data: PayloadOf<Q>): Promise<string | null> {
  const definition: QueueDefinition = queueDefinition(queue);
  const singletonKey = definition.singletonKey?.(definition.payload.parse(data));
  if (singletonKey === undefined) return null;
  return (await getJobQueue()).findPendingJobId(queue, singletonKey);
}

/** The jobs (queue and id) as they are now; pruned ones are absent from the answer. */
export async function findJobs(refs: readonly { queue: QueueName; jobId: string }[]): Promise<JobInfo[]> {
  const jobs = await getJobQueue();
  const found: JobInfo[] = [];
  for (const [queue, ofQueue] of Map.groupBy(refs, (ref) => ref.queue))
    found.push(...(await jobs.findJobs(queue, [...new Set(ofQueue.map((ref) => ref.jobId))])));
  return found;
}

/**
 * "Run now" for a scheduled task: enqueues its schedule's payload at once. Returns the job id, or
 * null when the task is already queued or running. UnknownTaskError for a queue without a schedule.
 */
export async function runNow(name: string): Promise<{ jobId: string | null }> {
  if (!isQueueName(name)) throw new UnknownTaskError(name);
  const definition: QueueDefinition = queues[name];
  if (!definition.schedule) throw new UnknownTaskError(name);
  return { jobId: await sendJob(name, definition.schedule.data as PayloadOf<typeof name>) };
}

/**
 * Registers the handler of every declared queue with the process's JobQueue: the payload is
 * validated, each run recorded in task_runs (and published as task.started / task.finished).
 */
export async function workDeclaredQueues(
  handlers: QueueHandlers,
  options: { concurrency?: number } = {},
): Promise<void> {
  const jobs = await getJobQueue();
  for (const name of queueNames) {
    const definition: QueueDefinition = queues[name];
    const handler = handlers[name] as JobHandler<object>;
    const validated: JobHandler<object> = (job) => handler({ ...job, data: definition.payload.parse(job.data) });
    await jobs.work(name, withTaskRun(name, validated), {
      concurrency: Math.min(definition.concurrency ?? 1, options.concurrency ?? Number.POSITIVE_INFINITY),
    });
  }
}

/** Makes the stored schedules match queues.ts: declared ones upserted, others removed. */
export async function applySchedules(logger?: JobLogger, jobsQueue?: JobQueue<string>): Promise<void> {
  const jobs = jobsQueue ?? (await getJobQueue());
  const declared = new Set<string>();
  for (const name of queueNames) {
    const definition: QueueDefinition = queues[name];
    if (!definition.schedule) continue;
    declared.add(name);
    const payload = definition.payload.parse(definition.schedule.data);
    const singletonKey = definition.singletonKey?.(payload);
    await jobs.schedule(name, definition.schedule.cron, payload, {
      tz: definition.schedule.tz ?? "UTC",
      ...(singletonKey !== undefined ? { singletonKey } : {}),
    });
  }
  for (const schedule of await jobs.listSchedules()) {
    if (!declared.has(schedule.name)) {
      await jobs.unschedule(schedule.name);
      logger?.info({ schedule: schedule.name }, "removed a schedule no queue declares any more");
    }
  }
}

/** One row of System → Tasks and GET /api/v1/system/tasks (lib/system maps it to its task schema). */
export interface TaskInfo {
  name: QueueName;
  title: string;
  description: string;
  /** Recurring tasks can be run now; the others run once per item (an import, a search) and only when Mydia sends one. */
  runnable: boolean;
  /** Present for recurring tasks. Dates are ISO strings. */
  schedule: { cron: string; tz: string; nextRunAt: string | null } | null;
  lastRun: {
    status: TaskRunStatus;
    startedAt: string;
    finishedAt: string | null;
    durationMs: number | null;
    error: string | null;
  } | null;
  runCount: number;
  counts: QueueCounts;
}

/** Declared queues with their schedule (next run), last run and job counts. */
export async function listTasks(): Promise<TaskInfo[]> {
  const jobs = await getJobQueue();
  const [schedules, runs, counts] = await Promise.all([jobs.listSchedules(), listTaskRuns(), jobs.queueCounts()]);
  const scheduleByName = new Map(schedules.map((s) => [s.name, s]));
  const runByName = new Map(runs.map((r) => [r.name, r]));
  return queueNames.map((name): TaskInfo => {
    const definition: QueueDefinition = queues[name];
    const stored = scheduleByName.get(name);
    const run = runByName.get(name);
    return {
      name,
      title: definition.title,
      description: definition.description,
      runnable: !!definition.schedule,
      schedule: stored
        ? { cron: stored.cron, tz: stored.tz, nextRunAt: stored.nextRunAt?.toISOString() ?? null }
        : definition.schedule
          ? { cron: definition.schedule.cron, tz: definition.schedule.tz ?? "UTC", nextRunAt: null }
          : null,
      lastRun: run
        ? {
            status: run.status,
            startedAt: run.startedAt.toISOString(),
            finishedAt: run.finishedAt?.toISOString() ?? null,
            durationMs: run.durationMs,
            error: run.error,
          }
        : null,
      runCount: run?.runCount ?? 0,
      counts: counts[name] ?? { queued: 0, active: 0, failed: 0, completed: 0 },
    };
  });
}
