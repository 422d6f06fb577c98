export { parse } from "./parse";
export { toParseSummary, parseSummarySchema, type ParseSummary } from "./summary";
export { QUALITIES, qualityByName, qualityFor, type QualityDefinition } from "./qualities";
export { MAX_INPUT_LENGTH } from "./normalize";
export type {
  AudioCodec,
  AudioInfo,
  DetectedFrom,
  Explanation,
  Hdr,
  Modifier,
  QualityInfo,
  ReleaseHints,
  ReleaseInfo,
  ReleaseKind,
  Revision,
  Source,
  VideoCodec,
} from "./types";

import { parse } from "./parse";
import type { Explanation, ReleaseHints } from "./types";

/** Which part of the name gave which field, for the UI's "why" view. */
export function explain(name: string, hints?: ReleaseHints): Explanation[] {
  return parse(name, hints).explanation;
}
