import { accept, reject, type Spec } from "../spec";

/** The same release is never grabbed twice for the same item. */
export const notGrabbedBefore: Spec = {
  name: "already-grabbed",
  stage: 1,
  check(e, ctx) {
    const c = e.candidate;
    const hash = c.infoHash?.toLowerCase();
    const seen = ctx.grabbed.some((g) => g === c.guid || (hash !== undefined && g.toLowerCase() === hash));
    return seen ? reject("Grabbed before for this item") : accept;
  },
};
