import { setTimeout as sleep } from "node:timers/promises";

/**
 * At most `perSecond` starts in any one-second window, shared by every caller of one limiter (a scan's
 * concurrent lookups, the UI's searches). Callers wait in order; 0 means no limit. TMDB answers 429 past
 * about 40-50 requests per second per key, and lib/http honours the Retry-After it sends.
 */
export class RateLimiter {
  private readonly starts: number[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number) {}

  take(): Promise<void> {
    if (this.perSecond <= 0) return Promise.resolve();
    const turn = this.tail.then(() => this.wait());
    this.tail = turn;
    return turn;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const now = performance.now();
      while (this.starts.length > 0 && now - this.starts[0] >= 1000) this.starts.shift();
      if (this.starts.length < this.perSecond) {
        this.starts.push(now);
        return;
      }
      await sleep(1000 - (now - this.starts[0]) + 1);
    }
  }
}

const limiters = new Map<string, RateLimiter>();

/** One limiter per metadata address in this process. */
export function limiterFor(baseUrl: string, perSecond: number): RateLimiter {
  const key = `${baseUrl}|${perSecond}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiter(perSecond);
    limiters.set(key, limiter);
  }
  return limiter;
}
