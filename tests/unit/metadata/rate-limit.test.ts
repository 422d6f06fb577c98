import { describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/metadata/tmdb/rate-limit";

describe("metadata rate limit", () => {
  it("lets perSecond requests start at once and holds the next until the window has passed", async () => {
    const limiter = new RateLimiter(20);
    const t0 = performance.now();
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 21 }, () => limiter.take().then(() => starts.push(performance.now() - t0))));
    starts.sort((a, b) => a - b);
    expect(starts[19]).toBeLessThan(200);
    expect(starts[20]).toBeGreaterThanOrEqual(995);
  });

  it("0 means no limit", async () => {
    const limiter = new RateLimiter(0);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 1000 }, () => limiter.take()));
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
