import { afterEach, describe, expect, it } from "vitest";
import type { Job } from "@/lib/jobs";
import { PgBossJobQueue } from "@/lib/jobs/pg-boss/pg-boss-job-queue";
import { SqliteJobQueue } from "@/lib/jobs/sqlite/sqlite-job-queue";
import { dialect, jobState, sleep, startQueue, stopQueues, waitFor } from "./helpers";

afterEach(stopQueues);

let counter = 0;
const queueName = (label: string) => `test.${label}.${++counter}`;

describe(`JobQueue (${dialect})`, () => {
  it("runs sent jobs once each and counts them completed", async () => {
    const q = await startQueue();
    const name = queueName("basic");
    await q.createQueue(name, { retryLimit: 0 });
    const seen: Job<{ n: number }>[] = [];
    await q.work<{ n: number }>(name, async (job) => void seen.push(job), { concurrency: 2 });
    const ids = await Promise.all([1, 2, 3].map((n) => q.send(name, { n })));
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    await waitFor(async () => (await q.queueCounts())[name]?.completed === 3, 15_000, "3 completed");
    expect(seen.map((j) => j.data.n).sort()).toEqual([1, 2, 3]);
    expect(seen.map((j) => j.id).sort()).toEqual([...ids].sort());
    expect(seen.every((j) => j.attempt === 1 && j.queue === name && j.signal instanceof AbortSignal)).toBe(true);
    expect((await q.queueCounts())[name]).toEqual({ queued: 0, active: 0, failed: 0, completed: 3 });
  });

  it("retries a failing job with exponential back-off until it succeeds", async () => {
    const q = await startQueue();
    const name = queueName("retry");
    await q.createQueue(name, { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true });
    const attempts: { attempt: number; at: number }[] = [];
    await q.work(name, async (job) => {
      attempts.push({ attempt: job.attempt, at: Date.now() });
      if (job.attempt < 3) throw new Error(`boom ${job.attempt}`);
    });
    const id = (await q.send(name, {}))!;
    await waitFor(async () => (await jobState(q, name, id)) === "completed", 20_000, "completion after retries");
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    const gap1 = attempts[1].at - attempts[0].at;
    const gap2 = attempts[2].at - attempts[1].at;
    if (dialect === "sqlite") {
      // delay × 2^retryCount: 1 s, then 2 s.
      expect(gap1).toBeGreaterThanOrEqual(1000);
      expect(gap2).toBeGreaterThanOrEqual(2000);
      expect(gap2).toBeLessThan(3500);
    } else {
      // pg-boss: delay × 2^retryCount with jitter (0.5–1 s, then 1–2 s).
      expect(gap1).toBeGreaterThanOrEqual(450);
      expect(gap2).toBeGreaterThanOrEqual(950);
    }
  });

  it("fails a job after its retry limit and copies it to the dead letter queue", async () => {
    const q = await startQueue();
    const name = queueName("doomed");
    const dlq = queueName("dead");
    await q.createQueue(dlq, {});
    await q.createQueue(name, { retryLimit: 1, retryDelaySeconds: 0, deadLetter: dlq });
    let runs = 0;
    await q.work(name, async () => {
      runs++;
      throw new Error("always");
    });
    const dead: object[] = [];
    await q.work<object>(dlq, async (job) => void dead.push(job.data));
    const id = (await q.send(name, { payload: "x" }))!;
    await waitFor(() => dead.length === 1, 20_000, "dead letter");
    expect(dead[0]).toEqual({ payload: "x" });
    expect(runs).toBe(2);
    expect(await jobState(q, name, id)).toBe("failed");
    expect((await q.queueCounts())[name]?.failed).toBe(1);
  });

  it("drops a second job with the same singleton key while the first is queued", async () => {
    const q = await startQueue();
    const name = queueName("single");
    await q.createQueue(name, { singleton: true });
    const first = await q.send(name, { a: 1 }, { singletonKey: "k" });
    const duplicate = await q.send(name, { a: 2 }, { singletonKey: "k" });
    const other = await q.send(name, { a: 3 }, { singletonKey: "other" });
    expect(first).toEqual(expect.any(String));
    expect(duplicate).toBeNull();
    expect(other).toEqual(expect.any(String));

    const ran: object[] = [];
    await q.work<object>(name, async (job) => void ran.push(job.data));
    await waitFor(async () => (await q.queueCounts())[name]?.completed === 2, 15_000, "both singletons done");
    expect(ran).toHaveLength(2);
    // Finished jobs no longer hold the key.
    expect(await q.send(name, { a: 4 }, { singletonKey: "k" })).toEqual(expect.any(String));

    const plain = queueName("plain");
    await q.createQueue(plain, {});
    await expect(q.send(plain, {}, { singletonKey: "k" })).rejects.toThrow(/singleton/);
  });

  it("re-runs a job whose worker died once the lease expires; the dead worker's late completion is refused", async () => {
    const live = await startQueue();
    const name = queueName("lease");
    const leaseSeconds = dialect === "pg" ? 10 : 1;
    await live.createQueue(name, { leaseSeconds, retryLimit: 2, retryDelaySeconds: 0 });
    const id = (await live.send(name, { v: 1 }))!;

    // The "dead" worker claims the job and never renews its lease.
    let lateComplete: () => Promise<boolean>;
    if (live instanceof SqliteJobQueue) {
      const [claimed] = live.store.claim(name, 1, leaseSeconds * 1000);
      expect(claimed.id).toBe(id);
      lateComplete = async () => live.store.complete(claimed.id, claimed.lockToken);
    } else if (live instanceof PgBossJobQueue) {
      const dead = await startQueue({ role: "producer" });
      const [claimed] = await (dead as PgBossJobQueue).boss.fetch<object>(name);
      expect(claimed.id).toBe(id);
      lateComplete = async () => {
        const response = (await (dead as PgBossJobQueue).boss.complete(name, {
          id,
          retryCount: claimed.retryCount,
        })) as {
          affected?: number;
        };
        return (response.affected ?? 0) > 0;
      };
    } else throw new Error("unknown adapter");
    const claimedAt = Date.now();

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reruns: { attempt: number; at: number }[] = [];
    await live.work(name, async (job) => {
      reruns.push({ attempt: job.attempt, at: Date.now() });
      await released;
    });
    await waitFor(() => reruns.length === 1, 30_000, "re-run after lease expiry");
    expect(reruns[0].attempt).toBe(2);
    expect(reruns[0].at - claimedAt).toBeGreaterThanOrEqual(leaseSeconds * 1000 - 50);

    // The dead worker wakes up and tries to complete: refused, the job stays with the live worker.
    expect(await lateComplete()).toBe(false);
    expect(await jobState(live, name, id)).toBe("active");
    release();
    await waitFor(
      async () => (await jobState(live, name, id)) === "completed",
      15_000,
      "completion by the live worker",
    );
    expect(reruns).toHaveLength(1);
  });

  // pg-boss renews with heartbeatSeconds ≥ 10; the multi-process test covers it (jobs outlive no lease there).
  if (dialect === "sqlite")
    it("keeps renewing the lease of a long job so a live worker's job is not taken over", async () => {
      const a = await startQueue();
      const b = await startQueue({ ownConnection: true });
      const name = queueName("long");
      for (const q of [a, b]) await q.createQueue(name, { leaseSeconds: 0.3 });
      const runs: string[] = [];
      await a.work(name, async () => {
        runs.push("a");
        await sleep(1200);
      });
      const id = (await a.send(name, {}))!;
      await waitFor(() => runs.length === 1, 5000, "start");
      await b.work(name, async () => void runs.push("b"));
      await waitFor(async () => (await jobState(a, name, id)) === "completed", 5000, "completion");
      expect(runs).toEqual(["a"]);
    });

  it("fires a cron schedule once per tick with two job queues polling", async () => {
    // SQLite: both queues read one injected clock, so the test steps through ticks instead of counting wall-clock seconds.
    let clock = Date.parse("2026-01-01T00:00:00.000Z");
    const now = () => clock;
    const a = await startQueue({ now });
    const b = await startQueue({ ownConnection: true, now });
    const name = queueName("cron");
    for (const q of [a, b]) await q.createQueue(name, { retryLimit: 0 });
    const firings: { at: number; by: string }[] = [];
    await a.work(name, async () => void firings.push({ at: Date.now(), by: "a" }), { concurrency: 2 });
    await b.work(name, async () => void firings.push({ at: Date.now(), by: "b" }), { concurrency: 2 });

    if (dialect === "sqlite") {
      await a.schedule(name, "* * * * * *", { tick: true });
      await b.schedule(name, "* * * * * *", { tick: true });
      for (let tick = 1; tick <= 3; tick++) {
        clock += 1000;
        await waitFor(() => firings.length >= tick, 5000, `tick ${tick}`);
      }
      // Both queues keep polling (every 50 ms) on the same tick: nobody fires it twice.
      await sleep(300);
      expect(firings).toHaveLength(3);
      await a.unschedule(name);
    } else {
      // pg-boss schedules have minute resolution; a new schedule fires for the current minute.
      await expect(a.schedule(name, "* * * * * *", {})).rejects.toThrow(/minute resolution/);
      // pg-boss reads PostgreSQL's clock, which a test cannot set: rather than waiting for a minute
      // boundary, allow one firing per minute the test spans (a boundary crossed is a legitimate tick).
      const start = Date.now();
      await a.schedule(name, "* * * * *", { tick: true });
      await waitFor(() => firings.length >= 1, 10_000, "first firing");
      // Both queues run their cron pass every second meanwhile.
      await sleep(5000);
      const minutes = Math.floor(Date.now() / 60_000) - Math.floor(start / 60_000) + 1;
      expect(firings.length).toBeLessThanOrEqual(minutes);
      await a.unschedule(name);
    }
    const schedules = await a.listSchedules();
    expect(schedules.find((s) => s.name === name)).toBeUndefined();
  });

  // pg-boss guards its cron pass with its own claim and a per-minute throttle slot.
  if (dialect === "sqlite")
    it("lets only one of two processes that read the same due tick fire it (compare-and-set)", async () => {
      const a = (await startQueue({ role: "producer" })) as SqliteJobQueue;
      const b = (await startQueue({ role: "producer", ownConnection: true })) as SqliteJobQueue;
      const name = queueName("cas");
      for (const q of [a, b]) await q.createQueue(name, {});
      await a.schedule(name, "* * * * * *", { x: 1 });
      await sleep(1100);
      const now = Date.now();
      const rowA = a.scheduleStore.due(now).find((r) => r.name === name)!;
      const rowB = b.scheduleStore.due(now).find((r) => r.name === name)!;
      expect(rowB.next_run_at).toBe(rowA.next_run_at);
      const fired: string[] = [];
      expect(a.scheduleStore.fire(rowA, () => fired.push("a"), 5000, now)).toBe(true);
      expect(b.scheduleStore.fire(rowB, () => fired.push("b"), 5000, now)).toBe(false);
      expect(fired).toEqual(["a"]);
      const next = (await b.listSchedules()).find((s) => s.name === name)!.nextRunAt!.getTime();
      expect(next).toBeGreaterThan(rowA.next_run_at);
      await a.unschedule(name);
    });

  it("lists schedules with their next run", async () => {
    const q = await startQueue();
    const name = queueName("listed");
    await q.createQueue(name, {});
    await q.schedule(name, "17 3 * * *", {}, { tz: "Europe/Berlin" });
    const schedule = (await q.listSchedules()).find((s) => s.name === name);
    expect(schedule).toMatchObject({ name, cron: "17 3 * * *", tz: "Europe/Berlin" });
    expect(schedule!.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    expect(schedule!.nextRunAt!.getTime()).toBeLessThanOrEqual(Date.now() + 25 * 3600_000);
    await expect(q.schedule(name, "not a cron", {})).rejects.toThrow(/cron/i);
    await q.unschedule(name);
  });

  it("graceful stop waits for a job that finishes within the grace period", async () => {
    const q = await startQueue();
    const name = queueName("finishes");
    await q.createQueue(name, {});
    let started = false;
    let finished = false;
    await q.work(name, async () => {
      started = true;
      await sleep(300);
      finished = true;
    });
    const id = (await q.send(name, {}))!;
    await waitFor(() => started, 10_000, "start");
    await q.stop({ graceMs: 5000 });
    expect(finished).toBe(true);
    const observer = await startQueue({ role: "producer" });
    expect(await jobState(observer, name, id)).toBe("completed");
  });

  it("graceful stop releases a job still running after the grace period to another worker", async () => {
    const a = await startQueue();
    const b = await startQueue({ ownConnection: true });
    const name = queueName("released");
    for (const q of [a, b]) await q.createQueue(name, { retryLimit: 2, retryDelaySeconds: 0 });
    let abortedInA = false;
    let startedInA = false;
    await a.work(name, async (job) => {
      startedInA = true;
      await new Promise<void>((resolve) => job.signal.addEventListener("abort", () => resolve(), { once: true }));
      abortedInA = true;
    });
    const id = (await a.send(name, {}))!;
    await waitFor(() => startedInA, 10_000, "start in a");
    await a.stop({ graceMs: 1000 });
    expect(abortedInA).toBe(true);

    const inB: Job<object>[] = [];
    await b.work<object>(name, async (job) => void inB.push(job));
    await waitFor(async () => (await jobState(b, name, id)) === "completed", 20_000, "completion in b");
    expect(inB.map((j) => j.id)).toEqual([id]);
    // SQLite gives the job back without using an attempt; pg-boss fails it into its retry state.
    expect(inB[0].attempt).toBe(dialect === "sqlite" ? 1 : 2);
  });

  it("aborts an attempt that runs past expireInSeconds and retries it", async () => {
    const q = await startQueue();
    const name = queueName("expire");
    await q.createQueue(name, { expireInSeconds: 1, retryLimit: 1, retryDelaySeconds: 0 });
    const attempts: { attempt: number; aborted: boolean }[] = [];
    await q.work(name, async (job) => {
      const entry = { attempt: job.attempt, aborted: false };
      attempts.push(entry);
      if (job.attempt === 1) {
        await new Promise<void>((resolve) => job.signal.addEventListener("abort", () => resolve(), { once: true }));
        entry.aborted = true;
      }
    });
    const id = (await q.send(name, {}))!;
    await waitFor(async () => (await jobState(q, name, id)) === "completed", 20_000, "completion of the retry");
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(attempts[0].aborted).toBe(true);
  });

  it("prunes finished jobs older than the cutoff", async () => {
    const q = await startQueue();
    const name = queueName("prune");
    await q.createQueue(name, {});
    await q.work(name, async () => {});
    const id = (await q.send(name, {}))!;
    await waitFor(async () => (await jobState(q, name, id)) === "completed", 15_000, "completion");
    expect(await q.prune({ completedOlderThan: new Date(Date.now() - 60_000) })).toBe(0);
    expect(await q.prune({ completedOlderThan: new Date(Date.now() + 60_000) })).toBeGreaterThanOrEqual(1);
    expect(await jobState(q, name, id)).toBeNull();
  });
});
