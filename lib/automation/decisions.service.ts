import type { ReleaseJudge } from "@/lib/downloads";
import { assertCan, type Actor } from "@/lib/accounts";
import type { IndexerRelease, SearchSubject } from "@/lib/indexers";
import {
  decide,
  interactiveDecisions,
  toCandidate,
  type DecisionView,
  type Rejection,
  type ReleaseCandidate,
} from "@/lib/quality";
import type { ReleaseHints } from "@/lib/release";
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

/** A release as grab receives it: the fields the engine reads that a search result carries (the rest count as unknown). */
export interface GrabbedRelease {
  guid: string;
  title: string;
  indexerId: string;
  indexerName?: string;
  protocol: "torrent" | "usenet";
  size?: number | null;
  infoHash?: string | null;
}

/**
 * Why the decision engine turns a release down for the movie or episodes it is grabbed for, by
 * the rules interactive search shows (the verdicts of its list); empty when it accepts it.
 */
export async function grabRejections(
  actor: Actor,
  release: GrabbedRelease,
  target: { movieId: string } | { seriesId: string; episodeIds: string[] },
): Promise<Rejection[]> {
  const loaded = await subjectContext(actor, target, { source: "interactive" });
  if (!loaded) return [];
  return decide(grabbedCandidate(release, loaded.hints), loaded.ctx).rejections;
}

/** A grabbed release as the engine judges it: its name parsed with the item's hints; what a grab does not carry counts as unknown. */
export function grabbedCandidate(release: GrabbedRelease, hints: ReleaseHints): ReleaseCandidate {
  return toCandidate(
    {
      guid: release.guid,
      title: release.title,
      indexerId: release.indexerId,
      indexerName: release.indexerName ?? "",
      protocol: release.protocol,
      size: release.size ?? null,
      infoHash: release.infoHash ?? null,
      publishedAt: null,
      seeders: null,
      flags: [],
    },
    hints,
  );
}

/** grabRejections' reasons, as lib/downloads' grab asks for them (its ReleaseJudge). */
export const releaseRejections: ReleaseJudge = async (actor, release, target) =>
  (await grabRejections(actor, release, target)).map((r) => r.reason);
