import { describe, expect, it } from "vitest";
import { IndexerRequestError } from "@/lib/indexers/errors";
import { backoffSeconds, disabledUntil } from "@/lib/indexers/health";
import { emptyRelease, type IndexerRelease } from "@/lib/indexers/release";
import { fanOut, type FanOutIndexer, type SearchEvent } from "@/lib/indexers/search/fan-out";

const release = (indexerId: string, title: string, extra: Partial<IndexerRelease> = {}): IndexerRelease => ({
  ...emptyRelease({ guid: `${indexerId}:${title}`, title, indexerId, indexerName: indexerId, protocol: "torrent" }),
  size: 1000,
  seeders: 10,
  ...extra,
});

const indexer = (id: string, search: FanOutIndexer["search"], timeoutMs = 5000): FanOutIndexer => ({
  id,
  name: id,
  timeoutMs,
  minimumSeeders: 1,
  search,
});
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const hang = (_q: unknown, signal: AbortSignal) =>
  new Promise<IndexerRelease[]>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));

async function collect(generator: AsyncGenerator<SearchEvent>) {
  const events: (SearchEvent & { at: number })[] = [];
  const start = Date.now();
  for await (const event of generator) events.push({ ...event, at: Date.now() - start });
  return events;
}

describe("fan-out", () => {
  it("streams each indexer's results as they come; a slow one does not hold the others back", async () => {
    const events = await collect(
      fanOut(
        [
          indexer("slow", () => after(300, [release("slow", "Slow.Movie.2020.1080p.BluRay.x264-GRP")])),
          indexer("fast", () => after(10, [release("fast", "Fast.Movie.2020.720p.WEB-DL.x264-GRP")])),
        ],
        { type: "search", q: "movie" },
        { deadlineMs: 5000 },
      ),
    );
    expect(events.map((e) => e.type)).toEqual(["started", "results", "results", "done"]);
    const [, first, second] = events;
    expect(first.type === "results" && first.indexer.id).toBe("fast");
    expect(first.at).toBeLessThan(200);
    expect(second.type === "results" && second.releases[0].parsed.quality).toBe("Bluray-1080p");
  });

  it("reports a hanging indexer at its own timeout, a failing one with its reason, and keeps the rest", async () => {
    const events = await collect(
      fanOut(
        [
          indexer("hangs", hang, 200),
          indexer("broken", async () => {
            throw new IndexerRequestError("status", "broken answered HTTP 500");
          }),
          indexer("good", async () => [release("good", "Good.Show.S01E01.720p.HDTV.x264-GRP")]),
        ],
        { type: "search", q: "x" },
        { deadlineMs: 5000 },
      ),
    );
    const failed = events.filter((e) => e.type === "failed");
    expect(failed).toEqual([
      expect.objectContaining({
        indexer: { id: "broken", name: "broken" },
        kind: "status",
        message: "broken answered HTTP 500",
      }),
      expect.objectContaining({
        indexer: { id: "hangs", name: "hangs" },
        kind: "timeout",
        message: "hangs did not answer within 200 ms",
      }),
    ]);
    const done = events.at(-1)!;
    expect(done).toMatchObject({ type: "done", releases: 1, succeeded: 1, failed: 2 });
    expect(done.at).toBeLessThan(1500);
  });

  it("ends at the global deadline and says so", async () => {
    const events = await collect(
      fanOut([indexer("hangs", hang, 10_000)], { type: "search", q: "x" }, { deadlineMs: 150 }),
    );
    expect(events.find((e) => e.type === "failed")).toMatchObject({
      kind: "timeout",
      message: "hangs did not answer before the search deadline (150 ms)",
    });
  });

  it("de-duplicates by info hash, guid, then title + size; flags low seeders in interactive searches", async () => {
    const events = await collect(
      fanOut(
        [
          indexer("a", async () => [
            release("a", "Same.Movie.2020.1080p.WEB-DL", { infoHash: "abc" }),
            release("a", "Other.Movie.2020.1080p.WEB-DL", { size: 5 }),
            release("a", "Dead.Movie.2020.1080p.WEB-DL", { seeders: 0 }),
          ]),
          indexer("b", () =>
            after(50, [
              release("b", "Same Movie 2020 1080p WEB-DL", { infoHash: "ABC" }),
              release("b", "Other.Movie.2020.1080p.WEB-DL", { size: 5 }),
            ]),
          ),
        ],
        { type: "movie", q: "movie" },
        { deadlineMs: 5000 },
      ),
    );
    const releases = events.flatMap((e) => (e.type === "results" ? e.releases : []));
    expect(releases.map((r) => r.title)).toEqual([
      "Same.Movie.2020.1080p.WEB-DL",
      "Other.Movie.2020.1080p.WEB-DL",
      "Dead.Movie.2020.1080p.WEB-DL",
    ]);
    expect(releases[2].flags).toContain("low-seeders");
    expect(events.at(-1)).toMatchObject({ duplicates: 2 });
  });

  it("skips indexers the admit hook refuses (backed off, rate limited)", async () => {
    const events = await collect(
      fanOut(
        [indexer("off", async () => [])],
        { type: "search", q: "x" },
        {
          deadlineMs: 1000,
          hooks: { admit: async () => ({ reason: "backed off", until: new Date("2030-01-01T00:00:00Z") }) },
        },
      ),
    );
    expect(events[1]).toMatchObject({
      type: "skipped",
      indexer: { id: "off", name: "off" },
      reason: "backed off",
      until: "2030-01-01T00:00:00.000Z",
    });
  });
});

describe("back-off ladder", () => {
  it("escalates from 1 minute to 24 hours and honours a longer Retry-After", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => backoffSeconds(n))).toEqual([
      60, 300, 900, 1800, 3600, 10800, 21600, 43200, 86400, 86400,
    ]);
    expect(backoffSeconds(1, 7200)).toBe(7200);
    expect(backoffSeconds(0)).toBe(0);
    expect(disabledUntil(2, new Date("2026-01-01T00:00:00Z"))?.toISOString()).toBe("2026-01-01T00:05:00.000Z");
  });
});

describe("cancelled searches", () => {
  it("reports nothing against indexers when the caller goes away", async () => {
    const controller = new AbortController();
    const failed: string[] = [];
    const events: SearchEvent[] = [];
    setTimeout(() => controller.abort(new Error("")), 50);
    for await (const event of fanOut(
      [indexer("slow", hang, 5000), indexer("fast", async () => [release("fast", "A.Movie.2020.1080p.WEB-DL")])],
      { type: "search", q: "x" },
      {
        deadlineMs: 5000,
        signal: controller.signal,
        hooks: { failed: async (i) => void failed.push(i.id) },
      },
    ))
      events.push(event);
    expect(failed).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(["started", "results", "done"]);
  });
});
