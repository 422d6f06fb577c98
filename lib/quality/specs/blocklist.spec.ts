import type { BlocklistEntry, ReleaseCandidate } from "../context";
import { cleanTitle } from "../titles";
import { accept, reject, type Spec } from "../spec";

const cleaned = new WeakMap<BlocklistEntry, string>();
function cleanOf(entry: BlocklistEntry): string {
  let value = cleaned.get(entry);
  if (value === undefined) {
    value = cleanTitle(entry.title);
    cleaned.set(entry, value);
  }
  return value;
}

function same(entry: BlocklistEntry, c: ReleaseCandidate, title: string): boolean {
  if (entry.infoHash && c.infoHash) return entry.infoHash.toLowerCase() === c.infoHash.toLowerCase();
  if (entry.guid && entry.guid === c.guid && (entry.indexerId === null || entry.indexerId === c.indexerId)) return true;
  if (entry.protocol !== c.protocol || cleanOf(entry) !== title) return false;
  if (entry.indexerId !== null && entry.indexerId !== c.indexerId) return false;
  // Same name from the same indexer: the same post unless the size says otherwise.
  return entry.size === null || c.size === null || Math.abs(entry.size - c.size) <= entry.size * 0.01;
}

/** Releases that failed or were removed by the user are not tried again. */
export const notBlocklisted: Spec = {
  name: "blocklist",
  stage: 1,
  check(e, ctx) {
    if (ctx.blocklist.length === 0) return accept;
    const title = cleanTitle(e.candidate.title);
    return ctx.blocklist.some((b) => same(b, e.candidate, title))
      ? reject("Blocklisted: it failed before or was rejected by you")
      : accept;
  },
};
