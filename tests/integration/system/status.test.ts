import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts";
import { ForbiddenError } from "@/lib/errors";
import { startWorkerHeartbeat } from "@/lib/jobs";
import { getHealth, getSystemStatus, listTasks, runTask } from "@/lib/system";

const admin: Actor = { kind: "user", userId: "u1", username: "admin", role: "admin", via: "session" };
const reader: Actor = { kind: "user", userId: "u2", username: "reader", role: "readonly", via: "api-key" };

describe("system status and health", () => {
  it("is degraded while no worker beats, ok once one does", async () => {
    expect(await getHealth()).toMatchObject({ status: "degraded", database: "ok", workerHeartbeatAgeSeconds: null });
    const heartbeat = await startWorkerHeartbeat({ intervalMs: 60_000 });
    try {
      const health = await getHealth();
      expect(health.status).toBe("ok");
      expect(health.workerHeartbeatAgeSeconds).toBeLessThan(5);
    } finally {
      await heartbeat.stop();
    }
  });

  it("reports version, dialect, database and disk space to admins only", async () => {
    const status = await getSystemStatus(admin);
    expect(status.dialect).toBe(process.env.MYDIA_TEST_DIALECT);
    expect(status.database).toEqual({ reachable: true, error: null });
    expect(status.dataDir.freeBytes).toBeGreaterThan(0);
    await expect(getSystemStatus(reader)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists tasks with their schedule and queues a run on demand", async () => {
    const tasks = await listTasks(admin);
    const housekeeping = tasks.find((t) => t.name === "housekeeping");
    expect(housekeeping).toMatchObject({ title: expect.any(String), cron: expect.any(String) });
    const { jobId } = await runTask(admin, "housekeeping");
    expect(jobId).toEqual(expect.any(String));
    const after = (await listTasks(admin)).find((t) => t.name === "housekeeping")!;
    expect(after.counts.queued).toBeGreaterThanOrEqual(1);
    await expect(runTask(admin, "no-such-task")).rejects.toThrow(/No task named/);
    await expect(runTask(reader, "housekeeping")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
