import { accept, wait, type Spec } from "../spec";

const MB = 1024 * 1024;

/** The download must fit on the disk with the minimum free space left over. */
export const freeSpace: Spec = {
  name: "free-space",
  stage: 3,
  check(e, ctx) {
    const free = ctx.freeSpaceBytes;
    const size = e.candidate.size;
    if (free === null || size === null) return accept;
    const left = free - size;
    const keep = ctx.settings.minimumFreeSpaceMb * MB;
    if (left >= keep) return accept;
    return wait(
      `Not enough free space: ${Math.round(free / MB)} MB free, ${Math.round(size / MB)} MB needed plus ${ctx.settings.minimumFreeSpaceMb} MB to keep`,
    );
  },
};
