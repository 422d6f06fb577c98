import type { DelayProfile } from "./model";

/** The delay profile for an item: the first (by order) sharing one of its tags, else the one without tags. */
export function pickDelayProfile(profiles: readonly DelayProfile[], tags: readonly string[]): DelayProfile | null {
  const sorted = profiles.toSorted((a, b) => a.order - b.order);
  return (
    sorted.find((p) => p.tags.length > 0 && p.tags.some((t) => tags.includes(t))) ??
    sorted.find((p) => p.tags.length === 0) ??
    null
  );
}
