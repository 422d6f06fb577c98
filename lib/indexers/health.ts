import type { IndexerFailureKind } from "./indexer.types";

/**
 * Back-off ladder after consecutive failures (Sonarr's escalation): 1 min, 5 min, 15 min, 30 min,
 * 1 h, 3 h, 6 h, 12 h, then 24 h. A Retry-After from the indexer wins when it is longer.
 */
export const BACKOFF_LADDER_SECONDS = [60, 300, 900, 1800, 3600, 10_800, 21_600, 43_200, 86_400] as const;

export function backoffSeconds(consecutiveFailures: number, retryAfterSeconds?: number): number {
  if (consecutiveFailures <= 0) return 0;
  const step = BACKOFF_LADDER_SECONDS[Math.min(consecutiveFailures, BACKOFF_LADDER_SECONDS.length) - 1];
  return Math.max(step, retryAfterSeconds ?? 0);
}

export function disabledUntil(consecutiveFailures: number, now: Date, retryAfterSeconds?: number): Date | null {
  const seconds = backoffSeconds(consecutiveFailures, retryAfterSeconds);
  return seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
}

/** Failures that say nothing about the indexer's health (the query did not fit its caps). */
export const countsAgainstHealth = (kind: IndexerFailureKind): boolean => kind !== "unsupported";

export const failureLabels: Record<IndexerFailureKind, string> = {
  timeout: "Timed out",
  unreachable: "Unreachable",
  auth: "Credentials refused",
  "rate-limited": "Rate limited",
  status: "HTTP error",
  parse: "Unreadable answer",
  "indexer-error": "Indexer error",
  unsupported: "Not supported",
};

export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);
export const epochMinute = (date: Date): number => Math.floor(date.getTime() / 60_000);
