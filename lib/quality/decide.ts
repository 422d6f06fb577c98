import type { DecisionContext, ReleaseCandidate } from "./context";
import { evaluate } from "./evaluate";
import type { FormatMatch } from "./formats";
import { SPECS } from "./specs";
import type { Evaluation, Spec } from "./spec";

export interface Rejection {
  spec: string;
  reason: string;
  /** false: may pass later (delay, queue, back-off, availability, free space). */
  permanent: boolean;
}

export interface Decision {
  candidate: ReleaseCandidate;
  accepted: boolean;
  /** Every rule that said no, in the order they ran. */
  rejections: Rejection[];
  /** Rejected only by rules that may pass later: keep it pending. */
  temporarilyRejected: boolean;
  quality: { id: number; name: string; revision: number; allowed: boolean };
  formatScore: number;
  /** The score breakdown: every matched format and what the profile gives it. */
  formats: FormatMatch[];
  /** 1 = best among the accepted; null when rejected. */
  rank: number | null;
  /** Kept for ranking; not part of the public shape. */
  evaluation: Evaluation;
}

export interface DecideOptions {
  /** Stop at the first permanent rejection (automation does; interactive search wants every reason). */
  stopAtFirstPermanent?: boolean;
  specs?: readonly Spec[];
}

/** Runs every rule over one release. A rule that throws becomes a temporary rejection, never a failed search. */
export function decide(candidate: ReleaseCandidate, ctx: DecisionContext, options: DecideOptions = {}): Decision {
  const e = evaluate(candidate, ctx);
  const rejections: Rejection[] = [];
  for (const spec of options.specs ?? SPECS) {
    let verdict;
    try {
      verdict = spec.check(e, ctx);
    } catch (error) {
      verdict = {
        ok: false as const,
        permanent: false,
        reason: `Rule ${spec.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (verdict.ok) continue;
    rejections.push({ spec: spec.name, reason: verdict.reason, permanent: verdict.permanent });
    if (verdict.permanent && options.stopAtFirstPermanent) break;
  }
  return {
    candidate,
    accepted: rejections.length === 0,
    rejections,
    temporarilyRejected: rejections.length > 0 && rejections.every((r) => !r.permanent),
    quality: {
      id: e.qualityId,
      name: e.qualityName,
      revision: e.release.quality.revision.version,
      allowed: e.place?.allowed ?? false,
    },
    formatScore: e.formatScore,
    formats: e.formats,
    rank: null,
    evaluation: e,
  };
}
