import { sql, type SQL } from "drizzle-orm";
import { PgBoss, type Db as BossDb, type Job as BossJob, type Queue as BossQueue } from "pg-boss";
import type { Db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { nextRunAfter, hasSecondsField, InvalidCronError, assertCron } from "../cron";
import {
  errorMessageOf,
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

export interface PgBossJobQueueOptions extends JobQueueOptions {
  /** Default: the config's DATABASE_URL. pg-boss keeps its own pool and its own `pgboss` schema. */
  connectionString?: string;
  /** Pool size of pg-boss's own pool. Default: the config's MYDIA_JOBS_POOL. */
  poolSize?: number;
}

const SCHEMA = "pgboss";
/** pg-boss wants whole seconds and a heartbeat of at least 10 s. */
const MIN_HEARTBEAT_SECONDS = 10;

function bossQueueOptions(options: ResolvedQueueOptions): Omit<BossQueue, "name" | "policy"> {
  return {
    retryLimit: options.retryLimit,
    retryDelay: Math.round(options.retryDelaySeconds),
    retryBackoff: options.retryBackoff,
    expireInSeconds: Math.max(1, Math.ceil(options.expireInSeconds)),
    heartbeatSeconds: Math.max(MIN_HEARTBEAT_SECONDS, Math.ceil(options.leaseSeconds)),
    ...(options.deadLetter ? { deadLetter: options.deadLetter } : {}),
    // A new job wakes an idle worker at once (NOTIFY at commit) instead of at its next poll.
  };
}

/** pg-boss's executor over a Drizzle transaction: its SQL (with $n placeholders) runs as part of that transaction. */
function transactionExecutor(t: Db): BossDb {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = [];
      for (let i = 0; i < parts.length; i++) {
        chunks.push(i % 2 === 0 ? sql.raw(parts[i]) : sql`${values[Number(parts[i]) - 1]}`);
      }
      const rows = await t.execute(sql.join(chunks));
      return { rows: [...rows] };
    },
  };
}

/** A thin wrapper over pg-boss 12: queues, retries, dead letters, singleton policy, cron and expiry are pg-boss's. */
export class PgBossJobQueue<Q extends string = string> implements JobQueue<Q> {
  readonly dialect = "pg" as const;
  readonly boss: PgBoss;
  private readonly logger: JobLogger;
  private readonly pollIntervalMs: number;
  private readonly singletonQueues = new Set<string>();
  private started = false;

  constructor(options: PgBossJobQueueOptions = {}) {
    const worker = (options.role ?? "producer") === "worker";
    this.logger = options.logger ?? silentLogger;
    this.pollIntervalMs = Math.max(500, options.pollIntervalMs ?? 2000);
    const cronSeconds = options.cronIntervalSeconds ?? 30;
    const superviseSeconds = options.superviseIntervalSeconds ?? 30;
    this.boss = new PgBoss({
      connectionString: options.connectionString ?? getConfig().DATABASE_URL,
      schema: SCHEMA,
      max: options.poolSize ?? getConfig().MYDIA_JOBS_POOL,
      application_name: worker ? "mydia-worker" : "mydia-jobs",
      // Only workers run the cron pass and the expiry sweep; the web process only sends and reads.
      schedule: worker,
      supervise: worker,
      superviseIntervalSeconds: superviseSeconds,
      monitorIntervalSeconds: superviseSeconds,
      cronMonitorIntervalSeconds: cronSeconds,
      cronWorkerIntervalSeconds: Math.min(cronSeconds, 5),
      instanceName: worker ? "worker" : "web",
    });
    this.boss.on("error", (error) => this.logger.error({ err: error }, "pg-boss error"));
    this.boss.on("warning", (warning) => this.logger.warn({ warning }, "pg-boss warning"));
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    this.started = true;
  }

  async stop({ graceMs = 10_000 }: StopOptions = {}): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Graceful: stop fetching, wait up to the timeout, then pg-boss fails what is still running
    // ("pg-boss shut down while active"), which puts it in its retry state for another worker.
    await this.boss.stop({ graceful: true, timeout: graceMs, close: true });
  }

  async createQueue(name: Q, options: QueueOptions = {}): Promise<void> {
    const resolved = resolveQueueOptions(options);
    if (resolved.deadLetter) await this.boss.createQueue(resolved.deadLetter);
    const bossOptions = bossQueueOptions(resolved);
    await this.boss.createQueue(name, { ...bossOptions, policy: resolved.singleton ? "exclusive" : "standard" });
    const existing = await this.boss.getQueue(name);
    if (existing && (existing.policy === "exclusive") !== resolved.singleton) {
      this.logger.warn(
        { queue: name, policy: existing.policy },
        "queue policy differs from its declaration; pg-boss cannot change it",
      );
    }
    // createQueue leaves an existing queue alone: bring its options up to date.
    await this.boss.updateQueue(name, { ...bossOptions, deadLetter: resolved.deadLetter });
    if (resolved.singleton) this.singletonQueues.add(name);
    else this.singletonQueues.delete(name);
  }

  async send(queue: Q, data: object, options: SendOptions = {}): Promise<string | null> {
    if (options.singletonKey !== undefined && !this.singletonQueues.has(queue)) throw new SingletonKeyError(queue);
    return this.boss.send(queue, data, {
      ...(options.db ? { db: transactionExecutor(options.db) } : {}),
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
      ...(options.priority !== undefined ? { priority: options.priority } : {}),
    });
  }

  async work<T extends object>(queue: Q, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    const pollingIntervalSeconds = Math.max(500, options.pollIntervalMs ?? this.pollIntervalMs) / 1000;
    // One pg-boss worker per slot, each fetching one job. After a job a slot fetches again at once
    // (notifyWorker) instead of waiting out its poll interval, so a backlog drains at full speed.
    for (let slot = 0; slot < Math.max(1, options.concurrency ?? 1); slot++) {
      let workerId: string | undefined;
      // eslint-disable-next-line prefer-const -- the handler reads it and may run before work() resolves
      workerId = await this.boss.work<T>(
        queue,
        { batchSize: 1, pollingIntervalSeconds },
        async (jobs: BossJob<T>[]) => {
          try {
            for (const job of jobs) {
              await handler({
                id: job.id,
                queue: job.name,
                data: job.data,
                attempt: job.retryCount + 1,
                signal: job.signal,
              });
            }
          } finally {
            if (workerId) this.boss.notifyWorker(workerId);
          }
        },
      );
    }
  }

  async schedule(name: Q, cron: string, data: object, options: ScheduleOptions = {}): Promise<void> {
    const tz = options.tz ?? "UTC";
    assertCron(cron, tz);
    if (hasSecondsField(cron)) {
      throw new InvalidCronError(
        `"${cron}" has a seconds field: schedules on PostgreSQL (pg-boss) have minute resolution`,
      );
    }
    if (options.singletonKey !== undefined && !this.singletonQueues.has(name)) throw new SingletonKeyError(name);
    await this.boss.schedule(name, cron, data, {
      tz,
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
    });
  }

  async unschedule(name: Q): Promise<void> {
    await this.boss.unschedule(name);
  }

  async listSchedules(): Promise<ScheduleInfo[]> {
    const now = new Date();
    const schedules = await this.boss.getSchedules();
    return schedules.map((s) => ({
      name: s.name,
      cron: s.cron,
      tz: s.timezone || "UTC",
      nextRunAt: s.kind === "cron" ? nextRunAfter(s.cron, s.timezone || "UTC", now) : null,
    }));
  }

  /** Fresh counts from pg-boss's job table (its getQueues() counts are cached for up to a minute). */
  async queueCounts(): Promise<Record<string, QueueCounts>> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT name, state::text AS state, count(*)::int AS n FROM ${SCHEMA}.job GROUP BY name, state`);
    const result: Record<string, QueueCounts> = {};
    for (const row of rows as { name: string; state: string; n: number }[]) {
      const counts = (result[row.name] ??= { queued: 0, active: 0, failed: 0, completed: 0 });
      if (row.state === "created" || row.state === "retry") counts.queued += row.n;
      else if (row.state === "active" || row.state === "failed" || row.state === "completed")
        counts[row.state] += row.n;
    }
    return result;
  }

  async findJobs(queue: Q, ids: readonly string[]): Promise<JobInfo[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id::text AS id, name, state::text AS state, output, created_on, started_on, completed_on
         FROM ${SCHEMA}.job WHERE name = $1 AND id::text = ANY($2::text[])`,
      [queue, [...ids]],
    );
    return (
      rows as {
        id: string;
        name: string;
        state: string;
        output: unknown;
        created_on: Date | string;
        started_on: Date | string | null;
        completed_on: Date | string | null;
      }[]
    ).map((row) => ({
      id: row.id,
      queue: row.name,
      state: row.state === "retry" ? "created" : (row.state as JobInfo["state"]),
      createdAt: new Date(row.created_on),
      startedAt: row.started_on === null ? null : new Date(row.started_on),
      completedAt: row.completed_on === null ? null : new Date(row.completed_on),
      error: errorMessageOf(row.state, row.output),
    }));
  }

  async findPendingJobId(queue: Q, singletonKey: string): Promise<string | null> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id::text AS id FROM ${SCHEMA}.job
         WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active') LIMIT 1`,
      [queue, singletonKey],
    );
    return (rows[0] as { id: string } | undefined)?.id ?? null;
  }

  /** pg-boss also deletes finished jobs itself after each queue's deleteAfterSeconds (7 days). */
  async prune({ completedOlderThan }: { completedOlderThan: Date }): Promise<number> {
    const { rows } = await this.boss.getDb().executeSql(
      `WITH deleted AS (DELETE FROM ${SCHEMA}.job WHERE state IN ('completed', 'failed', 'cancelled') AND completed_on < $1 RETURNING 1)
         SELECT count(*)::int AS n FROM deleted`,
      [completedOlderThan.toISOString()],
    );
    return (rows[0] as { n: number }).n;
  }
}
