import { notAnUpgrade, overlapping } from "../upgrade";
import { accept, reject, type Spec } from "../spec";

/** With a file on disk, the release must be an upgrade: quality, then revision, then custom-format score. */
export const upgradesDisk: Spec = {
  name: "upgrade",
  stage: 2,
  check(e, ctx) {
    const files = overlapping(ctx.existingFiles, e);
    if (files.length === 0) return accept;
    if (!ctx.profile.upgradeAllowed)
      return reject(`A file exists and the profile "${ctx.profile.name}" does not allow upgrades`);
    for (const file of files) {
      const why = notAnUpgrade(e, file, ctx.profile, "The file on disk", ctx.settings.propersAndRepacks);
      if (why) return reject(why);
    }
    return accept;
  },
};
