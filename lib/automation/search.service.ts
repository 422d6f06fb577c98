import { assertRole, type Actor } from "@/lib/accounts";
import { ValidationError } from "@/lib/errors";
import { collectSearch, queryForSubject, type IndexerOutcome, type ParsedRelease, type SearchSubject } from "@/lib/indexers";
import { bestRelease, decide, toCandidate, toDecisionView, type DecisionContext, type DecisionView, type ReleaseCandidate } from "@/lib/quality";
import { subjectContext, type OutsideState } from "./subject-context";

/** One wanted item: a movie, an episode, or a season of a series. */
export type WantedSubject = { movieId: string } | { episodeId: string } | { seriesId: string; season: number };

export interface SearchOutcome {
  /** The release to grab (with its download link), or null when none is acceptable. */
  release: ParsedRelease | null;
  /** Its decision: rank, quality, score breakdown. */
  decision: DecisionView | null;
  /** Releases the indexers returned. */
  considered: number;
  /** When nothing was chosen: the most frequent rejection reasons, most frequent first. */
  reasons: { reason: string; count: number }[];
  indexers: IndexerOutcome[];
}

export interface SearchOptions {
  signal?: AbortSignal;
  now?: number;
  /** The item's queue, blocklist and grab history (lib/downloads), indexer back-off, free space. */
  outside?: OutsideState;
}

/**
 * The decision core of automatic search for one wanted item: asks the indexers enabled for
 * automatic search, judges every release against the item's profile and files on disk with the
 * automatic rules (monitoring, availability, delays), and returns the best one with its reasons.
 * It grabs nothing: the caller hands `release` to the downloads context.
 */
export async function searchWantedItem(actor: Actor, subject: WantedSubject, options: SearchOptions = {}): Promise<SearchOutcome> {
  assertRole(actor, "user");
  const s: SearchSubject = subject;
  const loaded = await subjectContext(actor, s, { source: "automatic", now: options.now, outside: options.outside });
  if (!loaded) throw new ValidationError("Say which movie, episode or season to search for");
  const search = await collectSearch(actor, await queryForSubject(actor, s), { mode: "automatic", signal: options.signal });
  const byKey = new Map(search.releases.map((r) => [`${r.indexerId}\u0000${r.guid}`, r]));
  const candidates = search.releases.map((r) => toCandidate(r, loaded.hints));
  const best = bestRelease(candidates, loaded.ctx);
  if (best) {
    return {
      release: byKey.get(`${best.candidate.indexerId}\u0000${best.candidate.guid}`) ?? null,
      decision: toDecisionView(best),
      considered: search.releases.length,
      reasons: [],
      indexers: search.indexers,
    };
  }
  return { release: null, decision: null, considered: search.releases.length, reasons: reasonsOf(candidates, loaded.ctx), indexers: search.indexers };
}

/** Why the releases were turned down: the first reason of each, counted. */
function reasonsOf(candidates: readonly ReleaseCandidate[], ctx: DecisionContext): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const reason = decide(c, ctx, { stopAtFirstPermanent: true }).rejections[0]?.reason;
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count).slice(0, 5);
}
