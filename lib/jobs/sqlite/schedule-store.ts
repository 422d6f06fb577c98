import type Database from "better-sqlite3";
import { InvalidCronError, nextRunAfter } from "../cron";
import type { ScheduleInfo } from "../job-queue";

/**
 * The `job_schedules` table. Every worker polls it; a tick is won with a compare-and-set on
 * `next_run_at` (UPDATE … WHERE name = ? AND next_run_at = ?), in the same immediate transaction
 * that enqueues the job, so exactly one process fires each tick and a crash cannot lose it.
 */

export interface DueRow {
  name: string;
  cron: string;
  timezone: string;
  data: string | null;
  next_run_at: number;
}

/** What the `data` column holds: the payload each tick sends and its singleton key. */
interface StoredSchedule {
  payload: object;
  singletonKey: string | null;
}

export interface DueSchedule {
  name: string;
  payload: object;
  singletonKey: string | null;
}

export class SqliteScheduleStore {
  private readonly statements;

  constructor(private readonly sqlite: Database.Database) {
    this.statements = {
      upsert: sqlite.prepare(`INSERT INTO job_schedules (name, cron, timezone, data, next_run_at, updated_at)
        VALUES (@name, @cron, @tz, @data, @next, @now)
        ON CONFLICT (name) DO UPDATE SET
          next_run_at = CASE WHEN job_schedules.cron = excluded.cron AND job_schedules.timezone = excluded.timezone
            THEN job_schedules.next_run_at ELSE excluded.next_run_at END,
          cron = excluded.cron, timezone = excluded.timezone, data = excluded.data, updated_at = excluded.updated_at`),
      remove: sqlite.prepare(`DELETE FROM job_schedules WHERE name = ?`),
      all: sqlite.prepare(`SELECT * FROM job_schedules ORDER BY name`),
      due: sqlite.prepare(`SELECT * FROM job_schedules WHERE next_run_at <= ?`),
      advance: sqlite.prepare(`UPDATE job_schedules SET next_run_at = ?, last_run_at = ?, updated_at = ?
        WHERE name = ? AND next_run_at = ?`),
    };
  }

  upsert(name: string, cron: string, tz: string, payload: object, singletonKey: string | null, now = Date.now()): void {
    const next = nextRunAfter(cron, tz, new Date(now));
    if (!next) throw new InvalidCronError(`Cron expression "${cron}" has no future run`);
    const data: StoredSchedule = { payload, singletonKey };
    this.statements.upsert.run({ name, cron, tz, data: JSON.stringify(data), next: next.getTime(), now });
  }

  remove(name: string): void {
    this.statements.remove.run(name);
  }

  list(): ScheduleInfo[] {
    return (this.statements.all.all() as DueRow[]).map((row) => ({
      name: row.name,
      cron: row.cron,
      tz: row.timezone,
      nextRunAt: new Date(row.next_run_at),
    }));
  }

  /** Schedules whose next run has come (read without a lock; fire() decides who wins each). */
  due(now = Date.now()): DueRow[] {
    return this.statements.due.all(now) as DueRow[];
  }

  /**
   * Tries to fire one tick read by due(): the compare-and-set on next_run_at and `enqueue` run in
   * one immediate transaction; false when another process fired this tick first. Ticks missed by
   * a little (a busy process) are caught up one by one; after a long outage (more than
   * `catchUpMs` behind) a schedule fires once and continues from now.
   */
  fire(row: DueRow, enqueue: (due: DueSchedule, tick: number) => void, catchUpMs: number, now = Date.now()): boolean {
    let next = nextRunAfter(row.cron, row.timezone, new Date(row.next_run_at));
    if (next && next.getTime() < now - catchUpMs) next = nextRunAfter(row.cron, row.timezone, new Date(now));
    // A schedule whose expression has run out stays put far in the future rather than firing again.
    const nextAt = next ? next.getTime() : Number.MAX_SAFE_INTEGER;
    const stored = parseStored(row.data);
    return this.sqlite
      .transaction(() => {
        const won = this.statements.advance.run(nextAt, now, now, row.name, row.next_run_at).changes === 1;
        if (won)
          enqueue({ name: row.name, payload: stored.payload, singletonKey: stored.singletonKey }, row.next_run_at);
        return won;
      })
      .immediate();
  }
}

function parseStored(data: string | null): StoredSchedule {
  const parsed = data ? (JSON.parse(data) as Partial<StoredSchedule>) : {};
  return { payload: parsed.payload ?? {}, singletonKey: parsed.singletonKey ?? null };
}
