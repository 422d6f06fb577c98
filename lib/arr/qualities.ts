import { QUALITIES, type QualityDefinition } from "@/lib/release";
import { ValidationError } from "@/lib/errors";
import type { Persona } from "./persona";

/** A quality as one persona numbers and names it (Radarr's and Sonarr's own `Quality` enums). */
export interface ArrQuality {
  /** The persona's id. */
  id: number;
  name: string;
  /** Mydia's quality id. */
  mydiaId: number;
  resource: { id: number; name: string; source: string; resolution: number; modifier?: string };
}

/** Radarr numbers a few qualities differently from Mydia (whose ids follow Sonarr's) and calls the remuxes Remux-*. */
const RADARR_IDS: Record<number, [number, string?]> = {
  13: [20],
  20: [30, "Remux-1080p"],
  21: [31, "Remux-2160p"],
  22: [21],
  30: [22],
};
/** Sonarr knows neither the pre-release qualities nor DVD-R and BR-DISK. */
const NOT_IN_SONARR = new Set(["WORKPRINT", "CAM", "TELESYNC", "TELECINE", "REGIONAL", "DVDSCR", "DVD-R", "BR-DISK"]);

function sonarrSource(q: QualityDefinition): string {
  switch (q.source) {
    case "tv":
      return q.modifier === "rawhd" ? "televisionRaw" : "television";
    case "webdl":
      return "web";
    case "webrip":
      return "webRip";
    case "bluray":
      return q.modifier === "remux" ? "blurayRaw" : "bluray";
    case "dvd":
      return "dvd";
    default:
      return "unknown";
  }
}

function build(persona: Persona): ArrQuality[] {
  return QUALITIES.filter((q) => persona === "radarr" || !NOT_IN_SONARR.has(q.name)).map((q) => {
    const [id, name] = persona === "radarr" ? (RADARR_IDS[q.id] ?? [q.id]) : [q.id];
    const label = name ?? q.name;
    const resolution = q.resolution ?? 0;
    const resource =
      persona === "radarr"
        ? { id, name: label, source: q.source, resolution, modifier: q.modifier }
        : { id, name: label, source: sonarrSource(q), resolution };
    return { id, name: label, mydiaId: q.id, resource };
  });
}

const tables: Record<Persona, ArrQuality[]> = { radarr: build("radarr"), sonarr: build("sonarr") };
const byArrId: Record<Persona, Map<number, ArrQuality>> = {
  radarr: new Map(tables.radarr.map((q) => [q.id, q])),
  sonarr: new Map(tables.sonarr.map((q) => [q.id, q])),
};
const byMydiaId: Record<Persona, Map<number, ArrQuality>> = {
  radarr: new Map(tables.radarr.map((q) => [q.mydiaId, q])),
  sonarr: new Map(tables.sonarr.map((q) => [q.mydiaId, q])),
};

/** The persona's qualities, worst first (Mydia's order). */
export const arrQualities = (persona: Persona): readonly ArrQuality[] => tables[persona];

/** The persona's view of a Mydia quality; null when the persona has no such quality (Sonarr and CAM). */
export const arrQualityOf = (persona: Persona, mydiaId: number): ArrQuality | null =>
  byMydiaId[persona].get(mydiaId) ?? null;

/** Mydia's quality id for the persona's quality id; a 400 naming the field when the persona has none. */
export function mydiaQualityId(persona: Persona, arrId: number, field = "quality"): number {
  const found = byArrId[persona].get(arrId);
  if (!found)
    throw new ValidationError(`Unknown quality id ${arrId}`, {
      fields: { [field]: `${persona === "radarr" ? "Radarr" : "Sonarr"} has no quality with id ${arrId}` },
    });
  return found.mydiaId;
}
