import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { errorMessageOf, type JobInfo, type QueueCounts, type ResolvedQueueOptions } from "../job-queue";

/**
 * Synchronous statements over the `jobs` table. Every state change that reads before it writes
 * runs in one BEGIN IMMEDIATE transaction (other processes wait on busy_timeout), and every
 * change to a running job is guarded by its lock token, so a worker whose lease was taken over
 * cannot complete, fail or release the job any more.
 */

export interface NewJob {
  queue: string;
  data: unknown;
  options: ResolvedQueueOptions;
  singletonKey?: string | null;
  priority?: number;
  startAfter?: number;
  retryLimit?: number;
}

export interface ClaimedJob {
  id: string;
  queue: string;
  data: unknown;
  retryCount: number;
  lockToken: string;
  expireSeconds: number;
}

export type FailOutcome = "retry" | "failed" | "stale";

interface JobRow {
  id: string;
  queue: string;
  data: string;
  retry_count: number;
  retry_limit: number;
  retry_delay_seconds: number;
  retry_backoff: number;
  expire_seconds: number;
  dead_letter: string | null;
  priority: number;
}

const CLAIMED_COLUMNS = "id, queue, data, retry_count, expire_seconds";

export class SqliteJobStore {
  private readonly statements;
  private readonly claimTx;
  private readonly failTx;

  constructor(
    private readonly sqlite: Database.Database,
    /** Options for a queue this store may write to (dead letters); defaults when unknown. */
    private readonly optionsOf: (queue: string) => ResolvedQueueOptions,
  ) {
    this.statements = {
      insert:
        sqlite.prepare(`INSERT INTO jobs (id, queue, data, state, singleton_key, priority, retry_count, retry_limit,
          retry_delay_seconds, retry_backoff, expire_seconds, dead_letter, start_after, created_at)
        VALUES (@id, @queue, @data, 'created', @singletonKey, @priority, 0, @retryLimit, @retryDelaySeconds, @retryBackoff,
          @expireSeconds, @deadLetter, @startAfter, @now)
        ON CONFLICT DO NOTHING`),
      anyClaimable:
        sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM jobs WHERE queue = @queue AND state = 'created' AND start_after <= @now)
        OR EXISTS (SELECT 1 FROM jobs WHERE state = 'active' AND locked_until < @now AND queue = @queue) AS found`),
      expired: sqlite.prepare(`SELECT * FROM jobs WHERE state = 'active' AND locked_until < ? AND queue = ? LIMIT ?`),
      due: sqlite.prepare(`SELECT id FROM jobs WHERE queue = ? AND state = 'created' AND start_after <= ?
        ORDER BY priority DESC, start_after, created_at LIMIT ?`),
      claim: sqlite.prepare(`UPDATE jobs SET state = 'active', lock_token = ?, locked_until = ?, started_at = ?,
          retry_count = retry_count + ? WHERE id = ? RETURNING ${CLAIMED_COLUMNS}`),
      extend: sqlite.prepare(`UPDATE jobs SET locked_until = ? WHERE id = ? AND lock_token = ? AND state = 'active'`),
      complete: sqlite.prepare(`UPDATE jobs SET state = 'completed', completed_at = ?, output = ?, lock_token = NULL,
          locked_until = NULL WHERE id = ? AND lock_token = ? AND state = 'active'`),
      lockedRow: sqlite.prepare(`SELECT * FROM jobs WHERE id = ? AND lock_token = ? AND state = 'active'`),
      retry:
        sqlite.prepare(`UPDATE jobs SET state = 'created', retry_count = retry_count + 1, start_after = ?, output = ?,
          lock_token = NULL, locked_until = NULL WHERE id = ?`),
      failed: sqlite.prepare(`UPDATE jobs SET state = 'failed', completed_at = ?, output = ?, lock_token = NULL,
          locked_until = NULL WHERE id = ?`),
      release:
        sqlite.prepare(`UPDATE jobs SET state = 'created', lock_token = NULL, locked_until = NULL, started_at = NULL
          WHERE id = ? AND lock_token = ? AND state = 'active'`),
      counts: sqlite.prepare(`SELECT queue, state, count(*) AS n FROM jobs GROUP BY queue, state`),
      prune: sqlite.prepare(
        `DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND completed_at < ?`,
      ),
      state: sqlite.prepare(`SELECT state, retry_count, output FROM jobs WHERE id = ?`),
      info: sqlite.prepare(`SELECT id, queue, state, output, created_at, started_at, completed_at FROM jobs
        WHERE queue = ? AND id IN (SELECT value FROM json_each(?))`),
      pending:
        sqlite.prepare(`SELECT id FROM jobs WHERE queue = ? AND singleton_key = ? AND state IN ('created', 'active')
        LIMIT 1`),
    };
    this.claimTx = sqlite.transaction((queue: string, limit: number, leaseMs: number, now: number) =>
      this.claimInTx(queue, limit, leaseMs, now),
    );
    this.failTx = sqlite.transaction((id: string, token: string, error: unknown, now: number) =>
      this.failInTx(id, token, error, now),
    );
  }

  /** Inserts a job; null when a queued or active job of the queue has the same singleton key. */
  insert(job: NewJob, now = Date.now()): string | null {
    const id = randomUUID();
    const { options } = job;
    const result = this.statements.insert.run({
      id,
      queue: job.queue,
      data: JSON.stringify(job.data ?? {}),
      singletonKey: job.singletonKey ?? null,
      priority: job.priority ?? 0,
      retryLimit: job.retryLimit ?? options.retryLimit,
      retryDelaySeconds: options.retryDelaySeconds,
      retryBackoff: options.retryBackoff ? 1 : 0,
      expireSeconds: options.expireInSeconds,
      deadLetter: options.deadLetter,
      startAfter: job.startAfter ?? now,
      now,
    });
    return result.changes === 1 ? id : null;
  }

  /**
   * Claims up to `limit` jobs of a queue in one immediate transaction: first active jobs whose
   * lease ran out (their worker died; this uses an attempt), then due queued jobs by priority.
   */
  claim(queue: string, limit: number, leaseMs: number, now = Date.now()): ClaimedJob[] {
    if (limit <= 0) return [];
    // An idle poll only reads: the write lock is taken only when there is something to claim.
    const { found } = this.statements.anyClaimable.get({ queue, now }) as { found: number };
    if (!found) return [];
    return this.claimTx.immediate(queue, limit, leaseMs, now);
  }

  private claimInTx(queue: string, limit: number, leaseMs: number, now: number): ClaimedJob[] {
    const claimed: ClaimedJob[] = [];
    const take = (id: string, attemptUsed: 0 | 1) => {
      const token = randomUUID();
      const row = this.statements.claim.get(token, now + leaseMs, now, attemptUsed, id) as JobRow;
      claimed.push({
        id: row.id,
        queue: row.queue,
        data: JSON.parse(row.data),
        retryCount: row.retry_count,
        lockToken: token,
        expireSeconds: row.expire_seconds,
      });
    };
    for (const row of this.statements.expired.all(now, queue, limit) as JobRow[]) {
      if (row.retry_count >= row.retry_limit)
        this.markFailed(row, { message: "lease expired: the worker stopped responding" }, now);
      else take(row.id, 1);
    }
    if (claimed.length < limit) {
      for (const { id } of this.statements.due.all(queue, now, limit - claimed.length) as { id: string }[]) take(id, 0);
    }
    return claimed;
  }

  /** Renews the lease of a running job; false when the job is no longer this worker's. */
  extend(id: string, token: string, leaseMs: number, now = Date.now()): boolean {
    return this.statements.extend.run(now + leaseMs, id, token).changes === 1;
  }

  complete(id: string, token: string, output: unknown = null, now = Date.now()): boolean {
    return (
      this.statements.complete.run(now, output === undefined ? null : JSON.stringify(output), id, token).changes === 1
    );
  }

  /** A failed attempt: retry after the back-off delay, or `failed` (+ dead letter) when retries are used up. */
  fail(id: string, token: string, error: unknown, now = Date.now()): FailOutcome {
    return this.failTx.immediate(id, token, error, now);
  }

  private failInTx(id: string, token: string, error: unknown, now: number): FailOutcome {
    const row = this.statements.lockedRow.get(id, token) as JobRow | undefined;
    if (!row) return "stale";
    const output = errorOutput(error);
    if (row.retry_count < row.retry_limit) {
      const delayMs = row.retry_delay_seconds * 1000 * (row.retry_backoff ? 2 ** row.retry_count : 1);
      this.statements.retry.run(now + delayMs, JSON.stringify(output), id);
      return "retry";
    }
    this.markFailed(row, output, now);
    return "failed";
  }

  private markFailed(row: JobRow, output: object, now: number): void {
    this.statements.failed.run(now, JSON.stringify(output), row.id);
    if (row.dead_letter) {
      this.insert(
        { queue: row.dead_letter, data: JSON.parse(row.data), options: this.optionsOf(row.dead_letter) },
        now,
      );
    }
  }

  /** Puts a running job back in the queue without using an attempt (graceful shutdown). */
  release(id: string, token: string): boolean {
    return this.statements.release.run(id, token).changes === 1;
  }

  counts(): Record<string, QueueCounts> {
    const result: Record<string, QueueCounts> = {};
    for (const row of this.statements.counts.all() as { queue: string; state: string; n: number }[]) {
      const counts = (result[row.queue] ??= { queued: 0, active: 0, failed: 0, completed: 0 });
      if (row.state === "created") counts.queued += row.n;
      else if (row.state === "active" || row.state === "failed" || row.state === "completed")
        counts[row.state] += row.n;
    }
    return result;
  }

  prune(cutoff: number): number {
    return this.statements.prune.run(cutoff).changes;
  }

  find(queue: string, ids: readonly string[]): JobInfo[] {
    const rows = this.statements.info.all(queue, JSON.stringify(ids)) as {
      id: string;
      queue: string;
      state: JobInfo["state"];
      output: string | null;
      created_at: number;
      started_at: number | null;
      completed_at: number | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      queue: row.queue,
      state: row.state,
      createdAt: new Date(row.created_at),
      startedAt: row.started_at === null ? null : new Date(row.started_at),
      completedAt: row.completed_at === null ? null : new Date(row.completed_at),
      error: errorMessageOf(row.state, row.output ? (JSON.parse(row.output) as unknown) : null),
    }));
  }

  pendingId(queue: string, singletonKey: string): string | null {
    const row = this.statements.pending.get(queue, singletonKey) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /** For tests and diagnostics. */
  state(id: string): { state: string; retryCount: number; output: unknown } | null {
    const row = this.statements.state.get(id) as
      { state: string; retry_count: number; output: string | null } | undefined;
    return row
      ? { state: row.state, retryCount: row.retry_count, output: row.output ? JSON.parse(row.output) : null }
      : null;
  }
}

export function errorOutput(error: unknown): { message: string; name?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { message: String(error) };
}
