import type { GrabRound } from "./grab-best";
import { itemSearchRows, upsertItemSearch } from "./search-state.repo";

/** "movie:<id>" or "episode:<id>": the unit automatic searches back off on. */
export type ItemKey = `movie:${string}` | `episode:${string}`;

export const subjectKeyOf = (item: { movieId: string } | { episodeId: string }): ItemKey =>
  "movieId" in item ? `movie:${item.movieId}` : `episode:${item.episodeId}`;

const HOUR = 60 * 60 * 1000;
/** After 1, 2, 3, 4, 5+ searches in a row that grabbed nothing. */
const BACKOFF_HOURS = [1, 3, 6, 12, 24];
/** After a grab, the item is left alone while the download runs; a failure asks again at once. */
const AFTER_GRAB_HOURS = 6;

function nextSearchDelayMs(misses: number): number {
  return misses === 0 ? AFTER_GRAB_HOURS * HOUR : BACKOFF_HOURS[Math.min(misses, BACKOFF_HOURS.length) - 1] * HOUR;
}

/** Records one search of these items: a grab resets the back-off, nothing found lengthens it. */
export async function recordSearches(
  keys: readonly ItemKey[],
  round: GrabRound,
  releases: number,
  now: number,
): Promise<void> {
  const rows = await itemSearchRows([...keys]);
  const result =
    round.grabbed.length > 0
      ? `Grabbed ${round.grabbed.map((g) => g.title).join(", ")}`
      : releases === 0
        ? "No releases found"
        : round.delayed.length > 0
          ? `Waiting: ${round.delayed[0].reason}`
          : `Nothing acceptable: ${round.reasons[0]?.reason ?? "every release was rejected"}`;
  for (const key of keys) {
    const misses = round.grabbed.length > 0 || round.delayed.length > 0 ? 0 : (rows.get(key)?.misses ?? 0) + 1;
    await upsertItemSearch({
      subjectKey: key,
      lastSearchedAt: new Date(now),
      misses,
      nextSearchAt: new Date(now + nextSearchDelayMs(misses)),
      lastResult: result.slice(0, 1000),
    });
  }
}
