import type { RequestStatus } from "@/lib/db/types";
import type { JobHandler } from "@/lib/jobs";
import { logger } from "@/lib/logger";
import { announceUpdated } from "./announce";
import { availabilityOf, downloadProgressOf, isAvailable } from "./availability";
import { listRequestRows, moveStatus, requesterRows } from "./requests.repo";

/** States the downloads and the library move a request through once it is approved. */
const FOLLOWED: RequestStatus[] = ["approved", "searching", "downloading", "available", "failed"];

export interface SyncOptions {
  /** A download of this movie or series failed (the event said so): a request with nothing else on its way fails. */
  failed?: { movieId?: string | null; seriesId?: string | null };
}

export interface SyncSummary {
  checked: number;
  changed: number;
}

function next(
  stored: RequestStatus,
  available: boolean,
  progress: number | null,
  failed: boolean,
): { status: RequestStatus; progress: number | null } {
  if (available) return { status: "available", progress: null };
  if (progress !== null) return { status: "downloading", progress };
  if (failed && (stored === "downloading" || stored === "searching")) return { status: "failed", progress: null };
  if (stored === "downloading") return { status: "searching", progress: null };
  // A file that went away: the title is monitored again, so the request waits for its search.
  if (stored === "available") return { status: "approved", progress: null };
  return { status: stored, progress: null };
}

/**
 * Derives each approved request's state from the library (every requested item has a file:
 * available) and the download queue (on its way: downloading, with progress), and announces the
 * changes to its requesters. The worker runs it after download and library events and every minute.
 */
export async function syncRequests(options: SyncOptions = {}): Promise<SyncSummary> {
  const rows = await listRequestRows({ statuses: FOLLOWED });
  if (rows.length === 0) return { checked: 0, changed: 0 };
  const availability = await availabilityOf(rows);
  const progress = await downloadProgressOf(
    rows.map((r, i) => ({ mediaType: r.mediaType, availability: availability[i] })),
  );
  let changed = 0;
  for (const [i, row] of rows.entries()) {
    const a = availability[i];
    const failed =
      !!a.catalogId &&
      (row.mediaType === "movie" ? options.failed?.movieId === a.catalogId : options.failed?.seriesId === a.catalogId);
    const to = next(row.status, isAvailable(a), progress[i], failed);
    const progressMoved = to.status === "downloading" && Math.abs((row.progress ?? -1) - (to.progress ?? 0)) >= 1;
    if (to.status === row.status && !progressMoved) continue;
    if (!(await moveStatus(row.id, row.status, to))) continue;
    changed++;
    const audience = (await requesterRows([row.id])).map((r) => r.userId);
    await announceUpdated({ ...row, ...to }, audience, null);
  }
  if (changed > 0) logger.info({ checked: rows.length, changed }, "request states updated");
  return { checked: rows.length, changed };
}

export type RequestsSyncPayload = { failedMovieId?: string; failedSeriesId?: string };

export const requestsSyncHandler: JobHandler<RequestsSyncPayload> = async (job) =>
  syncRequests({ failed: { movieId: job.data.failedMovieId, seriesId: job.data.failedSeriesId } });
