import { itemsWithActiveDownloads } from "@/lib/downloads";
import { publish } from "@/lib/events";
import type { RunState } from "./automation-context";
import { searchItem, type AutomationSubject } from "./item-search.service";
import { dueKeys, subjectKeyOf, type ItemKey } from "./search-backoff";
import { cutoffUnmetItems, missingItems } from "./wanted.service";
import type { WantedItem } from "./wanted.schemas";

export interface WantedSearchSummary {
  /** Wanted items in the list. */
  wanted: number;
  /** Of those, not downloading and past their back-off. */
  due: number;
  /** Searches run (a season with several due episodes is one). */
  searched: number;
  grabbed: string[];
  /** Searches left for the next runs because of the budget. */
  leftForLater: number;
}

/** Due items grouped as they are searched: a movie, one episode, or several episodes of one season. */
function searchGroups(items: readonly WantedItem[], due: ReadonlySet<ItemKey>): AutomationSubject[] {
  const groups: AutomationSubject[] = [];
  const seasons = new Map<string, string[]>();
  for (const item of items) {
    const key = item.kind === "movie" ? subjectKeyOf({ movieId: item.id }) : subjectKeyOf({ episodeId: item.id });
    if (!due.has(key)) continue;
    if (item.kind === "movie") {
      groups.push({ movieId: item.id });
      continue;
    }
    const seasonKey = `${item.seriesId}\u0000${item.seasonNumber}`;
    const ids = seasons.get(seasonKey);
    if (ids) ids.push(item.id);
    else {
      const fresh = [item.id];
      seasons.set(seasonKey, fresh);
      groups.push({ episodeIds: fresh });
    }
  }
  return groups;
}

/**
 * The scheduled missing or cutoff-unmet search: wanted items that are not downloading and whose
 * back-off has run out, never-searched first, at most `budget` searches per run.
 */
export async function searchWanted(
  list: "missing" | "cutoff",
  budget: number,
  run: RunState,
  options: { signal?: AbortSignal } = {},
): Promise<WantedSearchSummary> {
  const all = list === "missing" ? await missingItems("all", run.now) : await cutoffUnmetItems("all");
  const active = await itemsWithActiveDownloads();
  const idle = all.filter((i) => !(i.kind === "movie" ? active.movieIds : active.episodeIds).has(i.id));
  const keys = idle.map((i) =>
    i.kind === "movie" ? subjectKeyOf({ movieId: i.id }) : subjectKeyOf({ episodeId: i.id }),
  );
  const ordered = await dueKeys(keys, run.now);
  const rank = new Map(ordered.map((k, i) => [k, i]));
  const byPriority = idle
    .map((item, i) => ({ item, order: rank.get(keys[i]) }))
    .filter((x): x is { item: WantedItem; order: number } => x.order !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.item);
  const groups = searchGroups(byPriority, new Set(ordered));
  const summary: WantedSearchSummary = {
    wanted: all.length,
    due: ordered.length,
    searched: 0,
    grabbed: [],
    leftForLater: Math.max(0, groups.length - budget),
  };
  const batch = groups.slice(0, budget);
  const task = list === "missing" ? "automation.missing" : "automation.cutoff";
  for (const subject of batch) {
    if (options.signal?.aborted) break;
    const result = await searchItem(subject, run, options);
    summary.searched++;
    summary.grabbed.push(...result.grabbed.map((g) => g.title));
    await publish("task.progress", {
      name: task,
      done: summary.searched,
      total: batch.length,
      detail: `${summary.searched} of ${batch.length} searches, ${summary.grabbed.length} grabbed`,
    });
  }
  return summary;
}
