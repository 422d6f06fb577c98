import { hostname } from "node:os";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, tables, tx } from "@/lib/db";
import { publish } from "@/lib/events";
import type { JobHandler } from "./job-queue";

export type TaskRunStatus = "running" | "succeeded" | "failed";

/** The last run of a task (one row per queue name) and how many times it ran. */
export interface TaskRun {
  name: string;
  status: TaskRunStatus;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  error: string | null;
  runCount: number;
  failuresInARow: number;
}

export async function recordTaskStarted(name: string, jobId: string, startedAt = new Date()): Promise<void> {
  const t = tables.taskRuns;
  await tx(async (d) => {
    await d
      .insert(t)
      .values({ name, status: "running", startedAt, finishedAt: null, durationMs: null, error: null, runCount: 1 })
      .onConflictDoUpdate({
        target: t.name,
        set: {
          status: "running",
          startedAt,
          finishedAt: null,
          durationMs: null,
          error: null,
          runCount: sql`${t.runCount} + 1`,
        },
      });
    await publish("task.started", { name, jobId, worker: `${hostname()}:${process.pid}` }, { db: d });
  });
}

export async function recordTaskFinished(
  name: string,
  jobId: string,
  result: { status: Exclude<TaskRunStatus, "running">; startedAt: Date; error?: string },
): Promise<void> {
  const finishedAt = new Date();
  const durationMs = finishedAt.getTime() - result.startedAt.getTime();
  const error = result.error ?? null;
  const t = tables.taskRuns;
  await tx(async (d) => {
    // Keyed by name and start: a newer run of the same task that started meanwhile keeps its row.
    await d
      .update(t)
      .set({
        status: result.status,
        finishedAt,
        durationMs,
        error,
        failuresInARow: result.status === "failed" ? sql`${t.failuresInARow} + 1` : 0,
      })
      .where(and(eq(t.name, name), eq(t.startedAt, result.startedAt)));
    await publish(
      "task.finished",
      { name, jobId, status: result.status, durationMs, ...(error ? { error } : {}) },
      { db: d },
    );
  });
}

/** Wraps a handler so every run lands in task_runs and publishes task.started / task.finished. */
export function withTaskRun<T>(name: string, handler: JobHandler<T>): JobHandler<T> {
  return async (job) => {
    const startedAt = new Date();
    await recordTaskStarted(name, job.id, startedAt);
    try {
      const result = await handler(job);
      await recordTaskFinished(name, job.id, { status: "succeeded", startedAt });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await recordTaskFinished(name, job.id, { status: "failed", startedAt, error: message }).catch(() => {});
      throw error;
    }
  };
}

export async function listTaskRuns(): Promise<TaskRun[]> {
  const rows = await db().select().from(tables.taskRuns).orderBy(asc(tables.taskRuns.name));
  return rows.map((r) => ({ ...r }));
}
