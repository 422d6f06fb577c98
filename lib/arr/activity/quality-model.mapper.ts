import { parse, qualityByName, QUALITIES } from "@/lib/release";
import type { Persona } from "../persona";

/** Radarr's and Sonarr's QualityModel: the quality (ids are theirs, Mydia keeps them) and its revision. */
export interface ArrQualityModel {
  quality: { id: number; name: string; source: string; resolution: number; modifier?: string };
  revision: { version: number; real: number; isRepack: boolean };
}

export interface ArrLanguage {
  id: number;
  name: string;
}

/** Sonarr names its sources differently and folds the modifier into them. */
function sonarrSource(source: string, modifier: string): string {
  switch (source) {
    case "tv":
      return modifier === "rawhd" ? "televisionRaw" : "television";
    case "webdl":
      return "web";
    case "webrip":
      return "webRip";
    case "bluray":
      return modifier === "remux" || modifier === "brdisk" ? "blurayRaw" : "bluray";
    case "dvd":
      return "dvd";
    default:
      return "unknown";
  }
}

interface QualityLike {
  name: string;
  revision?: { version: number; real: number; repack?: boolean };
}

/** The QualityModel of a quality name (as Mydia stores it); Unknown for none. */
export function arrQualityModel(persona: Persona, quality: QualityLike | null | undefined): ArrQualityModel {
  const definition = (quality && qualityByName(quality.name)) || QUALITIES[0];
  const source = persona === "radarr" ? definition.source : sonarrSource(definition.source, definition.modifier);
  return {
    quality: {
      id: definition.id,
      name: definition.name,
      source,
      resolution: definition.resolution ?? 0,
      ...(persona === "radarr" ? { modifier: definition.modifier } : {}),
    },
    revision: {
      version: quality?.revision?.version ?? 1,
      real: quality?.revision?.real ?? 0,
      isRepack: quality?.revision?.repack ?? false,
    },
  };
}

/** Radarr's and Sonarr's language ids (the same for the languages both know). */
const LANGUAGE_IDS: Record<string, number> = {
  Unknown: 0,
  English: 1,
  French: 2,
  Spanish: 3,
  German: 4,
  Italian: 5,
  Danish: 6,
  Dutch: 7,
  Japanese: 8,
  Icelandic: 9,
  Chinese: 10,
  Russian: 11,
  Polish: 12,
  Vietnamese: 13,
  Swedish: 14,
  Norwegian: 15,
  Finnish: 16,
  Turkish: 17,
  Portuguese: 18,
  Flemish: 19,
  Greek: 20,
  Korean: 21,
  Hungarian: 22,
  Hebrew: 23,
  Lithuanian: 24,
  Czech: 25,
};

/** Languages by name; a release that names none is English, as Radarr and Sonarr assume. */
export function arrLanguages(names: readonly string[] | null | undefined): ArrLanguage[] {
  const known = (names ?? []).filter((name) => name in LANGUAGE_IDS);
  if (known.length === 0) return [{ id: 1, name: "English" }];
  return [...new Set(known)].map((name) => ({ id: LANGUAGE_IDS[name], name }));
}

/** Quality and languages read from a release or file name. */
export function arrQualityOfTitle(
  persona: Persona,
  title: string,
): { quality: ArrQualityModel; languages: ArrLanguage[]; releaseGroup: string | null } {
  const parsed = parse(title);
  return {
    quality: arrQualityModel(persona, parsed.quality),
    languages: arrLanguages(parsed.languages),
    releaseGroup: parsed.group,
  };
}

/**
 * The quality a download row stores: the parsed release (its `quality` object) when the grab knew
 * it, else what the title says.
 */
export function arrQualityOfStored(
  persona: Persona,
  stored: Record<string, unknown> | null,
  title: string,
): { quality: ArrQualityModel; languages: ArrLanguage[] } {
  const quality = stored?.quality as QualityLike | undefined;
  if (quality && typeof quality === "object" && typeof quality.name === "string") {
    const languages = Array.isArray(stored?.languages) ? (stored.languages as string[]) : [];
    return { quality: arrQualityModel(persona, quality), languages: arrLanguages(languages) };
  }
  return arrQualityOfTitle(persona, title);
}
