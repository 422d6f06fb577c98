import { notAnUpgrade, overlapping } from "../upgrade";
import { accept, wait, type Spec } from "../spec";

/** Something as good is already downloading for the same item. */
export const notQueued: Spec = {
  name: "already-queued",
  stage: 2,
  check(e, ctx) {
    for (const q of overlapping(ctx.queue, e)) {
      if (q.guid !== null && q.guid === e.candidate.guid) return wait(`Already downloading: ${q.title}`);
      const why = notAnUpgrade(e, q, ctx.profile, "The queued download", ctx.settings.propersAndRepacks);
      if (why) return wait(`${why}: ${q.title}`);
    }
    return accept;
  },
};
