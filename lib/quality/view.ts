import { z } from "zod";
import { parse, type ReleaseHints } from "@/lib/release";
import type { DecisionContext, ReleaseCandidate } from "./context";
import type { Decision } from "./decide";
import { evaluateReleases } from "./evaluate-releases";

export const decisionViewSchema = z.object({
  guid: z.string(),
  title: z.string(),
  indexerId: z.string(),
  accepted: z.boolean(),
  temporarilyRejected: z.boolean(),
  rank: z.number().int().nullable(),
  quality: z.object({ id: z.number().int(), name: z.string(), revision: z.number().int(), allowed: z.boolean() }),
  formatScore: z.number().int(),
  formats: z.array(z.object({ id: z.string(), name: z.string(), score: z.number().int() })),
  rejections: z.array(z.object({ spec: z.string(), reason: z.string(), permanent: z.boolean() })),
  episodes: z
    .array(z.object({ season: z.number().int(), episode: z.number().int() }))
    .describe("TV: the episodes the release covers (a season pack: every episode of its season); empty for a movie"),
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

/** The plain shape the API and the interactive-search table show. */
export function toDecisionView(d: Decision): DecisionView {
  const { candidate: c } = d;
  return {
    guid: c.guid,
    title: c.title,
    indexerId: c.indexerId,
    accepted: d.accepted,
    temporarilyRejected: d.temporarilyRejected,
    rank: d.rank,
    quality: d.quality,
    formatScore: d.formatScore,
    formats: d.formats,
    rejections: d.rejections,
    episodes: d.evaluation.episodeKeys.map((key) => {
      const [season, episode] = key.split(":").map(Number);
      return { season, episode };
    }),
  };
}

/** Fields of an indexer release the engine reads (lib/indexers' IndexerRelease has them all). */
export type IndexerReleaseLike = Omit<ReleaseCandidate, "release" | "flags"> & { flags: readonly string[] };

/** Parses the release name (with the target as hints) and makes a candidate. */
export function toCandidate(release: IndexerReleaseLike, hints?: ReleaseHints): ReleaseCandidate {
  return { ...release, release: parse(release.title, hints) };
}

/**
 * What interactive search shows: every release parsed, decided and ranked (accepted first, by
 * rank; then the ones that may pass later; then the rejected), each with its score breakdown
 * and every rejection reason.
 */
export function interactiveDecisions(
  releases: readonly IndexerReleaseLike[],
  ctx: DecisionContext,
  hints?: ReleaseHints,
): DecisionView[] {
  return evaluateReleases(
    releases.map((r) => toCandidate(r, hints)),
    { ...ctx, source: "interactive" },
  ).map(toDecisionView);
}
