import type { ReleaseProfile } from "../model";
import { accept, reject, type Spec } from "../spec";
import { compileUserPattern } from "../user-pattern";

type Matcher = { term: string; test: (title: string) => boolean };
const cache = new WeakMap<ReleaseProfile, { required: Matcher[]; ignored: Matcher[] }>();

/** "/regex/i" is a regular expression; anything else a case-insensitive substring. */
export function termMatcher(term: string): Matcher {
  const regex = term.match(/^\/(.+)\/([a-z]*)$/);
  if (regex) {
    const re = compileUserPattern(regex[1], regex[2].includes("i"));
    return { term, test: (t) => re.test(t) };
  }
  const lower = term.toLowerCase();
  return { term, test: (t) => t.toLowerCase().includes(lower) };
}

function matchersOf(p: ReleaseProfile) {
  let m = cache.get(p);
  if (!m) {
    const safe = (terms: string[]) =>
      terms.flatMap((t) => {
        try {
          return [termMatcher(t)];
        } catch {
          return [];
        }
      });
    m = { required: safe(p.required), ignored: safe(p.ignored) };
    cache.set(p, m);
  }
  return m;
}

/** Release profiles that apply (enabled, this indexer, the item's tags): must contain one required term and no ignored term. */
export const releaseTerms: Spec = {
  name: "release-profile",
  stage: 1,
  check(e, ctx) {
    const title = e.candidate.title;
    for (const p of ctx.releaseProfiles) {
      if (!p.enabled) continue;
      if (p.indexerIds.length > 0 && !p.indexerIds.includes(e.candidate.indexerId)) continue;
      if (p.tags.length > 0 && !p.tags.some((t) => ctx.target.tags.includes(t))) continue;
      const { required, ignored } = matchersOf(p);
      if (required.length > 0 && !required.some((m) => m.test(title))) {
        return reject(`Contains none of the required terms of "${p.name}": ${required.map((m) => m.term).join(", ")}`);
      }
      const hit = ignored.find((m) => m.test(title));
      if (hit) return reject(`Contains "${hit.term}", ignored by "${p.name}"`);
    }
    return accept;
  },
};
