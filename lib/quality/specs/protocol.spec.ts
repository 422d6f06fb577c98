import { accept, reject, type Spec } from "../spec";

/** The delay profile can switch a protocol off. */
export const protocolEnabled: Spec = {
  name: "protocol",
  stage: 0,
  check(e, ctx) {
    const d = ctx.delayProfile;
    if (!d) return accept;
    if (e.candidate.protocol === "usenet" && !d.enableUsenet)
      return reject("Usenet is turned off in the delay profile");
    if (e.candidate.protocol === "torrent" && !d.enableTorrent)
      return reject("Torrents are turned off in the delay profile");
    return accept;
  },
};
