import { accept, reject, type Spec } from "../spec";

const SAMPLE = /(?:^|[\s._\-[(])sample(?:$|[\s._\-\])])/i;

/** Samples are never the thing itself. */
export const notSample: Spec = {
  name: "not-sample",
  stage: 0,
  check(e) {
    return SAMPLE.test(e.candidate.title) ? reject("A sample, not the full release") : accept;
  },
};
