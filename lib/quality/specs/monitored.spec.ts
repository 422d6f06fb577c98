import { accept, reject, userChose, type Spec } from "../spec";

/** Only monitored items are searched automatically. */
export const monitored: Spec = {
  name: "monitored",
  stage: 0,
  check(e, ctx) {
    if (userChose(ctx)) return accept;
    const { target } = ctx;
    if (target.kind === "movie") return target.monitored ? accept : reject("The movie is not monitored");
    if (!target.seriesMonitored) return reject("The series is not monitored");
    const keys = new Set(e.episodeKeys);
    const covered = target.seasonEpisodes.filter((ep) => keys.has(`${ep.season}:${ep.episode}`));
    if (covered.length > 0 && !covered.some((ep) => ep.monitored)) return reject("None of its episodes is monitored");
    return accept;
  },
};
