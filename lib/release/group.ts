import { isLanguageWord } from "./language";
import { AUDIO_WORDS, CODEC_WORDS, HDR_WORDS, SOURCE_WORDS } from "./quality/vocabulary";

/** Suffixes that indexers, reposters and obfuscators add after the real group. */
const REPOST_SUFFIX =
  /(?:[-_. ](?:RP|Obfuscated|Obfuscation|Scrambled|NZBgeek|postbot|xpost|Rakuv\w{0,12}|AsRequested|AlternativeToRequested|GEROV|Z0iDS3N|Chamele0n|4P|4Planet|AlteZachen|RePACKPOST|WhiteRev|BUYMORE|sample|Pre|1|English|mkv|mp4|avi)|\s*\[(?:eztv|ettv|rartv|rarbg|publichd)\]|\s+\([^()]{0,60},[^()]{0,60}\))$/i;

/** Groups whose names contain separators or sit where no general rule finds them. */
const KNOWN_GROUPS = [
  "D-Z0N3",
  "Fight-BB",
  "E.N.D",
  "BEN THE MEN",
  "BEN.THE.MEN",
  "Erai-raws",
  "Blu-bits",
  "DX-TV",
  "FTW-HS",
  "VH-PROD",
  "YTS.LT",
  "YTS.MX",
  "YTS.AG",
  "Eml HDTeam",
  "EML HDTeam",
  "-ZR-",
  "TAoE",
  "QxR",
  "KRaLiMaRKo",
  "UTR",
  "YIFY",
];
const KNOWN_GROUP_END = new RegExp(
  `(?:^|[-_. \\[(])(${KNOWN_GROUPS.map((g) => g.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})[\\])]?$`,
);

const HASH = /[[(]([0-9A-F]{8})[\])]/gi;

const TECH_WORD =
  /^(?:\d{3,4}[pi]|\d+(?:bits?|ch)?|[xh]\.?26[456]|hevc|avc|av1|hdr\d*\+?|hdr10plus|sdr|dv|dovi|aac|ac3|eac3|ddp?\d*|dts(?:-?(?:hd|ma|x|es))?|ma|truehd|atmos|flac|opus|mp3|web(?:-?dl|rip)?|bluray|blu-ray|bdrip|brrip|remux|hdtv|dvd(?:rip)?|mkv|mp4|hybrid|uhd|4k|hd|fhd|sd|dl|rip|tv|ray|x|es|dd\+?|multi|dual|audio|sub|subs|english|french|german|spanish|italian|korean|japanese|vostfr|proper|repack|internal|v\d|en|es|fr|de|it|ru|nf|amzn|dsnp|atvp|hmax|ip|bd|mvo)$/i;

function isTech(word: string): boolean {
  return TECH_WORD.test(word) || SOURCE_WORDS.has(word.toLowerCase()) || CODEC_WORDS.has(word.toLowerCase());
}

function validGroup(g: string): boolean {
  if (g.length === 0 || g.length > 40) return false;
  if (!/[a-z]/i.test(g) && !/^\d{5,}$/.test(g)) return false;
  if (/^(?:\d{3,4}[pi]|dl|hd|ma|x|es|tv|rip|ray|hr|sd|raw|cam|ts|dvd|dual|audio|mkv|mp4|avi|web|sample)$/i.test(g))
    return false;
  if (/^s\d+(?:e\d+)?/i.test(g) || /^\d+x\d+$/i.test(g) || /\d{3,4}p/i.test(g)) return false;
  if (CODEC_WORDS.has(g.toLowerCase()) || SOURCE_WORDS.has(g.toLowerCase())) return false;
  return true;
}

/** Words that end names without being a group: editions, flags, containers. */
const NOT_A_GROUP =
  /^(?:extended|unrated|uncut|uncensored|remastered|restored|theatrical|directors?|cut|edition|imax|limited|internal|proper|repack|rerip|real|complete|final|special|collection|trilogy|hybrid|remux|sample|hc|hardsub|softsub|readnfo|nfofix|festival|retail|ws|fs|oar|pal|ntsc|part|vol|cd\d|disc\d?|hq|lq|eng?|sdr|[0-9.]+)$/i;

/** A resolution, source, codec, audio or HDR word: what a name's technical tail is made of. */
function technicalTail(word: string): boolean {
  const w = word.toLowerCase();
  return (
    isTech(word) ||
    AUDIO_WORDS.has(w) ||
    HDR_WORDS.has(w) ||
    /^(?:\d{3,4}[pi]|\d{3,4}x\d{3,4}|[xh]26[456]|\d(?:\.\d)?ch|[257]\.[01]|hi10p?|10bits?)$/i.test(word)
  );
}

const TECHNICAL_BEFORE =
  /(?<![a-z0-9])(?:\d{3,4}p|[xh]\.?26[45]|hevc|xvid|divx|web-?dl|webrip|bluray|bdrip|hdtv|dvdrip)(?![a-z0-9])/i;

function plainGroup(word: string): boolean {
  return validGroup(word) && !isTech(word) && !isLanguageWord(word) && !NOT_A_GROUP.test(word) && !/^\d/.test(word);
}

/**
 * Groups written without a dash: "... x264 by Kaleido", "... x264 (Kaleido)", "... x264 {Kaleido}". Only after technical words, so a
 * title's last words are never taken. A bare last word ("... XviD LOL") is not a group: Sonarr's and Radarr's
 * tests say so, because it is as often a title word or a tag.
 */
function looseGroup(s: string): string | null {
  const last = s[s.length - 1];
  if (last !== ")" && last !== "}" && !/by/i.test(s)) return null;
  const m =
    /(?:^|[\s._])(?:by[\s._]{1,3}([A-Za-z][\w]{1,30})|\(([A-Za-z][\w-]{1,30})\)|\{([A-Za-z][\w-]{1,30})\})$/i.exec(s);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3];
  if (/^(?:tmdb|tvdb|imdb)/i.test(word)) return null;
  const before = s.slice(0, m.index).trimEnd();
  const prev = /([^\s._\-[\]()]+)[\])]?$/.exec(before)?.[1];
  if (prev === undefined || !plainGroup(word)) return null;
  return technicalTail(prev) || TECHNICAL_BEFORE.test(before) ? word : null;
}

export function findHash(name: string): string | null {
  let hash: string | null = null;
  HASH.lastIndex = 0;
  for (let m = HASH.exec(name); m; m = HASH.exec(name)) {
    if (/\d/.test(m[1]) && /[a-f]/i.test(m[1])) hash = m[1].toUpperCase();
  }
  return hash;
}

/** Release group from the end of a name; `subGroup` is a leading "[Group]" already found. */
export function findGroup(name: string, subGroup: string | null): string | null {
  if (subGroup) return subGroup;
  let s = name.trim();
  for (let i = 0; i < 5; i++) {
    const from = Math.max(0, s.length - 140);
    const m = REPOST_SUFFIX.exec(s.slice(from));
    if (!m || m.index + from === 0) break;
    s = s.slice(0, m.index + from).trimEnd();
  }
  const softsubs = /Softsubs\s*\(([^()\s]{1,30})\)/i.exec(s);
  if (softsubs) return softsubs[1];
  const known = KNOWN_GROUP_END.exec(s);
  if (known) return known[1];

  // "... [Group]" at the end (hashes and quality tags are not groups).
  const bracket = /\[([^\][\s]{1,40})\]$/.exec(s);
  if (bracket) {
    const g = bracket[1];
    if (
      !/^[0-9A-F]{8}$/i.test(g) &&
      validGroup(g) &&
      !isTech(g.replace(/-.*$/, "")) &&
      !/^www\.|\.(?:com|org|net|to|io|gov|edu)$/i.test(g)
    )
      return g;
  }
  // "...x264-GROUP", "... - GROUP", "...-GROUP-"
  const dash = /(?:-\s?|\s-\s?)([^\s\-.[\]()]{1,40})-?$/.exec(s);
  if (dash && validGroup(dash[1])) return dash[1];
  const bareDash = /-\[([^\]\s]{1,40})\]$/.exec(s);
  if (bareDash && validGroup(bareDash[1])) return bareDash[1];

  // "(1080p BluRay x265 10bit Kappa)", "[1080p x265 10bit Joy]", "(... English - DarQ)"
  const close = s[s.length - 1];
  if (close === ")" || close === "]") {
    const open = s.lastIndexOf(close === ")" ? "(" : "[");
    const inner = s.slice(open + 1, -1);
    const innerBracket = /\[([^\][\s]{1,40})\]$/.exec(inner);
    if (innerBracket && validGroup(innerBracket[1])) return innerBracket[1];
    const words = inner.split(/[\s.]+/).filter((w) => w.length > 0);
    const last = words[words.length - 1];
    const before = words[words.length - 2];
    if (
      last &&
      before &&
      words.length >= 3 &&
      words.some(isTech) &&
      !isTech(last) &&
      validGroup(last) &&
      !/^\d/.test(last)
    ) {
      return last.replace(/^-/, "");
    }
  }
  const afterParen = /\)\s+([A-Za-z][A-Za-z0-9]{1,20})$/.exec(s);
  if (afterParen && plainGroup(afterParen[1])) return afterParen[1];
  const dotted = /(?:[xh]\.?26[45]|hevc|avc|dts(?:-(?:hd|ma|x))?|flac|aac|ac3|truehd)\.([a-z][a-z0-9]{1,20})$/i.exec(s);
  if (dotted && validGroup(dotted[1]) && !isTech(dotted[1])) return dotted[1];
  return looseGroup(s);
}
