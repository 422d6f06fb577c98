import { systemActor } from "@/lib/accounts";
import { itemsWithActiveDownloads } from "@/lib/downloads";
import { publish } from "@/lib/events";
import { listIndexers } from "@/lib/indexers";
import type { RunState } from "./automation-context";
import { searchItem, type AutomationSubject } from "./item-search.service";
import { subjectKeyOf } from "./search-backoff";
import { itemSearchRows } from "./search-state.repo";
import { wantedBatches } from "./wanted.service";
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
  /** Why the run did nothing at all (no indexer searches automatically). */
  skipped?: string;
}

/** A search to run, and its place: the longest-unsearched member first (never searched = 0), then the walk's order. */
interface Candidate {
  subject: AutomationSubject;
  lastSearchedAt: number;
  order: number;
}

const before = (a: Candidate, b: Candidate) =>
  a.lastSearchedAt !== b.lastSearchedAt ? a.lastSearchedAt < b.lastSearchedAt : a.order < b.order;

/** The best `size` candidates offered so far, best first: memory bounded by the budget, not the library. */
class TopCandidates {
  readonly list: Candidate[] = [];
  offered = 0;
  constructor(private readonly size: number) {}
  offer(c: Candidate): void {
    this.offered++;
    if (this.size === 0) return;
    if (this.list.length === this.size && !before(c, this.list[this.list.length - 1])) return;
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(this.list[mid], c)) lo = mid + 1;
      else hi = mid;
    }
    this.list.splice(lo, 0, c);
    if (this.list.length > this.size) this.list.pop();
  }
}

const keyOf = (i: WantedItem) =>
  i.kind === "movie" ? subjectKeyOf({ movieId: i.id }) : subjectKeyOf({ episodeId: i.id });

/**
 * The scheduled missing or cutoff-unmet search: wanted items that are not downloading and whose
 * back-off has run out, never-searched first, at most `budget` searches per run. The list is
 * walked in batches (episodes season by season, so that a season's due episodes are one search);
 * nothing is read when no indexer searches automatically.
 */
export async function searchWanted(
  list: "missing" | "cutoff",
  budget: number,
  run: RunState,
  options: { signal?: AbortSignal } = {},
): Promise<WantedSearchSummary> {
  const summary: WantedSearchSummary = { wanted: 0, due: 0, searched: 0, grabbed: [], leftForLater: 0 };
  if (!(await listIndexers(systemActor)).some((i) => i.enableAutomatic))
    return { ...summary, skipped: "no enabled indexer with automatic search" };
  const active = await itemsWithActiveDownloads();
  const top = new TopCandidates(budget);
  let order = 0;
  // Episodes come season by season: the open season's due episodes, offered when the next season starts.
  const open: { season: { key: string; candidate: Candidate & { subject: { episodeIds: string[] } } } | null } = {
    season: null,
  };
  const closeSeason = () => {
    if (open.season) top.offer(open.season.candidate);
    open.season = null;
  };
  for await (const batch of wantedBatches(list, run.now)) {
    options.signal?.throwIfAborted();
    summary.wanted += batch.length;
    const idle = batch.filter((i) => !(i.kind === "movie" ? active.movieIds : active.episodeIds).has(i.id));
    const rows = await itemSearchRows(idle.map(keyOf));
    for (const item of idle) {
      const row = rows.get(keyOf(item));
      if (row && row.nextSearchAt.getTime() > run.now) continue;
      summary.due++;
      const lastSearchedAt = row?.lastSearchedAt.getTime() ?? 0;
      if (item.kind === "movie") {
        top.offer({ subject: { movieId: item.id }, lastSearchedAt, order: order++ });
        continue;
      }
      const key = `${item.seriesId}\u0000${item.seasonNumber}`;
      const current = open.season;
      if (current?.key === key) {
        current.candidate.subject.episodeIds.push(item.id);
        current.candidate.lastSearchedAt = Math.min(current.candidate.lastSearchedAt, lastSearchedAt);
      } else {
        closeSeason();
        open.season = { key, candidate: { subject: { episodeIds: [item.id] }, lastSearchedAt, order: order++ } };
      }
    }
  }
  closeSeason();
  summary.leftForLater = Math.max(0, top.offered - budget);
  const batch = top.list.map((c) => c.subject);
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
