import { describe, expect, it } from "vitest";
import { dialectOf, tx } from "@/lib/db";
import { createEventStream, eventSubscriber, latestEventId, publish, type MydiaEvent } from "@/lib/events";

const pg = dialectOf(process.env.DATABASE_URL) === "pg";
const tagged = (event: MydiaEvent, tag: string) =>
  event.type === "task.progress" && event.payload.name.startsWith(`${tag}.`);

/** Reads SSE data frames until `count` arrived or `ms` passed; keeps the reader for later reads. */
function frameReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: MydiaEvent[] = [];
  let pendingRead: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  return {
    events,
    async until(count: number, ms: number): Promise<MydiaEvent[]> {
      const deadline = Date.now() + ms;
      while (events.length < count && Date.now() < deadline) {
        pendingRead ??= reader.read();
        const chunk = await Promise.race([
          pendingRead,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))),
        ]);
        if (chunk === null) break;
        pendingRead = null;
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value);
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split("\n").find((l) => l.startsWith("data: "));
          if (data) events.push(JSON.parse(data.slice(6)) as MydiaEvent);
        }
      }
      return events;
    },
  };
}

/**
 * Two writers: A publishes first (lower id) but commits last. On PostgreSQL A stays open until B
 * has committed; on SQLite B waits for A's transaction (one writer at a time), which is the order
 * the database itself guarantees there.
 */
async function outOfOrder(tag: string, whileOnlyBCommitted: () => Promise<void>): Promise<{ a: number; b: number }> {
  let releaseA!: () => void;
  const aMayCommit = new Promise<void>((resolve) => (releaseA = resolve));
  let aPublished!: (id: number) => void;
  const aId = new Promise<number>((resolve) => (aPublished = resolve));
  const writerA = tx(async (t) => {
    aPublished(await publish("task.progress", { name: `${tag}.a`, done: 0, total: 2 }, { db: t }));
    if (pg) await aMayCommit;
  });
  const a = await aId;
  const b = await publish("task.progress", { name: `${tag}.b`, done: 1, total: 2 });
  if (pg) {
    await whileOnlyBCommitted();
    releaseA();
  }
  await writerA;
  expect(a).toBeLessThan(b);
  return { a, b };
}

const adminReader = { role: "admin" as const, userId: null, recheck: async () => "admin" as const };

describe("events committed out of id order", () => {
  it("reach a live subscriber exactly once", async () => {
    const received: MydiaEvent[] = [];
    const subscriber = eventSubscriber();
    const unsubscribe = subscriber.subscribe(({ event }) => {
      if (tagged(event, "live")) received.push(event);
    });
    await subscriber.ensureStarted();
    const { a, b } = await outOfOrder("live", () => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    unsubscribe();
    expect(received.map((e) => e.id).sort()).toEqual([a, b].sort());
  });

  it("reach a tab that reconnects with Last-Event-ID exactly once", async () => {
    const before = await latestEventId();
    const first = new AbortController();
    const tab = frameReader(createEventStream({ lastEventId: before, signal: first.signal, reader: adminReader }));
    await tab.until(1, 100);
    // The tab reads while only B is committed, then drops and reconnects after A committed.
    const { a, b } = await outOfOrder("replay", async () => {
      await tab.until(2, 400);
      first.abort();
    });
    if (!pg) first.abort();
    const seen = tab.events.filter((e) => tagged(e, "replay"));
    const lastSeen = tab.events.at(-1)?.id ?? before;
    const second = new AbortController();
    const again = frameReader(createEventStream({ lastEventId: lastSeen, signal: second.signal, reader: adminReader }));
    await again.until(2 - seen.length, 2000);
    await again.until(3, 200);
    second.abort();
    const all = [...seen, ...again.events.filter((e) => tagged(e, "replay"))];
    expect(all.map((e) => e.id).sort()).toEqual([a, b].sort());
  });
});
