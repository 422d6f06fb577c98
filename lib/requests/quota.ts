import { QuotaExceededError } from "@/lib/errors";
import type { RequestSettings } from "./request.input";
import { oldestUsageSince, usageSince } from "./requests.repo";
import { limitsOf } from "./settings";

const DAY_MS = 24 * 60 * 60 * 1000;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Refuses a request that would take the user past their movie or season limit over the last
 * `quotaDays` days, saying how much is left and when the oldest counted request frees up.
 */
export async function assertWithinQuota(
  settings: RequestSettings,
  userId: string,
  asking: { movies: number; seasons: number },
  now = new Date(),
): Promise<void> {
  const limits = limitsOf(settings, userId);
  if (limits.movies === null && limits.seasons === null) return;
  const since = new Date(now.getTime() - settings.quotaDays * DAY_MS);
  const used = await usageSince(userId, since);
  const over =
    limits.movies !== null && asking.movies > 0 && used.movies + asking.movies > limits.movies
      ? { kind: "movie", limit: limits.movies, used: used.movies, asking: asking.movies }
      : limits.seasons !== null && asking.seasons > 0 && used.seasons + asking.seasons > limits.seasons
        ? { kind: "season", limit: limits.seasons, used: used.seasons, asking: asking.seasons }
        : null;
  if (!over) return;
  const oldest = await oldestUsageSince(userId, since);
  // A limit of 0 never frees up: no date to promise.
  const freeAt = over.limit > 0 && oldest ? new Date(oldest.getTime() + settings.quotaDays * DAY_MS) : null;
  const left = Math.max(0, over.limit - over.used);
  throw new QuotaExceededError(
    `You can request ${plural(over.limit, over.kind)} every ${plural(settings.quotaDays, "day")}; ` +
      `${left === 0 ? "none are" : `only ${plural(left, over.kind)} ${left === 1 ? "is" : "are"}`} left` +
      (over.asking > 1 && left > 0 ? ` and this asks for ${over.asking}` : "") +
      (freeAt ? `. More from ${freeAt.toISOString().slice(0, 10)}.` : "."),
    { limit: over.limit, used: over.used, kind: over.kind, freeAt: freeAt?.toISOString() ?? null },
  );
}
