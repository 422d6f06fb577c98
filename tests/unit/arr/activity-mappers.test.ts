import { describe, expect, it } from "vitest";
import { commandState } from "@/lib/arr/activity/command.mapper";
import { secondsLeft, trackedOf } from "@/lib/arr/activity/queue.mapper";
import { timeSpan } from "@/lib/arr/activity/time-span";
import type { JobInfo } from "@/lib/jobs";

const queuedAt = new Date("2026-01-01T10:00:00Z");
const job = (id: string, state: JobInfo["state"], extra: Partial<JobInfo> = {}): JobInfo => ({
  id,
  queue: "automation.search",
  state,
  createdAt: queuedAt,
  startedAt: state === "created" ? null : new Date("2026-01-01T10:00:05Z"),
  completedAt: ["completed", "failed", "cancelled"].includes(state) ? new Date("2026-01-01T10:01:05Z") : null,
  error: null,
  ...extra,
});

describe("a command's state from its jobs", () => {
  it("queued until a job starts, started while one runs, completed when all ended", () => {
    expect(commandState(["a", "b"], [job("a", "created"), job("b", "created")], queuedAt)).toMatchObject({
      status: "queued",
      started: null,
      ended: null,
    });
    expect(commandState(["a", "b"], [job("a", "completed"), job("b", "active")], queuedAt).status).toBe("started");
    const done = commandState(["a", "b"], [job("a", "completed"), job("b", "completed")], queuedAt);
    expect(done).toMatchObject({ status: "completed", exception: null });
    expect(done.ended).toEqual(new Date("2026-01-01T10:01:05Z"));
  });

  it("failed with the job's error once every job ended; a pruned job counts as ended", () => {
    const failed = commandState(
      ["a", "b"],
      [job("a", "failed", { error: "No indexer answered" }), job("b", "completed")],
      queuedAt,
    );
    expect(failed).toMatchObject({ status: "failed", exception: "No indexer answered" });
    expect(commandState(["a", "b"], [job("a", "failed"), job("b", "active")], queuedAt).status).toBe("started");
    expect(commandState(["gone"], [], queuedAt)).toMatchObject({ status: "completed", ended: queuedAt });
    expect(commandState([], [], queuedAt).status).toBe("completed");
  });
});

describe("queue records", () => {
  const item = { error: null, clientProblem: null };
  it("map Mydia's statuses onto Radarr's tracked-download model", () => {
    expect(trackedOf({ ...item, status: "downloading" })).toEqual({
      status: "downloading",
      trackedDownloadStatus: "ok",
      trackedDownloadState: "downloading",
    });
    expect(trackedOf({ ...item, status: "seeding" })).toMatchObject({
      status: "completed",
      trackedDownloadState: "importPending",
    });
    expect(trackedOf({ ...item, status: "importing", error: "Import failed" })).toMatchObject({
      trackedDownloadStatus: "warning",
      trackedDownloadState: "importBlocked",
    });
    expect(trackedOf({ ...item, status: "needs-extraction" }).trackedDownloadState).toBe("importBlocked");
    expect(trackedOf({ ...item, status: "failed" })).toMatchObject({
      status: "failed",
      trackedDownloadStatus: "error",
    });
    expect(
      trackedOf({ ...item, status: "downloading", clientProblem: { since: null, message: "refused" } }).status,
    ).toBe("downloadClientUnavailable");
  });

  it("estimate the time left from the progress since the grab, as a .NET TimeSpan", () => {
    const now = new Date("2026-01-01T10:10:00Z");
    const grabbedAt = "2026-01-01T10:00:00.000Z";
    expect(secondsLeft({ progress: 25, grabbedAt, status: "downloading" }, now)).toBe(1800);
    expect(secondsLeft({ progress: 0, grabbedAt, status: "downloading" }, now)).toBeNull();
    expect(secondsLeft({ progress: 40, grabbedAt, status: "paused" }, now)).toBeNull();
    expect(secondsLeft({ progress: 100, grabbedAt, status: "importing" }, now)).toBe(0);
    expect(timeSpan(1800)).toBe("00:30:00");
    expect(timeSpan(90_061)).toBe("1.01:01:01");
  });
});
