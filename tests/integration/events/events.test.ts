import { describe, expect, it } from "vitest";
import { tx } from "@/lib/db";
import { until } from "@/tests/helpers/until";
import {
  createEventStream,
  eventSubscriber,
  latestEventId,
  publish,
  pruneEvents,
  readEventsAfter,
  type MydiaEvent,
} from "@/lib/events";

async function readFrames(stream: ReadableStream<Uint8Array>, count: number, timeoutMs = 5000): Promise<string[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const frames: string[] = [];
  const deadline = Date.now() + timeoutMs;
  while (frames.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<{ done: true; value: undefined }>((resolve) =>
        setTimeout(() => resolve({ done: true, value: undefined }), deadline - Date.now()),
      ),
    ]);
    if (chunk.done) break;
    buffer += decoder.decode(chunk.value);
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (frame.includes("data: ")) frames.push(frame);
    }
  }
  reader.releaseLock();
  return frames;
}

/** Test events: task.progress events whose task name tells them apart. */
const mark = (name: string, n = 0) => ({ name, done: n, total: 3 });
const nameOf = (event: MydiaEvent) => (event.type === "task.progress" ? event.payload.name : event.type);
const numberOf = (event: MydiaEvent) => (event.type === "task.progress" ? event.payload.done : -1);

const dataOf = (frame: string) =>
  JSON.parse(
    frame
      .split("\n")
      .find((l) => l.startsWith("data: "))!
      .slice(6),
  ) as MydiaEvent;

const adminReader = { role: "admin" as const, userId: null, recheck: async () => "admin" as const };

describe("events", () => {
  it("delivers a published event to subscribers, in order", async () => {
    const received: MydiaEvent[] = [];
    const subscriber = eventSubscriber();
    const unsubscribe = subscriber.subscribe(({ event }) => received.push(event));
    await subscriber.ensureStarted();
    await publish("task.progress", mark("test.one", 1));
    await publish("task.progress", mark("test.two", 2));
    await expect.poll(() => received.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(received.map(nameOf)).toEqual(["test.one", "test.two"]);
    expect(received[1].id).toBeGreaterThan(received[0].id);
    unsubscribe();
  });

  it("publishes inside a transaction only when it commits", async () => {
    await expect(
      tx(async (t) => {
        await publish("task.progress", mark("test.rolled-back"), { db: t });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await tx(async (t) => {
      await publish("task.progress", mark("test.committed"), { db: t });
    });
    // On a PostgreSQL server shared with other tests' databases, a transaction running elsewhere holds the
    // read horizon back for a moment (xids are cluster-wide): wait until the committed event is readable.
    const names = async () => (await readEventsAfter(0, 10_000)).map(nameOf);
    await expect.poll(names, { timeout: 10_000 }).toContain("test.committed");
    expect((await names()).filter((name) => name === "test.committed")).toHaveLength(1);
    expect(await names()).not.toContain("test.rolled-back");
  });

  it("SSE: replays what a reconnecting tab missed after Last-Event-ID, then streams live", async () => {
    const first = await publish("task.progress", mark("test.replay", 1));
    await publish("task.progress", mark("test.replay", 2));
    await publish("task.progress", mark("test.replay", 3));
    const controller = new AbortController();
    const stream = createEventStream({ lastEventId: first, signal: controller.signal, reader: adminReader });
    setTimeout(() => void publish("task.progress", mark("test.live", 4)), 200);
    const frames = await readFrames(stream, 3);
    controller.abort();
    const events = frames.map(dataOf);
    expect(events.map(numberOf)).toEqual([2, 3, 4]);
    expect(frames[0]).toMatch(new RegExp(`^id: ${events[0].id}\n`));
  });

  it("SSE: a fresh connection gets only new events and is cleaned up on disconnect", async () => {
    const old = await publish("task.progress", mark("test.old"));
    // On PostgreSQL an event counts as history once no older transaction in the cluster still runs
    // (read-events.ts): other test files' transactions on the same server can hold that back a moment.
    await until("test.old to be history", async () => (await latestEventId()) >= old, 10_000);
    const subscriber = eventSubscriber();
    const before = subscriber.size;
    const controller = new AbortController();
    const stream = createEventStream({ lastEventId: null, signal: controller.signal, reader: adminReader });
    setTimeout(() => void publish("task.progress", mark("test.new")), 200);
    const frames = await readFrames(stream, 1);
    expect(frames.map(dataOf).map(nameOf)).toEqual(["test.new"]);
    expect(subscriber.size).toBe(before + 1);
    controller.abort();
    expect(subscriber.size).toBe(before);
  });

  it("prunes old events", async () => {
    await publish("task.progress", mark("test.prune"));
    expect(await pruneEvents(new Date(Date.now() + 60_000))).toBeGreaterThan(0);
    expect(await readEventsAfter(0)).toEqual([]);
  });
});

describe("publish", () => {
  it("checks the payload against the event catalog before writing", async () => {
    const before = (await readEventsAfter(0, 10_000)).length;
    await expect(publish("task.progress", { name: "test.bad", done: -1, total: 1 })).rejects.toThrow();
    expect(await readEventsAfter(0, 10_000)).toHaveLength(before);
  });
});
