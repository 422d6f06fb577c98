import { compareQualities, placeOf } from "../profile";
import { cutoffMet, overlapping } from "../upgrade";
import { accept, reject, type Spec } from "../spec";

/** Upgrades stop at the cutoff; a proper or repack of the same quality still replaces the file. */
export const cutoffNotMet: Spec = {
  name: "cutoff",
  stage: 2,
  check(e, ctx) {
    const files = overlapping(ctx.existingFiles, e);
    if (files.length === 0) return accept;
    const unmet = files.some((f) => {
      if (!cutoffMet(f, ctx.profile)) return true;
      const sameQuality = compareQualities(ctx.profile, e.qualityId, f.qualityId) === 0;
      return sameQuality && e.release.quality.revision.version > f.revision.version;
    });
    if (unmet) return accept;
    const name = placeOf(ctx.profile, files[0].qualityId)?.item.name ?? "its quality";
    return reject(`The file on disk (${name}, score ${files[0].formatScore}) already meets the cutoff`);
  },
};
