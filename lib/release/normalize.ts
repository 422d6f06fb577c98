/** Longest input the parser looks at; anything longer is cut before parsing. */
export const MAX_INPUT_LENGTH = 512;

const VIDEO_EXTENSIONS = new Set([
  "mkv",
  "mp4",
  "avi",
  "m4v",
  "ts",
  "m2ts",
  "mts",
  "wmv",
  "mov",
  "mpg",
  "mpeg",
  "divx",
  "xvid",
  "webm",
  "flv",
  "iso",
  "img",
  "vob",
  "mk3d",
  "3gp",
  "rmvb",
  "rm",
  "ogm",
  "ogv",
  "m2v",
  "wtv",
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
const SUBTITLE_EXTENSIONS = new Set(["srt", "sub", "ass", "ssa", "idx", "vtt", "sup", "smi"]);
const OTHER_EXTENSIONS = new Set(["nfo", "nzb", "torrent", "par2", "rar", "sfv", "txt", "jpg", "png"]);

export function isSubtitleExtension(ext: string | null): boolean {
  return ext !== null && SUBTITLE_EXTENSIONS.has(ext);
}

function isKnownExtension(ext: string): boolean {
  return VIDEO_EXTENSIONS.has(ext) || SUBTITLE_EXTENSIONS.has(ext) || OTHER_EXTENSIONS.has(ext);
}

/** Folds look-alike digits and invisible characters to plain ASCII so one set of rules applies. */
export function cleanCharacters(input: string): string {
  let out = "";
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if ((c >= 0x200b && c <= 0x200f) || c === 0xfeff || c === 0xfffd) continue;
    else if (c < 32 || c === 127) out += " ";
    else out += input[i];
  }
  return out;
}

export interface SplitName {
  /** Parent folders, nearest last. */
  folders: string[];
  /** File or release name without its extension. */
  name: string;
  extension: string | null;
}

function looksLikePath(s: string): boolean {
  if (s.includes("\\") || /^[a-z]:/i.test(s) || s.startsWith("/")) return true;
  const slash = s.lastIndexOf("/");
  if (slash < 0) return false;
  const last = s.slice(slash + 1);
  const dot = last.lastIndexOf(".");
  return dot > 0 && isKnownExtension(last.slice(dot + 1).toLowerCase()) && s[slash - 1] !== " ";
}

export function splitExtension(name: string): { name: string; extension: string | null } {
  const trimmed = name.trim();
  const dot = trimmed.lastIndexOf(".");
  if (dot < 0 || trimmed.length - dot > 8) return { name: trimmed, extension: null };
  const ext = trimmed.slice(dot + 1).toLowerCase();
  if (!isKnownExtension(ext)) return { name: trimmed, extension: null };
  return { name: trimmed.slice(0, dot).trim(), extension: ext };
}

export function splitPath(input: string): SplitName {
  const s = input.trim();
  if (!looksLikePath(s)) return { folders: [], ...splitExtension(s) };
  const parts = s.split(/[\\/]+/).filter((p) => p.length > 0);
  const file = parts.pop() ?? "";
  const folders = parts.filter((p) => !/^[a-z]:$/i.test(p));
  return { folders, ...splitExtension(file) };
}

const TLD =
  "com|net|org|info|biz|io|to|tv|me|cc|ws|xyz|co|us|uk|de|fr|nl|ca|au|nz|za|ru|pl|it|es|se|lt|gg|am|ag|mx|pt|in|club|site|online|top|pw|is|lol|link|tc|sx|li|ch|at|be|dk|no|fi|cz|sk|ro|gr|tr|br|ar|cl|jp|kr|cn|tw|hk|sg|ph|vn|id|my";
const WEBSITE_PREFIX = new RegExp(
  `^[\\[(]?\\s*(?:www\\.)?[a-z0-9][a-z0-9-]{0,60}(?:\\.[a-z0-9-]{1,60}){0,2}\\.(?:${TLD})(?:\\.(?:${TLD}))?(?:\\s*[\\])]\\s*(?:-\\s*)?|\\s+-\\s+|\\s{2,})`,
  "i",
);
const WWW_PREFIX = /^[[(]?\s*www\.[a-z0-9-]{1,60}\.[a-z]{2,6}(?:\s*[\])]\s*(?:-\s*)?|\s+-\s+|\s{2,})/i;
const REQUEST_PREFIX = /^\[[^\]]{1,40}\]\[\d{1,10}\]\s*/;
const GENERIC_TLD = "com|net|org|info|to|io|gov|edu|tv|me|cc|ws|biz|xyz|club|site|online|top|lol|link";
const TRAILING_JUNK = new RegExp(
  `(?:[-\\s.]*\\[(?:www\\.[a-z0-9-]{1,60}(?:\\.[a-z0-9-]{1,60}){0,2}\\.[a-z]{2,6}|[a-z0-9-]{1,60}(?:\\.[a-z0-9-]{1,60}){0,2}\\.(?:${GENERIC_TLD}))\\]|\\s*\\[(?:eztv|ettv|rartv|rarbg|cttv|publichd|TJET|TGx)\\]|\\s*\\(S:\\d{1,6}/L:\\d{1,6}\\)|\\s*\\[\\d{1,5}(?:\\.\\d{1,2})?\\s?[MG]B\\])$`,
  "i",
);

export interface SiteStrip {
  text: string;
  /** Characters removed from the start. */
  offset: number;
}

/** Removes website prefixes ("[ www.site.com ] - ") and tracker suffixes ("[eztv]", "[rarbg.com]"). */
export function stripSites(name: string): SiteStrip {
  let text = name.trim();
  let offset = name.length - name.trimStart().length;
  for (let i = 0; i < 3; i++) {
    const m = REQUEST_PREFIX.exec(text) ?? WWW_PREFIX.exec(text) ?? WEBSITE_PREFIX.exec(text);
    if (!m || m[0].length >= text.length) break;
    offset += m[0].length;
    text = text.slice(m[0].length);
  }
  for (let i = 0; i < 4; i++) {
    const last = text[text.length - 1];
    if (last !== "]" && last !== ")") break;
    const from = Math.max(0, text.length - 90);
    const m = TRAILING_JUNK.exec(text.slice(from));
    if (!m || m.index + from === 0) break;
    text = text.slice(0, m.index + from);
  }
  return { text: text.trimEnd(), offset };
}
