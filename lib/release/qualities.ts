import type { Modifier, Source } from "./types";

export interface QualityDefinition {
  /** Stable id (Sonarr/Radarr ids where they exist, so profiles can be imported). */
  id: number;
  name: string;
  source: Source;
  resolution: number | null;
  modifier: Modifier;
  /** Rank inside the list: higher is better when no profile says otherwise. */
  weight: number;
  /** Default size limits in MB per minute of runtime; null means no limit. */
  minSize: number;
  preferredSize: number | null;
  maxSize: number | null;
}

const q = (
  id: number,
  name: string,
  source: Source,
  resolution: number | null,
  modifier: Modifier,
  minSize: number,
  preferredSize: number | null,
  maxSize: number | null,
): Omit<QualityDefinition, "weight"> => ({ id, name, source, resolution, modifier, minSize, preferredSize, maxSize });

/** The Sonarr/Radarr quality list, worst first, with the default size definitions. */
export const QUALITIES: readonly QualityDefinition[] = [
  q(0, "Unknown", "unknown", null, "none", 1, 95, 199.9),
  q(24, "WORKPRINT", "workprint", null, "none", 0, 95, 100),
  q(25, "CAM", "cam", null, "none", 0, 95, 100),
  q(26, "TELESYNC", "telesync", null, "none", 0, 95, 100),
  q(27, "TELECINE", "telecine", null, "none", 0, 95, 100),
  q(29, "REGIONAL", "dvd", 480, "regional", 0, 95, 100),
  q(28, "DVDSCR", "dvd", 480, "screener", 0, 95, 100),
  q(1, "SDTV", "tv", 480, "none", 2, 95, 100),
  q(2, "DVD", "dvd", 480, "none", 2, 95, 100),
  q(23, "DVD-R", "dvd", 480, "remux", 2, 95, 100),
  q(8, "WEBDL-480p", "webdl", 480, "none", 2, 95, 100),
  q(12, "WEBRip-480p", "webrip", 480, "none", 2, 95, 100),
  q(13, "Bluray-480p", "bluray", 480, "none", 2, 95, 100),
  q(22, "Bluray-576p", "bluray", 576, "none", 2, 95, 100),
  q(4, "HDTV-720p", "tv", 720, "none", 3, 95, 125),
  q(5, "WEBDL-720p", "webdl", 720, "none", 3, 95, 130),
  q(14, "WEBRip-720p", "webrip", 720, "none", 3, 95, 130),
  q(6, "Bluray-720p", "bluray", 720, "none", 4, 95, 130),
  q(9, "HDTV-1080p", "tv", 1080, "none", 4, 95, 125),
  q(3, "WEBDL-1080p", "webdl", 1080, "none", 4, 95, 130),
  q(15, "WEBRip-1080p", "webrip", 1080, "none", 4, 95, 130),
  q(7, "Bluray-1080p", "bluray", 1080, "none", 4, 95, 155),
  q(20, "Bluray-1080p Remux", "bluray", 1080, "remux", 0, 95, null),
  q(16, "HDTV-2160p", "tv", 2160, "none", 35, 95, 350),
  q(18, "WEBDL-2160p", "webdl", 2160, "none", 35, 95, 350),
  q(17, "WEBRip-2160p", "webrip", 2160, "none", 35, 95, 350),
  q(19, "Bluray-2160p", "bluray", 2160, "none", 35, 95, 350),
  q(21, "Bluray-2160p Remux", "bluray", 2160, "remux", 35, 95, null),
  q(30, "BR-DISK", "bluray", 1080, "brdisk", 0, 95, null),
  q(10, "Raw-HD", "tv", 1080, "rawhd", 4, 95, null),
].map((d, i) => ({ ...d, weight: i }));

const BY_NAME = new Map(QUALITIES.map((d) => [d.name, d]));

export function qualityByName(name: string): QualityDefinition | undefined {
  return BY_NAME.get(name);
}

function pick(name: string): QualityDefinition {
  return BY_NAME.get(name) ?? QUALITIES[0];
}

/** The quality for a source, resolution and modifier, the way Sonarr and Radarr combine them. */
export function qualityFor(source: Source, resolution: number | null, modifier: Modifier): QualityDefinition {
  switch (source) {
    case "bluray":
      if (modifier === "brdisk") return pick("BR-DISK");
      if (modifier === "remux" && resolution === 2160) return pick("Bluray-2160p Remux");
      if (modifier === "remux" && (resolution === 1080 || resolution === null)) return pick("Bluray-1080p Remux");
      if (resolution === 2160) return pick("Bluray-2160p");
      if (resolution === 1080) return pick("Bluray-1080p");
      if (resolution === 576) return pick("Bluray-576p");
      if (resolution !== null && resolution <= 540) return pick("Bluray-480p");
      return pick("Bluray-720p");
    case "webdl":
    case "webrip": {
      const prefix = source === "webdl" ? "WEBDL" : "WEBRip";
      if (resolution === 2160) return pick(`${prefix}-2160p`);
      if (resolution === 1080) return pick(`${prefix}-1080p`);
      if (resolution === 720) return pick(`${prefix}-720p`);
      return pick(`${prefix}-480p`);
    }
    case "tv":
      if (modifier === "rawhd") return pick("Raw-HD");
      if (resolution === 2160) return pick("HDTV-2160p");
      if (resolution === 1080) return pick("HDTV-1080p");
      if (resolution === 720) return pick("HDTV-720p");
      return pick("SDTV");
    case "dvd":
      if (modifier === "remux") return pick("DVD-R");
      if (modifier === "screener") return pick("DVDSCR");
      if (modifier === "regional") return pick("REGIONAL");
      return pick("DVD");
    case "cam":
      return pick("CAM");
    case "telesync":
      return pick("TELESYNC");
    case "telecine":
      return pick("TELECINE");
    case "workprint":
      return pick("WORKPRINT");
    default:
      return QUALITIES[0];
  }
}
