import type { FileRevision, QueuedItem, ExistingFile, PropersAndRepacks } from "./context";
import type { QualityProfile } from "./model";
import { compareQualities, cutoffRank, placeOf } from "./profile";
import type { Evaluation } from "./spec";

export interface Held {
  qualityId: number;
  revision: FileRevision;
  formatScore: number;
}

const revisionDiff = (a: FileRevision, b: FileRevision): number => a.version - b.version || a.real - b.real;

/**
 * Is the release better than what is held, by quality, then revision (proper/repack, as `propers`
 * says), then custom-format score (by at least the profile's minimum upgrade)? Returns why not, or null.
 */
export function notAnUpgrade(
  e: Evaluation,
  held: Held,
  profile: QualityProfile,
  label: string,
  propers: PropersAndRepacks = "prefer-and-upgrade",
): string | null {
  const quality = compareQualities(profile, e.qualityId, held.qualityId);
  if (quality > 0) return null;
  const heldName = placeOf(profile, held.qualityId)?.item.name ?? `quality ${held.qualityId}`;
  if (quality < 0) return `${label} has a better quality (${heldName})`;
  const revision = propers === "do-not-prefer" ? 0 : revisionDiff(e.release.quality.revision, held.revision);
  if (revision > 0 && propers === "do-not-upgrade")
    return `${label} is ${heldName}; propers and repacks are set not to upgrade it`;
  if (revision > 0) return null;
  if (revision < 0) return `${label} has a newer revision of ${heldName} (v${held.revision.version})`;
  const gain = e.formatScore - held.formatScore;
  if (gain > 0 && gain >= profile.minUpgradeFormatScore) return null;
  return gain > 0
    ? `Custom-format score ${e.formatScore} is not enough of an upgrade over ${held.formatScore} (minimum +${profile.minUpgradeFormatScore})`
    : `${label} is as good: ${heldName}, custom-format score ${held.formatScore} (this release: ${e.formatScore})`;
}

/** The quality cutoff and the custom-format cutoff are both met. */
export function cutoffMet(held: Held, profile: QualityProfile): boolean {
  const rank = placeOf(profile, held.qualityId)?.rank ?? -1;
  return rank >= cutoffRank(profile) && held.formatScore >= profile.cutoffFormatScore;
}

/** Files or queue items that overlap the release (all of them for a movie). */
export function overlapping<T extends ExistingFile | QueuedItem>(items: readonly T[], e: Evaluation): T[] {
  if (e.episodeKeys.length === 0) return [...items];
  const keys = new Set(e.episodeKeys);
  return items.filter((i) => !i.episodeKeys || i.episodeKeys.length === 0 || i.episodeKeys.some((k) => keys.has(k)));
}
