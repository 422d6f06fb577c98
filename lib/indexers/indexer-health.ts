import { logger } from "@/lib/logger";
import { publish } from "@/lib/events";
import type { IndexerRequestError } from "./errors";
import { countsAgainstHealth, disabledUntil } from "./health";
import { acquireRequestSlot, addStats, incrementFailures, recordSuccessRow, setFailureDetails } from "./indexer.repo";
import type { IndexerWithStatus } from "./indexer.repo";

const log = logger.child({ context: "indexers" });

/** Whether an indexer may be asked now: not backed off, and under its rate limits (takes a slot). */
export async function admitRequest(
  row: IndexerWithStatus,
  now = new Date(),
): Promise<{ reason: string; until: Date | null } | null> {
  const until = row.status?.disabledUntil;
  if (until && until > now) {
    return {
      reason: `backed off after ${row.status?.consecutiveFailures ?? 0} failure(s): ${row.status?.lastFailureMessage ?? "unknown error"}`,
      until,
    };
  }
  if (!(await acquireRequestSlot(row.id, row.requestsPerMinute, row.requestsPerDay, now))) {
    const limit = row.requestsPerMinute ? `${row.requestsPerMinute}/min` : "";
    const daily = row.requestsPerDay ? `${row.requestsPerDay}/day` : "";
    return { reason: `request limit reached (${[limit, daily].filter(Boolean).join(", ")})`, until: null };
  }
  return null;
}

export async function recordSuccess(
  row: Pick<IndexerWithStatus, "id" | "status">,
  results: number,
  elapsedMs: number,
  now = new Date(),
): Promise<void> {
  const wasFailing = (row.status?.consecutiveFailures ?? 0) > 0;
  await recordSuccessRow(row.id, now);
  await addStats(row.id, now, { queries: 1, results, responseMs: elapsedMs });
  if (wasFailing) await publish("indexer.recovered", { indexerId: row.id });
}

/** Counts a failure, backs the indexer off on the ladder and tells the UI. */
export async function recordFailure(
  row: Pick<IndexerWithStatus, "id" | "name">,
  error: IndexerRequestError,
  elapsedMs: number,
  now = new Date(),
): Promise<void> {
  await addStats(row.id, now, { queries: 1, failures: 1, responseMs: elapsedMs });
  if (!countsAgainstHealth(error.kind)) return;
  const failures = await incrementFailures(row.id);
  const until = disabledUntil(failures, now, error.retryAfterSeconds);
  await setFailureDetails(row.id, {
    disabledUntil: until,
    lastFailureAt: now,
    lastFailureKind: error.kind,
    lastFailureMessage: error.message.slice(0, 500),
  });
  log.warn({ indexer: row.name, kind: error.kind, failures, disabledUntil: until }, error.message);
  await publish("indexer.failed", {
    indexerId: row.id,
    kind: error.kind,
    message: error.message,
    disabledUntil: until?.toISOString() ?? null,
  });
}
