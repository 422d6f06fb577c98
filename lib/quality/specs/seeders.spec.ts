import { accept, reject, type Spec } from "../spec";

/** Torrents need the indexer's minimum number of seeders (unknown counts pass). */
export const minimumSeeders: Spec = {
  name: "minimum-seeders",
  stage: 0,
  check(e, ctx) {
    const { candidate } = e;
    if (candidate.protocol !== "torrent" || candidate.seeders === null) return accept;
    const minimum = ctx.indexers[candidate.indexerId]?.minimumSeeders ?? 1;
    return candidate.seeders >= minimum
      ? accept
      : reject(`${candidate.seeders} seeders, the indexer asks for at least ${minimum}`);
  },
};
