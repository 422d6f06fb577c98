import { systemActor } from "@/lib/accounts";
import { episodesByIds, getSeriesDetail } from "@/lib/catalog";
import { fieldError, NotFoundError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { collectSearch, queryForSubject, type IndexerOutcome, type SearchSubject } from "@/lib/indexers";
import { automationContext, type RunState } from "./automation-context";
import { grabBest, type Grabbed, type GrabRound } from "./grab-best";
import { recordSearches, subjectKeyOf, type ItemKey } from "./search-backoff";
import { holdDelayed } from "./pending.service";
import type { JudgedSubject } from "./subject-context";

/** What one automatic search is for: a movie, chosen episodes, a season, or a series' wanted episodes. */
export type AutomationSubject = { movieId: string } | { episodeIds: string[] } | { seriesId: string; season?: number };

export interface ItemSearchSummary {
  /** Searches sent to the indexers (a series search sends one per season). */
  searches: number;
  releases: number;
  grabbed: Grabbed[];
  delayed: number;
  /** When nothing was grabbed: why the releases were turned down, most frequent first. */
  reasons: { reason: string; count: number }[];
  failures: { title: string; message: string }[];
  indexers: IndexerOutcome[];
}

const emptySummary = (): ItemSearchSummary => ({
  searches: 0,
  releases: 0,
  grabbed: [],
  delayed: 0,
  reasons: [],
  failures: [],
  indexers: [],
});

/** One episode group of a series: searched as a season when it holds several episodes. */
interface EpisodeGroup {
  seriesId: string;
  season: number;
  episodeIds: string[];
}

/** The episodes a subject stands for, by season: chosen ones, or the monitored, aired ones of a season or series. */
async function episodeGroups(
  subject: Exclude<AutomationSubject, { movieId: string }>,
  now: number,
): Promise<EpisodeGroup[]> {
  let picked: { id: string; seriesId: string; seasonNumber: number }[];
  if ("episodeIds" in subject) {
    picked = await episodesByIds(subject.episodeIds);
    if (picked.length !== new Set(subject.episodeIds).size) throw new NotFoundError("No such episode");
    if (new Set(picked.map((e) => e.seriesId)).size !== 1) throw fieldError("episodeIds", "must belong to one series");
  } else {
    const series = await getSeriesDetail(systemActor, subject.seriesId);
    picked = series.seasons
      .filter((s) => (subject.season === undefined ? s.seasonNumber > 0 : s.seasonNumber === subject.season))
      .flatMap((s) => s.episodes)
      .filter((e) => !e.removedAt && e.monitored && e.airDateUtc !== null && Date.parse(e.airDateUtc) <= now);
  }
  const bySeason = Map.groupBy(picked, (e) => `${e.seriesId}\u0000${e.seasonNumber}`);
  return [...bySeason.values()].map((episodes) => ({
    seriesId: episodes[0].seriesId,
    season: episodes[0].seasonNumber,
    episodeIds: episodes.map((e) => e.id),
  }));
}

async function searchOne(
  query: SearchSubject,
  judged: JudgedSubject,
  keys: ItemKey[],
  run: RunState,
  summary: ItemSearchSummary,
  signal?: AbortSignal,
): Promise<void> {
  const loaded = await automationContext(judged, "automatic", run);
  if (!loaded) return;
  const search = await collectSearch(systemActor, await queryForSubject(systemActor, query), {
    mode: "automatic",
    signal,
  });
  const round: GrabRound = await grabBest(loaded, search.releases);
  await holdDelayed(judged, round.delayed);
  await recordSearches(keys, round, search.releases.length, run.now);
  summary.searches++;
  summary.releases += search.releases.length;
  summary.grabbed.push(...round.grabbed);
  summary.delayed += round.delayed.length;
  summary.failures.push(...round.failures);
  summary.indexers.push(...search.indexers);
  for (const r of round.reasons) {
    const seen = summary.reasons.find((s) => s.reason === r.reason);
    if (seen) seen.count += r.count;
    else summary.reasons.push({ ...r });
  }
}

/**
 * An automatic search: asks the indexers enabled for automatic search, judges every release with
 * the automatic rules and grabs the best (for TV, a season pack when it covers the wanted
 * episodes best, single episodes for the rest). Releases held by a delay profile are kept and
 * grabbed by the RSS sync once their delay ends. Each item's search is recorded for back-off.
 */
export async function searchItem(
  subject: AutomationSubject,
  run: RunState,
  options: { signal?: AbortSignal } = {},
): Promise<ItemSearchSummary> {
  const summary = emptySummary();
  if ("movieId" in subject) {
    await searchOne(
      { movieId: subject.movieId },
      { movieId: subject.movieId },
      [subjectKeyOf({ movieId: subject.movieId })],
      run,
      summary,
      options.signal,
    );
  } else {
    const groups = await episodeGroups(subject, run.now);
    for (const group of groups) {
      const query: SearchSubject =
        group.episodeIds.length === 1
          ? { episodeId: group.episodeIds[0] }
          : { seriesId: group.seriesId, season: group.season };
      const keys = group.episodeIds.map((episodeId) => subjectKeyOf({ episodeId }));
      await searchOne(
        query,
        { seriesId: group.seriesId, episodeIds: group.episodeIds },
        keys,
        run,
        summary,
        options.signal,
      );
      if (groups.length > 1)
        await publish("task.progress", {
          name: "automation.search",
          done: summary.searches,
          total: groups.length,
          detail: `season ${group.season}: ${summary.searches} of ${groups.length} searched`,
        });
    }
  }
  summary.reasons.sort((a, b) => b.count - a.count);
  return summary;
}
