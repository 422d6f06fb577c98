import { inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db, getDbHandle, tables } from "@/lib/db";
import {
  closeJobQueue,
  getJobQueue,
  lastWorkerCrash,
  lastWorkerHeartbeat,
  listTaskRuns,
  listTasks,
  runHousekeeping,
  runNow,
  sendJob,
  startWorkerHeartbeat,
  withTaskRun,
} from "@/lib/jobs";
import { PgBossJobQueue } from "@/lib/jobs/pg-boss/pg-boss-job-queue";
import { dialect, startQueue, stopQueues, waitFor } from "./helpers";

afterAll(async () => {
  await stopQueues();
  await closeJobQueue({ graceMs: 0 });
});

const DAY = 24 * 3600_000;

async function eventsOfType(type: string) {
  return db()
    .select()
    .from(tables.events)
    .where(inArray(tables.events.type, [type]));
}

describe(`jobs: tasks, task runs, workers, housekeeping (${dialect})`, () => {
  it("records each run in task_runs and publishes task.started / task.finished", async () => {
    const q = await startQueue();
    await q.createQueue("test.task", { retryLimit: 0 });
    let fail = false;
    await q.work(
      "test.task",
      withTaskRun("test.task", async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (fail) throw new Error("disk on fire");
      }),
    );
    const first = (await q.send("test.task", {}))!;
    await waitFor(
      async () => (await listTaskRuns()).find((r) => r.name === "test.task" && r.status === "succeeded"),
      15_000,
      "succeeded run",
    );
    let run = (await listTaskRuns()).find((r) => r.name === "test.task")!;
    expect(run).toMatchObject({ status: "succeeded", runCount: 1, error: null });
    expect(run.durationMs).toBeGreaterThanOrEqual(15);
    expect(run.finishedAt!.getTime()).toBeGreaterThanOrEqual(run.startedAt.getTime());

    fail = true;
    const second = (await q.send("test.task", {}))!;
    await waitFor(
      async () => (await listTaskRuns()).find((r) => r.name === "test.task" && r.status === "failed"),
      15_000,
      "failed run",
    );
    run = (await listTaskRuns()).find((r) => r.name === "test.task")!;
    expect(run).toMatchObject({ status: "failed", runCount: 2, error: "disk on fire" });

    const started = (await eventsOfType("task.started")).filter((e) => e.payload.name === "test.task");
    const finished = (await eventsOfType("task.finished")).filter((e) => e.payload.name === "test.task");
    expect(started.map((e) => e.payload.jobId)).toEqual([first, second]);
    expect(finished.map((e) => [e.payload.jobId, e.payload.status])).toEqual([
      [first, "succeeded"],
      [second, "failed"],
    ]);
    expect(finished[1].payload.error).toBe("disk on fire");
    expect(finished[0].payload.durationMs).toEqual(expect.any(Number));
  });

  it("sends declared jobs with payload validation; runNow dedupes while the task is queued", async () => {
    await expect(sendJob("housekeeping", { extra: 1 } as never)).rejects.toThrow();
    const first = await runNow("housekeeping");
    const second = await runNow("housekeeping");
    expect(first.jobId).toEqual(expect.any(String));
    expect(second.jobId).toBeNull();
    await expect(runNow("no.such.task")).rejects.toThrow(/Unknown task/);

    const tasks = await listTasks();
    const housekeeping = tasks.find((t) => t.name === "housekeeping")!;
    expect(housekeeping).toMatchObject({ title: "Housekeeping", runCount: expect.any(Number) });
    expect(housekeeping.schedule?.cron).toBe("17 3 * * *");
    expect(housekeeping.counts.queued).toBe(1);
  });

  it("keeps a worker heartbeat and removes it on a clean stop", async () => {
    const heartbeat = await startWorkerHeartbeat({ intervalMs: 50 });
    const before = await lastWorkerHeartbeat();
    expect(before).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const later = await lastWorkerHeartbeat();
    expect(later!.getTime()).toBeGreaterThan(before!.getTime());
    await heartbeat.stop();
    const rows = await db().select().from(tables.workers);
    expect(rows.find((r) => r.id === heartbeat.id)).toBeUndefined();
  });

  it("housekeeping prunes old events, old finished jobs and stale workers", async () => {
    const now = Date.now();
    await db()
      .insert(tables.events)
      .values([
        { type: "test.old", payload: {}, createdAt: new Date(now - 31 * DAY) },
        { type: "test.recent", payload: {}, createdAt: new Date(now - 29 * DAY) },
      ]);
    await db()
      .insert(tables.workers)
      .values([
        {
          id: "stale",
          hostname: "h",
          pid: 1,
          startedAt: new Date(now - DAY),
          heartbeatAt: new Date(now - 11 * 60_000),
        },
        { id: "fresh", hostname: "h", pid: 2, startedAt: new Date(now - DAY), heartbeatAt: new Date(now - 60_000) },
      ]);
    const jobs = await getJobQueue();
    await jobs.createQueue("test.finished", {});
    const oldJob = (await jobs.send("test.finished", { age: "old" }))!;
    const recentJob = (await jobs.send("test.finished", { age: "recent" }))!;
    const finish = async (id: string, daysAgo: number) => {
      const at = now - daysAgo * DAY;
      const handle = getDbHandle();
      if (handle.dialect === "sqlite") {
        handle.sqlite.prepare(`UPDATE jobs SET state = 'completed', completed_at = ? WHERE id = ?`).run(at, id);
      } else {
        await (jobs as PgBossJobQueue).boss
          .getDb()
          .executeSql(`UPDATE pgboss.job SET state = 'completed', completed_on = $1 WHERE id = $2`, [
            new Date(at).toISOString(),
            id,
          ]);
      }
    };
    await finish(oldJob, 8);
    await finish(recentJob, 6);

    await db()
      .insert(tables.workerCrashes)
      .values([
        { crashedAt: new Date(now - 31 * DAY), exitCode: 1, signal: null, restarts: 1, restartDelayMs: 1000 },
        { crashedAt: new Date(now - DAY), exitCode: null, signal: "SIGKILL", restarts: 1, restartDelayMs: 1000 },
      ]);
    expect(await lastWorkerCrash()).toMatchObject({ signal: "SIGKILL", restarts: 1 });

    const result = await runHousekeeping();
    expect(result.crashes).toBe(1);
    expect(result.events).toBe(1);
    expect(result.jobs).toBe(1);
    expect(result.workers).toBe(1);

    const types = (await db().select({ type: tables.events.type }).from(tables.events)).map((e) => e.type);
    expect(types).toContain("test.recent");
    expect(types).not.toContain("test.old");
    const workerIds = (await db().select().from(tables.workers)).map((w) => w.id);
    expect(workerIds).toContain("fresh");
    expect(workerIds).not.toContain("stale");
    expect((await jobs.queueCounts())["test.finished"]).toEqual({ queued: 0, active: 0, failed: 0, completed: 1 });
    // Nothing left to prune on a second pass.
    expect(await runHousekeeping()).toEqual({ events: 0, jobs: 0, workers: 0, signIns: 0, crashes: 0 });
  });
});
