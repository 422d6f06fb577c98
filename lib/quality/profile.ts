import { qualityByName } from "@/lib/release";
import type { ProfileItem, QualityProfile } from "./model";

/** Where a quality sits in a profile: rank counts from the bottom (0 = worst item), so higher is better. */
export interface ProfilePlace {
  item: ProfileItem;
  rank: number;
  allowed: boolean;
}

const placeCache = new WeakMap<QualityProfile, Map<number, ProfilePlace>>();

function placesOf(profile: QualityProfile): Map<number, ProfilePlace> {
  let places = placeCache.get(profile);
  if (!places) {
    places = new Map();
    const n = profile.items.length;
    profile.items.forEach((item, index) => {
      for (const qualityId of item.qualities)
        places!.set(qualityId, { item, rank: n - 1 - index, allowed: item.allowed });
    });
    placeCache.set(profile, places);
  }
  return places;
}

export function placeOf(profile: QualityProfile, qualityId: number): ProfilePlace | null {
  return placesOf(profile).get(qualityId) ?? null;
}

/** Rank of the cutoff item (-1 when the cutoff names no item). */
export function cutoffRank(profile: QualityProfile): number {
  const index = profile.items.findIndex((i) => i.id === profile.cutoff);
  return index < 0 ? -1 : profile.items.length - 1 - index;
}

/** The best allowed item, for "bypass delay if highest quality". */
export function bestAllowedRank(profile: QualityProfile): number {
  const index = profile.items.findIndex((i) => i.allowed);
  return index < 0 ? -1 : profile.items.length - 1 - index;
}

/** Compares two qualities within a profile: >0 when a is better. Unknown qualities sort last. */
export function compareQualities(profile: QualityProfile, a: number, b: number): number {
  return (placeOf(profile, a)?.rank ?? -1) - (placeOf(profile, b)?.rank ?? -1);
}

/** Problems that make a profile unusable, as field → message (empty when valid). */
export function profileProblems(profile: Pick<QualityProfile, "items" | "cutoff">): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<number>();
  const ids = new Set<string>();
  for (const item of profile.items) {
    if (ids.has(item.id)) problems.items = `Item id "${item.id}" appears twice`;
    ids.add(item.id);
    if (item.qualities.length === 0) problems.items = `"${item.name}" has no qualities`;
    for (const q of item.qualities) {
      if (seen.has(q)) problems.items = `Quality ${q} appears twice`;
      seen.add(q);
    }
  }
  if (!profile.items.some((i) => i.allowed)) problems.items = "Allow at least one quality";
  const cutoff = profile.items.find((i) => i.id === profile.cutoff);
  if (!cutoff) problems.cutoff = "The cutoff must be one of the profile's qualities";
  else if (!cutoff.allowed) problems.cutoff = "The cutoff must be an allowed quality";
  return problems;
}

/** Builds items from names: a string is one quality, [name, [qualities]] a group. */
export function itemsFrom(
  spec: ReadonlyArray<string | readonly [string, readonly string[]]>,
  allowed: ReadonlySet<string>,
): ProfileItem[] {
  let group = 1000;
  return spec.map((entry) => {
    const [name, names] = typeof entry === "string" ? [entry, [entry]] : entry;
    const qualities = names.map((n) => {
      const q = qualityByName(n);
      if (!q) throw new Error(`Unknown quality ${n}`);
      return q.id;
    });
    const id = typeof entry === "string" ? `q${qualities[0]}` : `g${group++}`;
    return { id, name, qualities, allowed: allowed.has(name) };
  });
}
