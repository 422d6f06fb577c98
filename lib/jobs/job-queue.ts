/**
 * The job queue every process talks to. PostgreSQL: a thin wrapper over pg-boss 12
 * (lib/jobs/pg-boss). SQLite: a small adapter over the `jobs` and `job_schedules` tables
 * (lib/jobs/sqlite). Generic over the queue names so tests and benchmarks can use their own.
 */

import type { Db } from "@/lib/db";

/** Options a queue is created with; each job copies them (send() may override retryLimit). */
export interface QueueOptions {
  /** Retries after the first attempt before the job is `failed`. Default 2. */
  retryLimit?: number;
  /** Delay before a retry, in seconds. Default 5. */
  retryDelaySeconds?: number;
  /** Exponential back-off: delay × 2^retryCount. Default true. */
  retryBackoff?: boolean;
  /** Longest a single attempt may run; then its signal aborts and the attempt counts as failed. Default 900. */
  expireInSeconds?: number;
  /**
   * How long after its worker stops heart-beating a running job is handed to another worker
   * (the lease). Running jobs renew it about three times per lease. Default 60.
   * pg-boss needs whole seconds, at least 10 (its `heartbeatSeconds`).
   */
  leaseSeconds?: number;
  /** A failed job (retries exhausted) is copied to this queue. */
  deadLetter?: string;
  /** At most one queued-or-active job per singleton key (pg-boss policy `exclusive`). */
  singleton?: boolean;
}

export interface SendOptions {
  /**
   * The caller's transaction (the `t` of tx()): the job is inserted in it, so it exists exactly
   * when the row that caused it commits. SQLite: same database file; pg-boss: its `db` option.
   */
  db?: Db;
  /** Only for queues created with `singleton: true`: a second job with the same key is dropped (send returns null). */
  singletonKey?: string;
  /** Not before this moment. */
  startAfter?: Date;
  retryLimit?: number;
  /** Higher runs first. Default 0. */
  priority?: number;
}

export interface Job<T> {
  id: string;
  queue: string;
  data: T;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  /** Aborts when the attempt expires or the worker shuts down past its grace period. */
  signal: AbortSignal;
}

export type JobHandler<T> = (job: Job<T>) => Promise<unknown>;

export interface WorkOptions {
  /** Jobs of this queue run at once in this process. Default 1. */
  concurrency?: number;
  /** How often an idle worker looks for new jobs. Default: the adapter's. */
  pollIntervalMs?: number;
}

export interface ScheduleOptions {
  /** IANA time zone the cron expression is read in. Default UTC. */
  tz?: string;
  /** Singleton key of the jobs the schedule sends (for queues created with `singleton: true`). */
  singletonKey?: string;
}

export interface ScheduleInfo {
  name: string;
  cron: string;
  tz: string;
  nextRunAt: Date | null;
}

export interface QueueCounts {
  /** Waiting to run, including retries that wait out their delay. */
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

/** One job as a caller that sent it sees it: its state and when it moved. */
export interface JobInfo {
  id: string;
  queue: string;
  /** "created" also covers a retry waiting out its delay. */
  state: "created" | "active" | "completed" | "failed" | "cancelled";
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** The last attempt's error message, for a failed job (or one waiting to retry). */
  error: string | null;
}

export interface StopOptions {
  /** How long running jobs may take to finish before they are released to other workers. Default 10 s. */
  graceMs?: number;
}

export interface JobQueue<Q extends string = string> {
  readonly dialect: "sqlite" | "pg";
  start(): Promise<void>;
  /**
   * Stops fetching, waits for running jobs up to `graceMs`, then aborts the rest and releases them
   * so another worker picks them up (SQLite: back to queued, same attempt; pg-boss: failed into
   * its retry state, which uses an attempt).
   */
  stop(options?: StopOptions): Promise<void>;
  /** Idempotent; updates the options of an existing queue. Must precede send/work/schedule. */
  createQueue(name: Q, options?: QueueOptions): Promise<void>;
  /** The new job's id, or null when a job with the same singleton key is already queued or running. */
  send(queue: Q, data: object, options?: SendOptions): Promise<string | null>;
  work<T extends object>(queue: Q, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /**
   * Sends `data` to queue `name` on every tick of `cron`, once per tick across all processes.
   * SQLite accepts 6-field (seconds) expressions; pg-boss has minute resolution.
   */
  schedule(name: Q, cron: string, data: object, options?: ScheduleOptions): Promise<void>;
  unschedule(name: Q): Promise<void>;
  listSchedules(): Promise<ScheduleInfo[]>;
  queueCounts(): Promise<Record<string, QueueCounts>>;
  /** These jobs of the queue as they are now; a job pruned or never sent is absent. */
  findJobs(queue: Q, ids: readonly string[]): Promise<JobInfo[]>;
  /** The queued or running job of a singleton queue with this key, or null. */
  findPendingJobId(queue: Q, singletonKey: string): Promise<string | null>;
  /** Deletes completed, failed and cancelled jobs that finished before the cutoff; returns how many. */
  prune(options: { completedOlderThan: Date }): Promise<number>;
}

/** Minimal logger the adapters write to (pino satisfies it). */
export interface JobLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: JobLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface JobQueueOptions {
  /** `worker` runs schedules and maintenance (expiry); `producer` (web) only sends and reads. Default producer. */
  role?: "worker" | "producer";
  /** Default poll interval of work(). SQLite default 1000 ms; pg-boss default 2000 ms (minimum 500). */
  pollIntervalMs?: number;
  /** SQLite: how often workers check the schedules. Default 1000 ms. */
  cronPollIntervalMs?: number;
  /** SQLite: the clock the schedules read (ms since the epoch); tests pass their own to step through cron ticks. */
  now?: () => number;
  /** pg-boss: how often expired and heart-beat-lost jobs are swept (superviseIntervalSeconds). Default 30. */
  superviseIntervalSeconds?: number;
  /** pg-boss: cron pass interval (cronMonitorIntervalSeconds, 1–45). Default 30. */
  cronIntervalSeconds?: number;
  logger?: JobLogger;
}

export const queueDefaults = {
  retryLimit: 2,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 900,
  leaseSeconds: 60,
} as const satisfies QueueOptions;

export type ResolvedQueueOptions = Required<Omit<QueueOptions, "deadLetter">> & { deadLetter: string | null };

export function resolveQueueOptions(options: QueueOptions = {}): ResolvedQueueOptions {
  return {
    retryLimit: options.retryLimit ?? queueDefaults.retryLimit,
    retryDelaySeconds: options.retryDelaySeconds ?? queueDefaults.retryDelaySeconds,
    retryBackoff: options.retryBackoff ?? queueDefaults.retryBackoff,
    expireInSeconds: options.expireInSeconds ?? queueDefaults.expireInSeconds,
    leaseSeconds: options.leaseSeconds ?? queueDefaults.leaseSeconds,
    deadLetter: options.deadLetter ?? null,
    singleton: options.singleton ?? false,
  };
}

export class QueueNotFoundError extends Error {
  override name = "QueueNotFoundError";
  constructor(queue: string) {
    super(`Queue "${queue}" does not exist: call createQueue("${queue}") first`);
  }
}

export class SingletonKeyError extends Error {
  override name = "SingletonKeyError";
  constructor(queue: string) {
    super(`Queue "${queue}" was not created with singleton: true, so it cannot take a singletonKey`);
  }
}

/** The error a failed attempt stored as its output ({ message }), if any. */
export function errorMessageOf(state: string, output: unknown): string | null {
  if (state === "completed" || !output || typeof output !== "object") return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === "string" ? message : null;
}
