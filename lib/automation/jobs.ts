import type { PayloadOf } from "@/lib/jobs";
import { indexerStates, type RunState } from "./automation-context";
import { searchItem, type AutomationSubject, type ItemSearchSummary } from "./item-search.service";
import { rssSync, type RssSyncSummary } from "./rss-sync.service";
import { readAutomationSettings } from "./settings";
import { searchWanted, type WantedSearchSummary } from "./wanted-search.service";

interface JobOf<T> {
  id: string;
  data: T;
  signal: AbortSignal;
}

async function runState(): Promise<RunState> {
  return { now: Date.now(), settings: await readAutomationSettings(), indexers: await indexerStates() };
}

function subjectOf(p: PayloadOf<"automation.search">): AutomationSubject {
  if (p.movieId) return { movieId: p.movieId };
  if (p.episodeIds) return { episodeIds: p.episodeIds };
  return { seriesId: p.seriesId!, ...(p.season !== undefined ? { season: p.season } : {}) };
}

export async function automationSearchHandler(
  job: JobOf<PayloadOf<"automation.search">>,
): Promise<ItemSearchSummary & { trigger: string }> {
  return {
    trigger: job.data.trigger,
    ...(await searchItem(subjectOf(job.data), await runState(), { signal: job.signal })),
  };
}

export async function automationRssHandler(job: JobOf<PayloadOf<"automation.rss">>): Promise<RssSyncSummary> {
  return rssSync(await runState(), { force: job.data.force, signal: job.signal });
}

export async function automationMissingHandler(
  job: JobOf<PayloadOf<"automation.missing">>,
): Promise<WantedSearchSummary> {
  const run = await runState();
  return searchWanted("missing", job.data.limit ?? run.settings.missingSearchBudget, run, { signal: job.signal });
}

export async function automationCutoffHandler(
  job: JobOf<PayloadOf<"automation.cutoff">>,
): Promise<WantedSearchSummary> {
  const run = await runState();
  return searchWanted("cutoff", job.data.limit ?? run.settings.cutoffSearchBudget, run, { signal: job.signal });
}
