import type { DownloadItem, DownloadStatus } from "../clients/types";

/**
 * Stalled detection: a download the client is meant to be downloading that has not moved for the
 * client's `stalledAfterMinutes`. Waiting in the client's queue, verifying or paused is not stalling.
 */
const stallable = (status: string): boolean => status === "downloading" || status === "stalled" || status === "warning";

/**
 * When the download last moved: now on first sight, when its progress changes or data flows, and
 * when it starts (again) after waiting or being paused; otherwise what was stored.
 */
export function lastProgressOf(
  row: { status: string; progress: number; lastProgressAt: Date | null },
  item: Pick<DownloadItem, "status" | "downloadSpeed">,
  progress: number,
  now: Date,
): Date {
  if (row.lastProgressAt === null || progress !== row.progress || item.downloadSpeed > 0) return now;
  if (stallable(item.status) && !stallable(row.status)) return now;
  return row.lastProgressAt;
}

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (minutes < 60) return plural(minutes, "minute");
  if (minutes < 48 * 60) return plural(Math.floor(minutes / 60), "hour");
  return plural(Math.floor(minutes / (24 * 60)), "day");
}

/** "No progress for 2 hours" once the timeout has passed (0 = never), else null. */
export function stalledMessage(
  status: DownloadStatus,
  lastProgressAt: Date,
  stalledAfterMinutes: number,
  now: Date,
): string | null {
  if (stalledAfterMinutes <= 0 || !stallable(status)) return null;
  const idle = now.getTime() - lastProgressAt.getTime();
  if (idle < stalledAfterMinutes * 60_000) return null;
  return `No progress for ${duration(idle)}`;
}
