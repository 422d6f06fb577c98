import { QUALITIES, type QualityDefinition } from "@/lib/release";
import type { QualitySize } from "./model";

/** Upper end of the size sliders, MB per minute (Sonarr's and Radarr's maximum). */
export const MAX_SIZE_PER_MINUTE = 1000;

/** The shipped size definitions: Sonarr/Radarr defaults, from the quality list of lib/release. */
export function defaultQualitySizes(): QualitySize[] {
  return QUALITIES.map((q) => ({
    qualityId: q.id,
    name: q.name,
    title: q.name,
    minSize: q.minSize,
    preferredSize: q.preferredSize,
    maxSize: q.maxSize,
  }));
}

/** Defaults overlaid with the stored edits, in the quality list's order (worst first). */
export function mergeQualitySizes(stored: readonly QualitySize[]): QualitySize[] {
  const byId = new Map(stored.map((s) => [s.qualityId, s]));
  return defaultQualitySizes().map((d) => {
    const s = byId.get(d.qualityId);
    return s ? { ...d, title: s.title, minSize: s.minSize, preferredSize: s.preferredSize, maxSize: s.maxSize } : d;
  });
}

const BY_ID = new Map<number, QualityDefinition>(QUALITIES.map((q) => [q.id, q]));

export function qualityById(id: number): QualityDefinition | undefined {
  return BY_ID.get(id);
}
