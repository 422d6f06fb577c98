import { accept, userChose, wait, type Spec } from "../spec";

/** Fresh usenet posts wait until they have propagated to the provider. */
export const usenetMinimumAge: Spec = {
  name: "usenet-minimum-age",
  stage: 0,
  check(e, ctx) {
    const minimum = ctx.settings.minimumAgeMinutes;
    if (e.candidate.protocol !== "usenet" || minimum <= 0 || e.ageMinutes === null || userChose(ctx)) return accept;
    return e.ageMinutes >= minimum
      ? accept
      : wait(`Only ${Math.floor(e.ageMinutes)} minutes old; usenet minimum age is ${minimum} minutes`);
  },
};
