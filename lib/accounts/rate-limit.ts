import { RateLimitedError } from "@/lib/errors";

/**
 * Failed-login limiter: at most `limit` failures per key within the window; a success clears the key.
 * Kept in process memory: each web replica limits on its own, which still bounds guessing to
 * limit × replicas per window.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  check(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    if (recent.length >= this.limit) {
      const retryAfterSeconds = Math.ceil((recent[0] + this.windowMs - now) / 1000);
      throw new RateLimitedError(
        `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
        retryAfterSeconds,
      );
    }
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.sweep(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private sweep(now: number): void {
    for (const [key, times] of this.failures) {
      if (times.every((t) => t <= now - this.windowMs)) this.failures.delete(key);
    }
  }
}
