import { assertCan, type Actor } from "@/lib/accounts";
import { sendJob, type PayloadOf } from "@/lib/jobs";
import { logger as rootLogger } from "@/lib/logger";
import { listLibraryRows } from "./library.repo";
import { requireLibraryRow } from "./library.service";
import { analyzeLibrary, type AnalyzeSummary } from "./media-info/analyze.service";
import { randomUUID } from "node:crypto";
import { rematchLibrary, type RematchSummary } from "./scan/rematch.service";
import { scanLibrary, type ScanResult } from "./scan/scan.service";

const logger = rootLogger.child({ context: "library.jobs" });

export type LibraryScanPayload = PayloadOf<"library.scan">;
export type LibraryAnalyzePayload = PayloadOf<"library.analyze">;
export type LibraryRematchPayload = PayloadOf<"library.rematch">;

interface JobOf<T> {
  id: string;
  data: T;
  signal: AbortSignal;
  attempt: number;
}

/** Every send of this context goes through here. */
export function sendLibraryJob<Q extends "library.scan" | "library.analyze" | "library.rematch">(
  queue: Q,
  data: PayloadOf<Q>,
): Promise<string | null> {
  return sendJob(queue, data);
}

/** Libraries whose interval has passed (0 = only on demand). */
export async function dueLibraryIds(now = new Date()): Promise<string[]> {
  return (await listLibraryRows())
    .filter(
      (l) =>
        l.scanIntervalHours > 0 &&
        (!l.lastScanAt || now.getTime() - l.lastScanAt.getTime() >= l.scanIntervalHours * 3_600_000),
    )
    .map((l) => l.id);
}

export async function libraryScanHandler(
  job: JobOf<LibraryScanPayload>,
): Promise<Omit<ScanResult, "toAnalyze"> | { queued: string[] }> {
  if (!job.data.libraryId) {
    const due = await dueLibraryIds();
    for (const libraryId of due) await sendLibraryJob("library.scan", { libraryId });
    return { queued: due };
  }
  const result = await scanLibrary(job.data.libraryId, { signal: job.signal });
  // Queued even when nothing changed: files an earlier analysis run did not reach are picked up.
  try {
    await sendLibraryJob("library.analyze", { libraryId: job.data.libraryId });
  } catch (error) {
    logger.warn({ err: error }, "media analysis not queued");
  }
  const {
    libraryId,
    startedAt,
    finishedAt,
    durationMs,
    seen,
    unchanged,
    added,
    changed,
    matched,
    unmatched,
    missing,
    reappeared,
    errors,
  } = result;
  return {
    libraryId,
    startedAt,
    finishedAt,
    durationMs,
    seen,
    unchanged,
    added,
    changed,
    matched,
    unmatched,
    missing,
    reappeared,
    errors: errors.slice(0, 20),
  };
}

export async function libraryAnalyzeHandler(job: JobOf<LibraryAnalyzePayload>): Promise<AnalyzeSummary> {
  const summary = await analyzeLibrary(job.data.libraryId, { mediaFileIds: job.data.mediaFileIds, signal: job.signal });
  return { ...summary, errors: summary.errors.slice(0, 20) };
}

/** "Scan now": queues a scan of one library. jobId null when one is already queued or running. */
export async function requestScan(actor: Actor, libraryId: string): Promise<{ jobId: string | null }> {
  assertCan(actor, "manage");
  await requireLibraryRow(libraryId);
  return { jobId: await sendLibraryJob("library.scan", { libraryId }) };
}

export async function libraryRematchHandler(job: JobOf<LibraryRematchPayload>): Promise<RematchSummary> {
  return rematchLibrary(job.data.libraryId, { folders: job.data.folders, chosen: job.data.chosen, signal: job.signal });
}

/** The review's "Match again" and its accepted or fixed titles: one job per decision, run by the worker. */
export async function requestRematch(
  actor: Actor,
  libraryId: string,
  request: { folders?: string[]; chosen?: { folder: string; tmdbId: number }[] },
): Promise<{ jobId: string | null }> {
  assertCan(actor, "manage");
  await requireLibraryRow(libraryId);
  return { jobId: await sendLibraryJob("library.rematch", { libraryId, requestId: randomUUID(), ...request }) };
}
