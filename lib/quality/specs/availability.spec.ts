import { accept, userChose, wait, type Spec } from "../spec";

/** A movie is searched automatically once it reaches its minimum availability. */
export const availability: Spec = {
  name: "minimum-availability",
  stage: 0,
  check(_e, ctx) {
    const { target, now } = ctx;
    if (target.kind !== "movie" || userChose(ctx)) return accept;
    const reached = (at: number | null) => at !== null && at <= now;
    const released =
      target.status === "released" || reached(target.digitalReleaseAt) || reached(target.physicalReleaseAt);
    const inCinemas = released || target.status === "inCinemas" || reached(target.inCinemasAt);
    const ok =
      target.minimumAvailability === "announced"
        ? true
        : target.minimumAvailability === "inCinemas"
          ? inCinemas
          : released;
    const label = target.minimumAvailability === "inCinemas" ? "in cinemas" : "released";
    return ok ? accept : wait(`The movie is not ${label} yet (minimum availability)`);
  },
};
