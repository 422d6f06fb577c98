import { accept, userChose, wait, type Spec } from "../spec";

/** An indexer that keeps failing is left alone until its back-off ends. */
export const indexerBackoff: Spec = {
  name: "indexer-backoff",
  stage: 0,
  check(e, ctx) {
    if (userChose(ctx)) return accept;
    const state = ctx.indexers[e.candidate.indexerId];
    if (!state || state.disabledUntil === null || state.disabledUntil <= ctx.now) return accept;
    return wait(`${state.name} is backing off after failures until ${new Date(state.disabledUntil).toISOString()}`);
  },
};
