import { systemActor } from "@/lib/accounts";
import { grabRelease } from "@/lib/downloads";
import { ConflictError, UnavailableError } from "@/lib/errors";
import type { ParsedRelease } from "@/lib/indexers";
import { logger as rootLogger } from "@/lib/logger";
import { bestRelease, decide, toCandidate, type Decision, type ReleaseCandidate } from "@/lib/quality";
import type { SubjectContext } from "./subject-context";

const logger = rootLogger.child({ context: "automation.grab" });

export interface Grabbed {
  title: string;
  downloadId: string;
  clientName: string;
  quality: string;
  formatScore: number;
}

export interface GrabRound {
  grabbed: Grabbed[];
  /** Releases held back only by the delay profile: kept and judged again when the delay ends. */
  delayed: { release: ParsedRelease; reason: string }[];
  /** Nothing grabbed: the most frequent first rejection reasons. */
  reasons: { reason: string; count: number }[];
  /** Why a chosen release could not be sent (no client, client refused, blocklisted on fetch). */
  failures: { title: string; message: string }[];
}

const MAX_GRABS_PER_ROUND = 50;
const onlyDelayed = (d: Decision) => d.temporarilyRejected && d.rejections.every((r) => r.spec === "delay");

/**
 * Grabs the best acceptable release for the item, then keeps going while releases remain that
 * cover episodes nothing grabbed yet covers (a season pack first, single episodes for the rest):
 * each grab joins the context's queue, so the queue rule turns down what it already brings.
 */
export async function grabBest(loaded: SubjectContext, releases: readonly ParsedRelease[]): Promise<GrabRound> {
  const round: GrabRound = { grabbed: [], delayed: [], reasons: [], failures: [] };
  const byCandidate = new Map<ReleaseCandidate, ParsedRelease>();
  for (const release of releases) byCandidate.set(toCandidate(release, loaded.hints), release);
  let remaining = [...byCandidate.keys()];
  let ctx = loaded.ctx;
  for (let i = 0; i < MAX_GRABS_PER_ROUND; i++) {
    const best = bestRelease(remaining, ctx);
    if (!best) break;
    remaining = remaining.filter((c) => c !== best.candidate);
    const release = byCandidate.get(best.candidate)!;
    const episodeIds = best.evaluation.episodeKeys.flatMap((key) => loaded.episodeIdByKey.get(key) ?? []);
    if (ctx.target.kind === "episodes" && episodeIds.length === 0) continue;
    const target = ctx.target.kind === "movie" ? { movieId: ctx.target.id } : { episodeIds };
    try {
      const sent = await grabRelease(systemActor, { ...release, parsed: release.parsed }, target);
      round.grabbed.push({
        title: release.title,
        downloadId: sent.downloadId,
        clientName: sent.clientName,
        quality: best.quality.name,
        formatScore: best.formatScore,
      });
      logger.info({ title: release.title, client: sent.clientName, target }, "grabbed");
    } catch (error) {
      if (!(error instanceof UnavailableError || error instanceof ConflictError)) throw error;
      round.failures.push({ title: release.title, message: error.message });
      logger.warn({ title: release.title, err: error }, "the chosen release could not be sent");
      // No client takes this protocol at all: its other releases would fail the same way.
      if (error instanceof UnavailableError && error.message.startsWith("No enabled"))
        remaining = remaining.filter((c) => c.protocol !== release.protocol);
      continue;
    }
    const queued = {
      title: release.title,
      guid: release.guid,
      qualityId: best.quality.id,
      revision: best.evaluation.release.quality.revision,
      formatScore: best.formatScore,
      episodeKeys: best.evaluation.episodeKeys,
    };
    ctx = { ...ctx, queue: [...ctx.queue, queued], grabbed: [...ctx.grabbed, release.guid] };
    if (ctx.target.kind === "movie") break;
  }
  const rest = remaining.map((c) => decide(c, ctx, { stopAtFirstPermanent: true }));
  round.delayed = rest
    .filter(onlyDelayed)
    .map((d) => ({ release: byCandidate.get(d.candidate)!, reason: d.rejections[0].reason }));
  if (round.grabbed.length === 0) round.reasons = countReasons(rest);
  return round;
}

function countReasons(decisions: readonly Decision[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of decisions) {
    const reason = d.rejections[0]?.reason;
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 5);
}
