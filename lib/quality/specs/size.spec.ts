import type { DecisionContext } from "../context";
import { accept, reject, type Evaluation, type Spec } from "../spec";

const MB = 1024 * 1024;

/** Minutes of video the release should hold: runtime × episodes (a season pack: the whole season). */
export function minutesOf(e: Evaluation, ctx: DecisionContext): number | null {
  const runtime = ctx.target.runtimeMinutes;
  if (runtime === null || runtime <= 0) return null;
  return runtime * e.episodeCount;
}

const mb = (bytes: number): string =>
  bytes >= 1024 * MB ? `${(bytes / 1024 / MB).toFixed(2)} GB` : `${Math.round(bytes / MB)} MB`;

/** Size within the quality definition's limits, scaled by runtime and episode count. */
export const sizeLimits: Spec = {
  name: "size",
  stage: 0,
  check(e, ctx) {
    const size = e.candidate.size;
    const minutes = minutesOf(e, ctx);
    if (size === null || size <= 0 || minutes === null) return accept;
    const def = ctx.sizes.find((s) => s.qualityId === e.qualityId);
    if (!def) return accept;
    const per = e.episodeCount > 1 ? ` for ${e.episodeCount} episodes` : "";
    if (def.minSize > 0 && size < def.minSize * MB * minutes) {
      return reject(`${mb(size)} is smaller than the ${def.title} minimum of ${mb(def.minSize * MB * minutes)}${per}`);
    }
    if (def.maxSize !== null && def.maxSize > 0 && size > def.maxSize * MB * minutes) {
      return reject(`${mb(size)} is larger than the ${def.title} maximum of ${mb(def.maxSize * MB * minutes)}${per}`);
    }
    return accept;
  },
};
