import { accept, reject, type Spec } from "../spec";

/** A season pack only once the whole season has aired, and only when most of it is wanted. */
export const seasonPack: Spec = {
  name: "season-pack",
  stage: 1,
  check(e, ctx) {
    const { target, now } = ctx;
    if (target.kind !== "episodes" || e.releaseType !== "season-pack") return accept;
    const keys = new Set(e.episodeKeys);
    const inPack = target.seasonEpisodes.filter((ep) => keys.has(`${ep.season}:${ep.episode}`));
    if (inPack.some((ep) => ep.airedAt === null || ep.airedAt > now))
      return reject("The season has not finished airing");
    const wanted = new Set(target.episodes.map((ep) => `${ep.season}:${ep.episode}`));
    const searchedWholeSeason = inPack.length > 0 && inPack.every((ep) => wanted.has(`${ep.season}:${ep.episode}`));
    if (searchedWholeSeason || ctx.source === "interactive") return accept;
    const wantedInPack = inPack.filter((ep) => wanted.has(`${ep.season}:${ep.episode}`)).length;
    return wantedInPack * 2 >= inPack.length
      ? accept
      : reject(`A season pack for ${wantedInPack} wanted episode(s) of ${inPack.length}`);
  },
};
