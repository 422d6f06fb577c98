import { assertCan, type Actor } from "@/lib/accounts";
import type { IndexerRelease, SearchSubject } from "@/lib/indexers";
import { interactiveDecisions, type DecisionView } from "@/lib/quality";
import { subjectContext, type ContextOptions, type SubjectContext } from "./subject-context";

/**
 * Interactive search's verdicts: every release judged for the subject (a movie, an episode, a
 * season) against its profile and the files on disk: accepted ones by rank, then the ones that
 * may pass later, then the rejected, each with every reason and its custom-format score
 * breakdown. A free-text search has nothing to judge against: null.
 */
export async function releaseDecisions(
  actor: Actor,
  subject: SearchSubject,
  releases: readonly IndexerRelease[],
  options: ContextOptions = {},
): Promise<DecisionView[] | null> {
  assertCan(actor, "manage");
  const loaded = await subjectContext(actor, subject, options);
  if (!loaded) return null;
  return interactiveDecisions(releases, loaded.ctx, loaded.hints);
}

/** The same verdicts with a context loaded once (the NDJSON stream loads it before the search starts). */
export function judgeReleases(loaded: SubjectContext, releases: readonly IndexerRelease[]): DecisionView[] {
  return interactiveDecisions(releases, { ...loaded.ctx, now: Date.now() }, loaded.hints);
}
