import { accept, reject, type Spec } from "../spec";

const RAW =
  /(?:\.(?:iso|img|vob|m2ts)$|\b(?:BDMV|VIDEO_TS|COMPLETE[\s._-]+(?:UHD[\s._-]+)?BLU-?RAY|BD(?:25|50|66|100))\b)/i;

/** Disc images need a player, not a library; only a profile that allows BR-DISK takes them. */
export const notRawDisk: Spec = {
  name: "not-raw-disk",
  stage: 0,
  check(e) {
    const raw = e.release.quality.modifier === "brdisk" || RAW.test(e.candidate.title);
    if (!raw) return accept;
    if (e.release.quality.modifier === "brdisk" && e.place?.allowed) return accept;
    return reject("A raw disc image (BR-DISK, ISO, VIDEO_TS)");
  },
};
