import { describe, expect, it } from "vitest";
import { eventPayloads, eventSchema, isEventType, selects } from "@/lib/events/event-types";

const envelope = { id: 7, actorId: null, createdAt: "2026-12-03T10:00:00.000Z" };
const progressItem = {
  downloadId: "d1",
  title: "Fight.Club.1999.1080p.BluRay.x264-GRP",
  status: "downloading",
  progress: 42.5,
  error: null,
  sizeBytes: 1000,
  remainingBytes: 575,
  downloadSpeed: 100,
  etaSeconds: 6,
};

describe("event catalog", () => {
  it("parses a catalogued event with its payload", () => {
    const parsed = eventSchema.parse({ ...envelope, type: "download.progress", payload: { items: [progressItem] } });
    expect(parsed.type).toBe("download.progress");
    if (parsed.type === "download.progress") expect(parsed.payload.items[0].progress).toBe(42.5);
  });

  it("rejects unknown types and payloads of the wrong shape", () => {
    expect(eventSchema.safeParse({ ...envelope, type: "bench.latency", payload: {} }).success).toBe(false);
    expect(
      eventSchema.safeParse({ ...envelope, type: "download.progress", payload: { downloadId: "d1", progress: 3 } })
        .success,
    ).toBe(false);
    expect(eventPayloads["task.started"].safeParse({ name: "x" }).success).toBe(false);
  });

  it("selects by type or by a prefix ending in a dot", () => {
    expect(selects(["download."], "download.progress")).toBe(true);
    expect(selects(["download."], "download-client.created")).toBe(false);
    expect(selects(["library.scan.finished"], "library.scan.progress")).toBe(false);
    expect(selects(["library.scan."], "library.scan.progress")).toBe(true);
    expect(isEventType("catalog.movie.added")).toBe(true);
    expect(isEventType("worker.started")).toBe(false);
  });
});
