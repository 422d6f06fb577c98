import type Database from "better-sqlite3";
import { getDbHandle, sqliteGate, type SqliteGate } from "@/lib/db";
import { assertCron } from "../cron";
import {
  QueueNotFoundError,
  resolveQueueOptions,
  SingletonKeyError,
  silentLogger,
  type JobHandler,
  type JobInfo,
  type JobLogger,
  type JobQueue,
  type JobQueueOptions,
  type QueueCounts,
  type QueueOptions,
  type ResolvedQueueOptions,
  type ScheduleInfo,
  type ScheduleOptions,
  type SendOptions,
  type StopOptions,
  type WorkOptions,
} from "../job-queue";
import { errorOutput, SqliteJobStore, type ClaimedJob } from "./job-store";
import { SqliteScheduleStore, type DueSchedule } from "./schedule-store";

export interface SqliteJobQueueOptions extends JobQueueOptions {
  /** The connection to use; default the process's (getDbHandle()). Tests pass a second one to act as another process. */
  sqlite?: Database.Database;
}

class JobTimeoutError extends Error {
  override name = "JobTimeoutError";
}

interface RunningJob {
  job: ClaimedJob;
  controller: AbortController;
  /** Set when stop() gave the job back or the lease went to another worker: its outcome no longer counts. */
  abandoned: boolean;
  settled: Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retries a statement that hit SQLITE_BUSY (another process held the write lock past busy_timeout). */
async function withBusyRetry<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || (code !== "SQLITE_BUSY" && code !== "SQLITE_LOCKED")) throw error;
      await sleep(50 * attempt);
    }
  }
}

/** One work() registration: a poll loop that claims up to `concurrency` jobs of one queue. */
class QueueWorker {
  active = 0;
  private wakeUp: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  loop: Promise<void> = Promise.resolve();

  constructor(
    readonly queue: string,
    readonly concurrency: number,
    readonly pollIntervalMs: number,
  ) {}

  wake(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const resolve = this.wakeUp;
    this.wakeUp = null;
    resolve?.();
  }

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(() => this.wake(), ms);
    });
  }
}

export class SqliteJobQueue<Q extends string = string> implements JobQueue<Q> {
  readonly dialect = "sqlite" as const;
  private readonly sqlite: Database.Database;
  /** Keeps the adapter's statements out of a tx() that is open on the same connection (lib/db/sqlite-gate.ts). */
  private readonly gate: SqliteGate;
  private readonly jobs: SqliteJobStore;
  private readonly schedules: SqliteScheduleStore;
  private readonly queues = new Map<string, ResolvedQueueOptions>();
  private readonly workers: QueueWorker[] = [];
  private readonly running = new Map<string, RunningJob>();
  private readonly logger: JobLogger;
  private readonly role: "worker" | "producer";
  private readonly pollIntervalMs: number;
  private readonly cronPollIntervalMs: number;
  private readonly now: () => number;
  private cronTimer: NodeJS.Timeout | null = null;
  private started = false;
  private stopping = false;

  constructor(options: SqliteJobQueueOptions = {}) {
    if (options.sqlite) this.sqlite = options.sqlite;
    else {
      const handle = getDbHandle();
      if (handle.dialect !== "sqlite") throw new Error("SqliteJobQueue needs the SQLite dialect (DATABASE_URL=file:…)");
      this.sqlite = handle.sqlite;
    }
    this.gate = sqliteGate(this.sqlite);
    this.logger = options.logger ?? silentLogger;
    this.role = options.role ?? "producer";
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.cronPollIntervalMs = options.cronPollIntervalMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.jobs = new SqliteJobStore(this.sqlite, (queue) => this.queues.get(queue) ?? resolveQueueOptions());
    this.schedules = new SqliteScheduleStore(this.sqlite);
  }

  /** The statements behind this adapter (tests use them to play a worker that dies). */
  get store(): SqliteJobStore {
    return this.jobs;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    if (this.role === "worker") this.scheduleCronPass(0);
  }

  async createQueue(name: Q, options: QueueOptions = {}): Promise<void> {
    this.queues.set(name, resolveQueueOptions(options));
  }

  private options(queue: string): ResolvedQueueOptions {
    const options = this.queues.get(queue);
    if (!options) throw new QueueNotFoundError(queue);
    return options;
  }

  async send(queue: Q, data: object, options: SendOptions = {}): Promise<string | null> {
    const queueOptions = this.options(queue);
    if (options.singletonKey !== undefined && !queueOptions.singleton) throw new SingletonKeyError(queue);
    // Inside the caller's tx() (options.db) the gate lets the insert through, so it commits or rolls back with it.
    const id = await withBusyRetry(() =>
      this.gate.statement(() =>
        this.jobs.insert({
          queue,
          data,
          options: queueOptions,
          singletonKey: queueOptions.singleton ? (options.singletonKey ?? "") : null,
          priority: options.priority,
          startAfter: options.startAfter?.getTime(),
          retryLimit: options.retryLimit,
        }),
      ),
    );
    if (id) for (const worker of this.workers) if (worker.queue === queue) worker.wake();
    return id;
  }

  async work<T extends object>(queue: Q, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    if (!this.started || this.stopping) throw new Error("JobQueue is not started");
    this.options(queue);
    const worker = new QueueWorker(
      queue,
      Math.max(1, options.concurrency ?? 1),
      options.pollIntervalMs ?? this.pollIntervalMs,
    );
    this.workers.push(worker);
    worker.loop = this.pollLoop(worker, handler as JobHandler<object>);
  }

  private async pollLoop(worker: QueueWorker, handler: JobHandler<object>): Promise<void> {
    while (!this.stopping) {
      const free = worker.concurrency - worker.active;
      let claimed: ClaimedJob[] = [];
      if (free > 0) {
        try {
          const leaseMs = this.options(worker.queue).leaseSeconds * 1000;
          claimed = await this.gate.statement(() => this.jobs.claim(worker.queue, free, leaseMs));
        } catch (error) {
          this.logger.warn({ err: error, queue: worker.queue }, "claiming jobs failed; retrying");
        }
        for (const job of claimed) this.runJob(worker, job, handler);
      }
      if (this.stopping) break;
      // Woken early when a job of this worker finishes or this process sends to the queue.
      await worker.wait(worker.pollIntervalMs);
    }
  }

  private runJob(worker: QueueWorker, job: ClaimedJob, handler: JobHandler<object>): void {
    const options = this.options(worker.queue);
    const leaseMs = options.leaseSeconds * 1000;
    const controller = new AbortController();
    worker.active++;
    const entry: RunningJob = { job, controller, abandoned: false, settled: Promise.resolve() };

    const heartbeat = setInterval(
      () => {
        this.gate
          .statement(() => this.jobs.extend(job.id, job.lockToken, leaseMs))
          .then((extended) => {
            if (extended || entry.abandoned) return;
            entry.abandoned = true;
            controller.abort(new Error("lease lost: the job was taken over by another worker"));
            this.logger.warn({ jobId: job.id, queue: job.queue }, "job lease lost");
          })
          .catch((error: unknown) =>
            this.logger.warn({ err: error, jobId: job.id }, "lease renewal failed; will retry"),
          );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    const expiry = setTimeout(
      () => controller.abort(new JobTimeoutError(`job timed out after ${job.expireSeconds} s`)),
      job.expireSeconds * 1000,
    );

    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
    });
    aborted.catch(() => {});
    const execute = async () => {
      let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
      try {
        const value = await Promise.race([
          handler({
            id: job.id,
            queue: job.queue,
            data: job.data as object,
            attempt: job.retryCount + 1,
            signal: controller.signal,
          }),
          aborted,
        ]);
        outcome = { ok: true, value };
      } catch (error) {
        outcome = { ok: false, error };
      } finally {
        clearInterval(heartbeat);
        clearTimeout(expiry);
      }
      if (entry.abandoned) return;
      try {
        if (outcome.ok) {
          const value = outcome.value;
          const done = await withBusyRetry(() =>
            this.gate.statement(() => this.jobs.complete(job.id, job.lockToken, value ?? null)),
          );
          if (!done)
            this.logger.warn(
              { jobId: job.id, queue: job.queue },
              "job finished after its lease went to another worker",
            );
        } else {
          const error = outcome.error;
          const result = await withBusyRetry(() =>
            this.gate.statement(() => this.jobs.fail(job.id, job.lockToken, error)),
          );
          const level = result === "failed" ? "error" : "warn";
          this.logger[level](
            { jobId: job.id, queue: job.queue, attempt: job.retryCount + 1, result, error: errorOutput(error) },
            "job failed",
          );
        }
      } catch (error) {
        this.logger.error(
          { err: error, jobId: job.id },
          "recording the job's outcome failed; its lease will expire and it will run again",
        );
      }
    };
    entry.settled = execute().finally(() => {
      this.running.delete(job.lockToken);
      worker.active--;
      worker.wake();
    });
    this.running.set(job.lockToken, entry);
  }

  async stop({ graceMs = 10_000 }: StopOptions = {}): Promise<void> {
    if (!this.started || this.stopping) return;
    this.stopping = true;
    if (this.cronTimer) clearTimeout(this.cronTimer);
    this.cronTimer = null;
    for (const worker of this.workers) worker.wake();
    await Promise.all(this.workers.map((w) => w.loop));

    const allSettled = Promise.all([...this.running.values()].map((r) => r.settled));
    let graceTimer: NodeJS.Timeout | undefined;
    await Promise.race([allSettled, new Promise<void>((resolve) => (graceTimer = setTimeout(resolve, graceMs)))]);
    clearTimeout(graceTimer);

    for (const entry of [...this.running.values()]) {
      entry.abandoned = true;
      const released = await withBusyRetry(() =>
        this.gate.statement(() => this.jobs.release(entry.job.id, entry.job.lockToken)),
      ).catch(() => false);
      this.logger.warn(
        { jobId: entry.job.id, queue: entry.job.queue, released },
        "job still running at shutdown; released",
      );
      entry.controller.abort(new Error("worker shutting down"));
    }
    await Promise.all([...this.running.values()].map((r) => r.settled));
    this.workers.length = 0;
    this.started = false;
  }

  async schedule(name: Q, cron: string, data: object, options: ScheduleOptions = {}): Promise<void> {
    const tz = options.tz ?? "UTC";
    assertCron(cron, tz);
    const queueOptions = this.options(name);
    if (options.singletonKey !== undefined && !queueOptions.singleton) throw new SingletonKeyError(name);
    await withBusyRetry(() =>
      this.gate.statement(() => this.schedules.upsert(name, cron, tz, data, options.singletonKey ?? null, this.now())),
    );
  }

  async unschedule(name: Q): Promise<void> {
    await withBusyRetry(() => this.gate.statement(() => this.schedules.remove(name)));
  }

  async listSchedules(): Promise<ScheduleInfo[]> {
    return this.gate.statement(() => this.schedules.list());
  }

  async queueCounts(): Promise<Record<string, QueueCounts>> {
    return this.gate.statement(() => this.jobs.counts());
  }

  async findJobs(queue: Q, ids: readonly string[]): Promise<JobInfo[]> {
    if (ids.length === 0) return [];
    return this.gate.statement(() => this.jobs.find(queue, ids));
  }

  async findPendingJobId(queue: Q, singletonKey: string): Promise<string | null> {
    return this.gate.statement(() => this.jobs.pendingId(queue, singletonKey));
  }

  async prune({ completedOlderThan }: { completedOlderThan: Date }): Promise<number> {
    return withBusyRetry(() => this.gate.statement(() => this.jobs.prune(completedOlderThan.getTime())));
  }

  private scheduleCronPass(delayMs: number): void {
    this.cronTimer = setTimeout(() => {
      if (this.stopping) return;
      this.gate
        .statement(() => this.fireDueSchedules())
        .catch((error: unknown) => this.logger.warn({ err: error }, "cron pass failed; retrying"))
        .finally(() => {
          if (!this.stopping) this.scheduleCronPass(this.cronPollIntervalMs);
        });
    }, delayMs);
  }

  private fireDueSchedules(): void {
    const catchUpMs = Math.max(5_000, 5 * this.cronPollIntervalMs);
    const now = this.now();
    for (const row of this.schedules.due(now)) {
      // Only queues this process created: it needs their options to enqueue.
      if (!this.queues.has(row.name)) continue;
      const fired = this.schedules.fire(row, (due, tick) => this.enqueueScheduled(due, tick), catchUpMs, now);
      if (fired) for (const worker of this.workers) if (worker.queue === row.name) worker.wake();
    }
  }

  private enqueueScheduled(due: DueSchedule, tick: number): void {
    const options = this.options(due.name);
    const id = this.jobs.insert({
      queue: due.name,
      data: due.payload,
      options,
      singletonKey: options.singleton ? (due.singletonKey ?? "") : null,
    });
    this.logger.debug(
      { schedule: due.name, tick: new Date(tick), jobId: id },
      id ? "schedule fired" : "schedule fired; job already queued",
    );
  }

  /** The schedule statements (tests use them to play two processes reading the same tick). */
  get scheduleStore(): SqliteScheduleStore {
    return this.schedules;
  }
}
