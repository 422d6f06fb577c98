import { accept, reject, type Spec } from "../spec";

/** The profile wants this quality. */
export const qualityAllowed: Spec = {
  name: "quality-allowed",
  stage: 0,
  check(e, ctx) {
    if (e.place?.allowed) return accept;
    return reject(`${e.qualityName} is not wanted in the profile "${ctx.profile.name}"`);
  },
};
