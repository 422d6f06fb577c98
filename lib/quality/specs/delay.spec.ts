import { bestAllowedRank } from "../profile";
import { accept, userChose, wait, type Spec } from "../spec";

/** The delay profile holds a release back so that a better one (or the preferred protocol) can show up. */
export const delay: Spec = {
  name: "delay",
  stage: 3,
  check(e, ctx) {
    const d = ctx.delayProfile;
    if (!d || userChose(ctx)) return accept;
    const minutes = e.candidate.protocol === "usenet" ? d.usenetDelayMinutes : d.torrentDelayMinutes;
    if (minutes <= 0) return accept;
    if (d.bypassIfHighestQuality && e.place !== null && e.place.rank === bestAllowedRank(ctx.profile)) return accept;
    if (d.bypassIfAboveFormatScore && e.formatScore >= d.minimumFormatScore) return accept;
    const age = e.ageMinutes ?? 0;
    if (age >= minutes) return accept;
    return wait(`Delayed: ${e.candidate.protocol} delay is ${minutes} minutes, ${Math.ceil(minutes - age)} to go`);
  },
};
