import { systemActor } from "@/lib/accounts";
import { fetchRss, type IndexerOutcome, type ParsedRelease } from "@/lib/indexers";
import { logger as rootLogger } from "@/lib/logger";
import { automationContext, type RunState } from "./automation-context";
import { grabBest } from "./grab-best";
import { holdDelayed, processPending, type PendingSummary } from "./pending.service";
import { ReleaseMatcher } from "./release-matcher";
import { lastRssSync, rssStates, saveRssState } from "./search-state.repo";
import type { JudgedSubject } from "./subject-context";

const logger = rootLogger.child({ context: "automation.rss" });

/** Guids remembered per indexer: well above a feed's usual 100 items. */
const SEEN_LIMIT = 1000;

export interface RssSyncSummary {
  /** Not due yet (interval not passed) or RSS sync is off. */
  skipped: string | null;
  pending: PendingSummary | null;
  releases: number;
  /** Not seen in an earlier sync. */
  new: number;
  matched: number;
  grabbed: string[];
  delayed: number;
  indexers: IndexerOutcome[];
}

const emptySummary = (skipped: string | null, pending: PendingSummary | null = null): RssSyncSummary => ({
  skipped,
  pending,
  releases: 0,
  new: 0,
  matched: 0,
  grabbed: [],
  delayed: 0,
  indexers: [],
});

/** Only what the indexer did not have in its last feed (everything on the first sync). */
async function newReleases(
  releases: readonly ParsedRelease[],
  indexers: readonly IndexerOutcome[],
  now: number,
): Promise<ParsedRelease[]> {
  const states = await rssStates();
  const byIndexer = Map.groupBy(releases, (r) => r.indexerId);
  const fresh: ParsedRelease[] = [];
  for (const outcome of indexers) {
    if (outcome.status !== "ok") continue;
    const feed = byIndexer.get(outcome.indexerId) ?? [];
    const seen = new Set(states.get(outcome.indexerId)?.seenGuids ?? []);
    fresh.push(...feed.filter((r) => !seen.has(r.guid)));
    const remembered = [...new Set([...feed.map((r) => r.guid), ...seen])].slice(0, SEEN_LIMIT);
    await saveRssState({ indexerId: outcome.indexerId, lastSyncAt: new Date(now), seenGuids: remembered });
  }
  return fresh;
}

/** New releases by the item (and, for TV, the season) they are for. */
function bySubject(
  releases: readonly ParsedRelease[],
  matcher: ReleaseMatcher,
): Map<string, { subject: JudgedSubject; releases: ParsedRelease[] }> {
  const groups = new Map<string, { subject: JudgedSubject; releases: ParsedRelease[] }>();
  for (const release of releases) {
    const match = matcher.match(release);
    if (!match || (match.kind === "series" && match.season === null)) continue;
    const key = match.kind === "movie" ? `movie:${match.movieId}` : `series:${match.seriesId}:${match.season}`;
    const subject: JudgedSubject =
      match.kind === "movie" ? { movieId: match.movieId } : { seriesId: match.seriesId, season: match.season! };
    const group = groups.get(key) ?? { subject, releases: [] };
    group.releases.push(release);
    groups.set(key, group);
  }
  return groups;
}

/**
 * RSS sync: grabs held releases whose delay has ended, then reads the newest releases of every
 * RSS-enabled indexer and, for each catalog item they are for, grabs the best one the automatic
 * rules accept (monitoring, profile, upgrades, queue, blocklist, delay). Runs when the configured
 * interval has passed (every tick with `force`).
 */
export async function rssSync(
  run: RunState,
  options: { force?: boolean; signal?: AbortSignal } = {},
): Promise<RssSyncSummary> {
  const pending = await processPending(run);
  const interval = run.settings.rssIntervalMinutes;
  if (!options.force) {
    if (interval === 0) return emptySummary("RSS sync is off (Settings → General → Automation)", pending);
    const last = await lastRssSync();
    // A minute of slack so a 15-minute interval on a 5-minute tick runs every third tick.
    if (last && run.now - last.getTime() < (interval - 1) * 60_000)
      return emptySummary(`next sync due ${interval} minutes after ${last.toISOString()}`, pending);
  }
  const feed = await fetchRss(systemActor, { signal: options.signal });
  const fresh = await newReleases(feed.releases, feed.indexers, run.now);
  const summary: RssSyncSummary = {
    ...emptySummary(null, pending),
    releases: feed.releases.length,
    new: fresh.length,
    indexers: feed.indexers,
  };
  if (fresh.length === 0) return summary;
  const matcher = await ReleaseMatcher.load();
  for (const { subject, releases } of bySubject(fresh, matcher).values()) {
    summary.matched += releases.length;
    try {
      const loaded = await automationContext(subject, "rss", run);
      if (!loaded) continue;
      const round = await grabBest(loaded, releases);
      await holdDelayed(subject, round.delayed);
      summary.grabbed.push(...round.grabbed.map((g) => g.title));
      summary.delayed += round.delayed.length;
    } catch (error) {
      logger.warn({ err: error, subject }, "RSS releases of one item could not be judged; the others go on");
    }
  }
  return summary;
}
