import { qualityFor } from "../qualities";
import type { DetectedFrom, Modifier, QualityInfo, Revision, Source } from "../types";
import type { QualityFeatures } from "./detect";

const EXTENSION_QUALITY: Record<string, { source: Source; resolution: number | null }> = {
  mkv: { source: "tv", resolution: 720 },
  mk3d: { source: "tv", resolution: 720 },
  ts: { source: "tv", resolution: 720 },
  wtv: { source: "tv", resolution: 720 },
  m2ts: { source: "bluray", resolution: 720 },
  iso: { source: "dvd", resolution: 480 },
  img: { source: "dvd", resolution: 480 },
  vob: { source: "dvd", resolution: 480 },
};
const SD_EXTENSIONS = new Set([
  "avi",
  "mp4",
  "m4v",
  "wmv",
  "divx",
  "xvid",
  "mov",
  "mpg",
  "mpeg",
  "flv",
  "3gp",
  "rmvb",
  "rm",
  "ogm",
  "ogv",
  "m2v",
  "asf",
  "strm",
  "dvr-ms",
  "avc",
  "bivx",
  "nsv",
  "qt",
  "ty",
  "m3u",
  "ifo",
  "nrg",
  "pva",
  "asx",
  "bin",
  "dat",
  "vp3",
  "svq3",
  "nuv",
  "viv",
  "dv",
  "fli",
  "wpl",
]);

function extensionQuality(ext: string | null): { source: Source; resolution: number | null } | null {
  if (ext === null) return null;
  if (EXTENSION_QUALITY[ext]) return EXTENSION_QUALITY[ext];
  if (SD_EXTENSIONS.has(ext)) return { source: "tv", resolution: 480 };
  return null;
}

/**
 * Turns the words found in a name into a source, resolution and modifier, then a quality.
 * `isMovie` enables BR-DISK: full disc images are a movie thing; TV qualities have no such entry.
 */
export function resolveQuality(
  f: QualityFeatures,
  extension: string | null,
  revision: Revision,
  isMovie: boolean,
): QualityInfo {
  let source: Source = "unknown";
  let modifier: Modifier = "none";
  let resolution = f.resolution;
  let sourceFrom: DetectedFrom = "name";
  let resolutionFrom: DetectedFrom = f.resolution !== null ? "name" : "unknown";
  const sdCodec = f.codec === "xvid" || f.codec === "divx";

  switch (f.source) {
    case "bluray":
      source = "bluray";
      if (sdCodec && resolution === null) resolution = 480;
      if (f.remux || f.germanScene) modifier = "remux";
      if (modifier === "none" && isMovie && (f.discImage || f.discCodec) && !f.discExcluded) modifier = "brdisk";
      if (modifier === "brdisk") resolution = 1080;
      if (resolution === null) resolution = modifier === "remux" ? 1080 : 720;
      break;
    case "bdrip":
      source = "bluray";
      if (resolution === null || sdCodec) resolution = resolution ?? 480;
      break;
    case "webdl":
    case "webrip":
      source = f.source;
      if (resolution === null) resolution = f.bracketWebdl || f.animeWeb ? 720 : 480;
      break;
    case "hdtv":
      source = "tv";
      if (f.rawhd) modifier = "rawhd";
      if (resolution === null) resolution = f.bracketHdtv ? 720 : 480;
      break;
    case "pdtv":
      source = "tv";
      if (resolution === null) resolution = f.highDefPdtv ? 720 : 480;
      break;
    case "dvd":
      source = "dvd";
      resolution = 480;
      break;
    case "dvdr":
      source = "dvd";
      modifier = "remux";
      resolution = 480;
      break;
    case "screener":
      source = "dvd";
      modifier = "screener";
      break;
    case "regional":
      source = "dvd";
      modifier = "regional";
      break;
    case "cam":
    case "telesync":
    case "telecine":
    case "workprint":
      source = f.source;
      break;
    default: {
      sourceFrom = "unknown";
      if (f.rawhd) {
        source = "tv";
        modifier = "rawhd";
        sourceFrom = "name";
        break;
      }
      if (f.remux) {
        source = "bluray";
        modifier = "remux";
        sourceFrom = "name";
        resolution ??= 1080;
        break;
      }
      const fromExt = extensionQuality(extension);
      if (resolution !== null) {
        source = fromExt?.source ?? "tv";
        if (fromExt) sourceFrom = "extension";
        break;
      }
      if (f.codec === "h264" || sdCodec) {
        source = "tv";
        resolution = 480;
        break;
      }
      if (fromExt) {
        source = fromExt.source;
        resolution = fromExt.resolution;
        sourceFrom = "extension";
        resolutionFrom = "extension";
      }
    }
  }
  if (
    (modifier === "remux" && source === "bluray" && resolution !== null && resolution < 1080) ||
    (modifier === "rawhd" && source !== "tv")
  ) {
    modifier = "none";
  }
  const def = qualityFor(source, resolution, modifier);
  if (modifier === "rawhd") resolution = 1080;
  if (source === "tv" && resolution !== null && resolution < 720) resolution = 480;
  if (source === "bluray" && (resolution === 360 || resolution === 540)) resolution = 480;
  if ((source === "webdl" || source === "webrip") && resolution !== null && resolution < 720) resolution = 480;
  return { source, resolution, modifier, name: def.name, sourceFrom, resolutionFrom, revision };
}
