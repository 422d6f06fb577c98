import type { DownloadItem } from "../clients/types";

/** A torrent client's seed goal: either limit reached is enough; null = that limit is not used. */
export interface SeedGoal {
  seedRatioLimit: number | null;
  seedTimeMinutes: number | null;
}

export const hasSeedGoal = (goal: SeedGoal): boolean => goal.seedRatioLimit !== null || goal.seedTimeMinutes !== null;

/**
 * Seconds seeded: the client's own count, or — while it is seeding — the time since Mydia saw the
 * download finish when that is longer (a client restarted and lost its count, or never reports one).
 * A stopped torrent only counts what the client counted.
 */
export function secondsSeeded(
  item: Pick<DownloadItem, "status" | "seedingTimeSeconds">,
  finishedAt: Date | null,
  now: Date,
): number {
  const reported = item.seedingTimeSeconds ?? 0;
  const observed =
    item.status === "seeding" && finishedAt ? Math.floor((now.getTime() - finishedAt.getTime()) / 1000) : 0;
  return Math.max(reported, observed);
}

/** The reason to remove an imported torrent, "seed goal reached (ratio 1.02 / 61 min)", or null while it should seed on. */
export function seedGoalReached(
  goal: SeedGoal,
  item: Pick<DownloadItem, "status" | "ratio" | "seedingTimeSeconds">,
  finishedAt: Date | null,
  now: Date,
): string | null {
  const seconds = secondsSeeded(item, finishedAt, now);
  const byRatio = goal.seedRatioLimit !== null && item.ratio !== null && item.ratio >= goal.seedRatioLimit;
  const byTime = goal.seedTimeMinutes !== null && seconds >= goal.seedTimeMinutes * 60;
  if (!byRatio && !byTime) return null;
  return `seed goal reached (ratio ${item.ratio === null ? "n/a" : item.ratio.toFixed(2)} / ${Math.floor(seconds / 60)} min)`;
}
