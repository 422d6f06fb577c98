import { accept, reject, type Spec } from "../spec";

/** Usenet posts older than the provider's retention cannot be downloaded. */
export const usenetRetention: Spec = {
  name: "usenet-retention",
  stage: 0,
  check(e, ctx) {
    const days = ctx.settings.retentionDays;
    if (e.candidate.protocol !== "usenet" || days <= 0 || e.ageMinutes === null) return accept;
    const ageDays = e.ageMinutes / 1440;
    return ageDays <= days
      ? accept
      : reject(`${Math.floor(ageDays)} days old, past the usenet retention of ${days} days`);
  },
};
