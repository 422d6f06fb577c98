import type { ReleaseInfo } from "@/lib/release";
import type { DecisionContext, ReleaseCandidate } from "./context";
import type { FormatMatch } from "./formats";
import type { ReleaseType } from "./model";
import type { ProfilePlace } from "./profile";

/** A candidate with everything the specs share computed once. */
export interface Evaluation {
  candidate: ReleaseCandidate;
  release: ReleaseInfo;
  qualityId: number;
  qualityName: string;
  place: ProfilePlace | null;
  formats: FormatMatch[];
  formatScore: number;
  releaseType: ReleaseType;
  /** Episodes the release covers (a season pack: the season's episodes); 1 for movies. */
  episodeCount: number;
  /** "season:episode" keys the release covers (TV). */
  episodeKeys: string[];
  /** Minutes since the indexer published it; null when unknown. */
  ageMinutes: number | null;
}

export type Verdict = { ok: true } | { ok: false; reason: string; permanent: boolean };

/**
 * One rule. Stages run in cost order: 0 reads fields of the release, 1 matches text or lists,
 * 2 compares with files and the queue, 3 waits (delay, free space).
 */
export interface Spec {
  name: string;
  stage: 0 | 1 | 2 | 3;
  check(e: Evaluation, ctx: DecisionContext): Verdict;
}

export const accept: Verdict = { ok: true };
export const reject = (reason: string): Verdict => ({ ok: false, reason, permanent: true });
/** A rejection that may pass later (delay, queue, back-off, availability). */
export const wait = (reason: string): Verdict => ({ ok: false, reason, permanent: false });

export const userChose = (ctx: DecisionContext): boolean => ctx.source === "interactive";
