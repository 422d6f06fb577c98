import type { DecisionContext } from "./context";
import type { Decision } from "./decide";
import type { Evaluation } from "./spec";
import { minutesOf } from "./specs/size.spec";

/** >0 when a is better. */
type Comparer = (a: Evaluation, b: Evaluation, ctx: DecisionContext) => number;

const MB = 1024 * 1024;
const torrent = (e: Evaluation) => e.candidate.protocol === "torrent";
/** Sonarr's usenet age buckets: within the hour, the day, the week, older. */
const ageBucket = (e: Evaluation) =>
  e.ageMinutes === null ? 0 : e.ageMinutes < 60 ? 1000 : e.ageMinutes <= 1440 ? 100 : e.ageMinutes <= 10080 ? 10 : 1;
function preferredBytes(e: Evaluation, ctx: DecisionContext): number | null {
  const pref = ctx.sizes.find((s) => s.qualityId === e.qualityId)?.preferredSize ?? null;
  const minutes = minutesOf(e, ctx);
  return pref === null || minutes === null ? null : pref * MB * minutes;
}
const sizeScore = (e: Evaluation, ctx: DecisionContext) => {
  const size = e.candidate.size ?? 0;
  const preferred = preferredBytes(e, ctx);
  return preferred === null ? size : -Math.abs(size - preferred);
};

/** The ranking of accepted releases, most important first: each line breaks the ties of the one before. */
export const COMPARERS: readonly Comparer[] = [
  (a, b) => (a.place?.rank ?? -1) - (b.place?.rank ?? -1),
  (a, b, ctx) =>
    ctx.settings.propersAndRepacks === "do-not-prefer"
      ? 0
      : a.release.quality.revision.version - b.release.quality.revision.version,
  (a, b) => a.formatScore - b.formatScore,
  (a, b, ctx) =>
    Number(a.candidate.protocol === (ctx.delayProfile?.preferredProtocol ?? "usenet")) -
    Number(b.candidate.protocol === (ctx.delayProfile?.preferredProtocol ?? "usenet")),
  (a, b) =>
    Number(a.releaseType === "season-pack") - Number(b.releaseType === "season-pack") ||
    a.episodeCount - b.episodeCount,
  (a, b, ctx) =>
    (ctx.indexers[b.candidate.indexerId]?.priority ?? 25) - (ctx.indexers[a.candidate.indexerId]?.priority ?? 25),
  (a, b) => (torrent(a) && torrent(b) ? (a.candidate.seeders ?? 0) - (b.candidate.seeders ?? 0) : 0),
  (a, b) => (!torrent(a) && !torrent(b) ? ageBucket(a) - ageBucket(b) : 0),
  (a, b, ctx) => sizeScore(a, ctx) - sizeScore(b, ctx),
];

export function compareDecisions(a: Decision, b: Decision, ctx: DecisionContext): number {
  for (const compare of COMPARERS) {
    const result = compare(a.evaluation, b.evaluation, ctx);
    if (result !== 0) return result;
  }
  return 0;
}

/** Accepted decisions, best first, with rank set (1 = the one to grab). */
export function rank(accepted: readonly Decision[], ctx: DecisionContext): Decision[] {
  return accepted
    .filter((d) => d.accepted)
    .toSorted((a, b) => compareDecisions(b, a, ctx))
    .map((d, i) => ({ ...d, rank: i + 1 }));
}
