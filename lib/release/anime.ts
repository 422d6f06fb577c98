import { expandRange, type Marker } from "./marker";

export const HAN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const NON_LATIN_LETTER = /[\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
export const LATIN = /[a-z]/i;

const TAG_AFTER =
  "(?:\\d{3,4}x\\d{3,4}|VOSTFR|VF|vostfr|END|Fin|FHD|HD|SD|RAW|DVD|BD|ITA|ENG|par|\\d{3,4}p|Dual|Multi|English|Audio|Latino|Sub|Subbed|Dub|Dubbed|Hi10p|x26\\d|HEVC|AVC|AAC|720|1080|WEB|BDRip|Complete|Batch)";
const AFTER_NUMBER = new RegExp(
  `^[\\])]?(?:$|\\s*[\\[({【]|\\s+-\\s|\\s*v\\d|\\s*\\.(?:mkv|mp4)|\\s+${TAG_AFTER}(?![a-z]))`,
  "i",
);
const AFTER_BARE = new RegExp(`^(?:$|\\s*[\\[({【]|\\s*v\\d|\\s*\\.(?:mkv|mp4)|\\s+${TAG_AFTER}(?![a-z]))`, "i");
const GLUED_DASH = /(?<=[a-z!?])-(\d{2,4})(?=\s*[[(])/gi;

// " - 12", " - 031 - ", " - Episode 4", " - 01~10"
const DASH_NUMBER =
  /(?:^|\s)-\s{1,2}(?:(?:Episode|EP|E)\s?)?(\d{1,4})(\.\d)?(?:\.\d)?(?:v\d)?((?:\s?[-~]\s?\d{1,4})*)/gi;
// "01 - 119", "0955 ~ 1005" (the first number zero padded), "091-123", "1017-1088", "[01-05]", "(892-916)"
const PADDED_RANGE = /(?<=[\s[(])(0\d{1,3})\s?[-~]\s?(\d{1,4})(?=$|[\s\])])/g;
const TIGHT_RANGE = /(?<=[\s[(])(\d{1,4})-(\d{1,4})(?=$|[\s\])])/g;
const BRACKET_NUMBER = /[[(](\d{1,4})(?:v\d)?[\])]/g;
const BARE_NUMBER = /(?<=\s)(\d{2,4})(?:v\d)?(?=\s|$|[[(])/g;
const PADDED_WORDS = /(?<=\s)(0\d{1,3})(?=\s)/g;
const KEYWORD = /(?<![a-z])(?:Episode|Episodio|Épisode)[ ._]?(\d{1,4})(?:[ ._]?-[ ._]?(\d{1,4}))?(?![0-9])/gi;
const HASH_NUMBER = /(?<![a-z0-9&])#(\d{1,4})(?![0-9])/g;
const CURLY = /\{(\d{1,4})\}/g;
const TURKISH = /(?<![0-9])(\d{1,4})\.?\s?(?:Blm|Bölüm|Bolum)(?![a-z])/gi;
const CJK_EPISODE = /第(\d{1,4})(?:[-~](\d{1,4}))?[集话話]/g;
const SPECIAL_WORD = /(?<![a-z])(?:OVA|OVD|OAV|NCOP|NCED|Specials?)(?![a-z])/g;
const YEAR = /^(?:19|20)\d\d$/;

function isYear(n: string): boolean {
  return YEAR.test(n);
}

function addAbsolute(out: Marker[], start: number, end: number, absolute: number[], special?: number): void {
  const m: Marker = { type: "absolute", strength: 1, start, end, absolute };
  if (special !== undefined) {
    m.absolute = [];
    m.specialAbsolute = [special];
  }
  out.push(m);
}

/** Absolute episode numbers as anime and long-running shows write them. */
export function findAbsoluteMarkers(s: string, out: Marker[], anime: boolean): void {
  PADDED_RANGE.lastIndex = 0;
  for (let m = PADDED_RANGE.exec(s); m; m = PADDED_RANGE.exec(s)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a && !isYear(m[1])) addAbsolute(out, m.index, m.index + m[0].length, expandRange([a, b]));
  }
  TIGHT_RANGE.lastIndex = 0;
  for (let m = TIGHT_RANGE.exec(s); m; m = TIGHT_RANGE.exec(s)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a && !(isYear(m[1]) && isYear(m[2])) && AFTER_NUMBER.test(s.slice(m.index + m[0].length)))
      addAbsolute(out, m.index, m.index + m[0].length, expandRange([a, b]));
  }
  DASH_NUMBER.lastIndex = 0;
  for (let m = DASH_NUMBER.exec(s); m; m = DASH_NUMBER.exec(s)) {
    const end = m.index + m[0].length;
    if (!AFTER_NUMBER.test(s.slice(end))) continue;
    if (isYear(m[1]) && !anime) continue;
    const start = m.index + (m[0].startsWith("-") ? 0 : 1);
    if (m[2]) {
      addAbsolute(out, start, end, [], Number(m[1] + m[2]));
      continue;
    }
    const rest = m[3] ? (m[3].match(/\d{1,4}/g) ?? []).map(Number) : [];
    addAbsolute(out, start, end, expandRange([Number(m[1]), ...rest]));
  }
  KEYWORD.lastIndex = s.length;
  if (/pisod/i.test(s)) KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(s); m; m = KEYWORD.exec(s)) {
    addAbsolute(out, m.index, m.index + m[0].length, m[2] ? expandRange([Number(m[1]), Number(m[2])]) : [Number(m[1])]);
  }
  const lower = s.toLowerCase();
  const present = [
    s.includes("#"),
    s.includes("{"),
    lower.includes("bl") || lower.includes("bö"),
    s.includes("第"),
    s.includes("-"),
  ];
  const extra = [HASH_NUMBER, CURLY, TURKISH, CJK_EPISODE, GLUED_DASH];
  for (let k = 0; k < extra.length; k++) {
    if (!present[k]) continue;
    const re = extra[k];
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      addAbsolute(
        out,
        m.index,
        m.index + m[0].length,
        m[2] ? expandRange([Number(m[1]), Number(m[2])]) : [Number(m[1])],
      );
    }
  }
  BRACKET_NUMBER.lastIndex = 0;
  for (let m = BRACKET_NUMBER.exec(s); m; m = BRACKET_NUMBER.exec(s)) {
    if (!isYear(m[1]) && m.index > 0) addAbsolute(out, m.index, m.index + m[0].length, [Number(m[1])]);
  }
  BARE_NUMBER.lastIndex = 0;
  for (let m = BARE_NUMBER.exec(s); m; m = BARE_NUMBER.exec(s)) {
    const end = m.index + m[0].length;
    if (isYear(m[1]) || !AFTER_BARE.test(s.slice(end))) continue;
    addAbsolute(out, m.index, end, [Number(m[1])]);
  }
  if (anime) {
    PADDED_WORDS.lastIndex = 0;
    for (let m = PADDED_WORDS.exec(s); m; m = PADDED_WORDS.exec(s)) {
      out.push({ type: "absolute", strength: 0, start: m.index, end: m.index + m[0].length, absolute: [Number(m[1])] });
    }
    SPECIAL_WORD.lastIndex = 0;
    for (let m = SPECIAL_WORD.exec(s); m; m = SPECIAL_WORD.exec(s)) {
      out.push({
        type: "special",
        strength: 0,
        start: m.index,
        end: m.index + m[0].length,
        special: true,
        absolute: [],
      });
    }
  }
}

/** Absolute numbers written next to S01E05 in anime names: "Show - 05 - S01E05", "S10E14 214", "(001-002)". */
export function adjacentAbsolute(
  s: string,
  marker: Marker,
  anime: boolean,
): { absolute: number[]; special?: number; titleEnd?: number } | null {
  const after = s.slice(marker.end);
  const paren = /^\s?\((\d{2,4})(?:-(\d{2,4}))*\)/.exec(after);
  if (paren) return { absolute: expandRange((paren[0].match(/\d{2,4}/g) ?? []).map(Number)) };
  const dash = /^\s-\s(0\d{2,3}(?:-\d{2,4})*)(?=\s|$)/.exec(after);
  if (dash) return { absolute: expandRange(dash[1].split("-").map(Number)) };
  if (!anime) return null;
  const next = /^[ ._](\d{2,4})(?=$|[ ._[(])/.exec(after);
  if (next && !isYear(next[1])) return { absolute: [Number(next[1])] };
  const before = /(?:^|\s)(-\s)?(\d{2,4})(\.\d)?\s(?:-\s|\()?$/.exec(s.slice(0, marker.start));
  if (before && !isYear(before[2]) && (before[1] !== undefined || before[2].length >= 3)) {
    const titleEnd = before.index + (before[0].startsWith(" ") ? 1 : 0);
    if (before[3]) return { absolute: [], special: Number(before[2] + before[3]), titleEnd };
    return { absolute: [Number(before[2])], titleEnd };
  }
  return null;
}

export interface BracketRelease {
  title: string;
  absolute: number[];
  titleStart: number;
}

const EPISODE_SEGMENT = /^(?:第)?(\d{1,4})(?:[-~](\d{1,4}))?\s?(?:END|Fin|完|集|话|話|v\d)?\s?(?:END|完)?$/i;

/**
 * Fansub names made of bracketed segments: "[Group][中文名 / English Title][12][1080p]".
 * Picks the first purely Latin segment, else a mixed one, else the segment before the number.
 */
export function parseBracketed(s: string, exclude: number | null = null): BracketRelease | null {
  const segments: { text: string; start: number }[] = [];
  const re = /[[【]([^\]】]*)[\]】]|([^[【]+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const text = (m[1] ?? m[2]).trim();
    if (text.length > 0) segments.push({ text, start: m.index + (m[1] !== undefined ? 1 : 0) });
    if (segments.length > 40) break;
  }
  const epIndex = segments.findIndex(
    (seg, i) => i > 0 && seg.start !== exclude && EPISODE_SEGMENT.test(seg.text) && !isYear(seg.text),
  );
  if (epIndex < 1) return null;
  const ep = EPISODE_SEGMENT.exec(segments[epIndex].text);
  if (!ep) return null;
  const absolute = ep[2] ? expandRange([Number(ep[1]), Number(ep[2])]) : [Number(ep[1])];
  const candidates = segments
    .slice(0, epIndex)
    .filter((seg) => !isYear(seg.text) && !/^[★☆\s\d月新番国漫]+$/.test(seg.text));
  const usable = candidates.filter((seg) => segments.indexOf(seg) > 0);
  const chosen =
    usable.find((seg) => LATIN.test(seg.text) && !HAN.test(seg.text)) ??
    usable.find((seg) => LATIN.test(seg.text)) ??
    usable[usable.length - 1];
  if (!chosen) return null;
  let title = chosen.text;
  if (HAN.test(title) && LATIN.test(title)) {
    const parts = title.split(/\s*[/|_·]\s*/).filter((p) => LATIN.test(p));
    title = parts[parts.length - 1] ?? title;
    title = title.replace(new RegExp(`(?:\\s+[^\\sa-z0-9]*${HAN.source}[^\\s]*)+$`, "i"), "");
  } else {
    title = title.replace(/_/g, " ");
  }
  title = title.replace(/[-\s]+$/, "").trim();
  return { title, absolute, titleStart: chosen.start };
}
