import type { DecisionContext, ReleaseCandidate } from "./context";
import { decide, type Decision } from "./decide";
import { rank } from "./rank";

/**
 * Decides on every release and orders them: accepted by rank, then the ones that may pass later,
 * then the rejected. What interactive search shows and what automation grabs the first of.
 */
export function evaluateReleases(candidates: readonly ReleaseCandidate[], ctx: DecisionContext): Decision[] {
  const decisions = candidates.map((c) => decide(c, ctx));
  const accepted = rank(
    decisions.filter((d) => d.accepted),
    ctx,
  );
  const pending = decisions.filter((d) => d.temporarilyRejected);
  const rejected = decisions.filter((d) => !d.accepted && !d.temporarilyRejected);
  return [...accepted, ...pending, ...rejected];
}

/** The release to grab, if any. */
export function bestRelease(candidates: readonly ReleaseCandidate[], ctx: DecisionContext): Decision | null {
  const accepted = candidates.map((c) => decide(c, ctx, { stopAtFirstPermanent: true })).filter((d) => d.accepted);
  return rank(accepted, ctx)[0] ?? null;
}
