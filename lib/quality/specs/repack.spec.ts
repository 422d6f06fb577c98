import { compareQualities } from "../profile";
import { overlapping } from "../upgrade";
import { accept, reject, type Spec } from "../spec";

/** A repack fixes one group's release: it only replaces that group's file. */
export const repackSameGroup: Spec = {
  name: "repack-same-group",
  stage: 2,
  check(e, ctx) {
    if (!e.release.quality.revision.repack) return accept;
    const group = e.release.group?.toLowerCase() ?? null;
    for (const f of overlapping(ctx.existingFiles, e)) {
      if (compareQualities(ctx.profile, e.qualityId, f.qualityId) !== 0 || f.releaseGroup === null) continue;
      if (group === null || f.releaseGroup.toLowerCase() !== group) {
        return reject(`A repack by ${e.release.group ?? "an unknown group"}, the file on disk is by ${f.releaseGroup}`);
      }
    }
    return accept;
  },
};
