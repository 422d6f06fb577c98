import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts";
import { resetConfigForTests } from "@/lib/config";
import { ValidationError } from "@/lib/errors";
import { closeJobQueue, getJobQueue, listTaskRuns, workDeclaredQueues } from "@/lib/jobs";
import { listTasks, runTask } from "@/lib/system";
import { handlers } from "@/worker/handlers";
import { testQueueOptions, waitFor } from "../jobs/helpers";

const admin: Actor = { kind: "user", userId: "u1", username: "admin", role: "admin", via: "session" };

describe("System → Tasks: every task offered with Run now runs successfully", () => {
  // The definitions server the indexers.definitions task reads (an empty list: nothing to update).
  let definitions: Server;

  beforeAll(async () => {
    definitions = createServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end("[]");
    });
    await new Promise<void>((resolve) => definitions.listen(0, "127.0.0.1", resolve));
    process.env.CARDIGANN_DEFINITIONS_URL = `http://127.0.0.1:${(definitions.address() as AddressInfo).port}/v11`;
    process.env.TMDB_BASE_URL = "http://127.0.0.1:9/tmdb";
    resetConfigForTests();
    await getJobQueue(testQueueOptions);
    await workDeclaredQueues(handlers);
  });

  afterAll(async () => {
    await closeJobQueue({ graceMs: 0 });
    await new Promise<void>((resolve) => definitions.close(() => resolve()));
  });

  it("offers Run now only for tasks that can run on their own, and each of them succeeds", async () => {
    const tasks = await listTasks(admin);
    const runnable = tasks.filter((task) => task.runnable);
    expect(runnable.map((task) => task.name)).toContain("downloads.monitor");
    for (const task of runnable) {
      await runTask(admin, task.name);
      const run = await waitFor(
        async () =>
          (await listTaskRuns()).find((r) => r.name === task.name && r.status !== "running" && r.finishedAt !== null),
        60_000,
        `a finished run of ${task.name}`,
      );
      expect({ name: task.name, status: run.status, error: run.error }).toEqual({
        name: task.name,
        status: "succeeded",
        error: null,
      });
    }
  });

  it("refuses Run now for per-item jobs with a message that says why", async () => {
    const perItem = (await listTasks(admin)).filter((task) => !task.runnable).map((task) => task.name);
    expect(perItem).toEqual(expect.arrayContaining(["downloads.import", "library.analyze", "automation.search"]));
    for (const name of perItem) {
      const failure = runTask(admin, name);
      await expect(failure).rejects.toBeInstanceOf(ValidationError);
      await expect(failure).rejects.toThrow(/runs once per item/);
    }
  });
});
