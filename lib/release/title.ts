import { HAN, LATIN, NON_LATIN_LETTER } from "./anime";

const TRAILING = /[\s\-–_.,:;/|([{+~]+$/;
const LEADING = /^[\s\-–_.,:;/|)\]}+~]+/;

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

function balance(s: string): string {
  if (!s.includes("(") && !s.includes("[")) return s;
  let out = s;
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"],
  ] as const) {
    const opens = count(out, open);
    const closes = count(out, close);
    if (opens > closes && out.startsWith(open)) out = out.slice(1);
    else if (opens > closes) {
      const i = out.lastIndexOf(open);
      const inner = out.slice(i + 1);
      out = /^(?:19|20)\d\d$/.test(inner.trim()) ? `${out.slice(0, i + 1)}${inner.trim()}${close}` : out.slice(0, i);
    }
  }
  return out;
}

/** Sonarr's series title: dots and underscores become spaces, the year stays ("Series Title (2010)"). */
export function cleanSeriesTitle(raw: string): string {
  let s = raw
    .replace(/_/g, " ")
    .replace(/\.(?! )/g, " ")
    .replace(/[?<>"]/g, "");
  s = s.replace(LEADING, "");
  const leadingTag = /^\[[^\]]{1,20}\]\s*(?=\S)/.exec(s);
  if (leadingTag) s = s.slice(leadingTag[0].length);
  for (let i = 0; i < 3; i++) {
    s = s.replace(TRAILING, "");
    s = balance(s).trim();
  }
  s = s.replace(/\s{2,}/g, " ");
  for (let i = 0; i < 3; i++) {
    const tag = /\s*\[([^\]]*)\]$/.exec(s);
    if (!tag || tag.index === 0 || !/(?:HDTV|WEB|\d{3,4}p|Blu-?Ray|DVD|x26[45]|SDTV|HEVC)/i.test(tag[1])) break;
    s = s.slice(0, tag.index).trim();
  }
  // "Complete Series" / "Complete" before a season range belongs to the pack, not the title.
  s = s.replace(/\s+(?:Complete(?:\s+Series)?|COMPLETE)$/i, "");
  return s.trim();
}

const ABBREVIATION = /^(?:dr|mr|mrs|ms|jr|sr|st|vs|mt)$/i;

/** Radarr's movie title: dots become spaces except in acronyms (R.I.P.D., L.A.) and Dr./Mr. */
export function cleanMovieTitle(raw: string): string {
  let s = raw.replace(/_/g, " ");
  if (s.includes(".")) {
    const parts = s.split(".");
    const letter = (p: string | undefined): boolean => p !== undefined && /^[a-z]$/i.test(p);
    let out = "";
    for (let i = 0; i < parts.length; i++) {
      out += parts[i];
      if (i === parts.length - 1) break;
      const inAcronym = letter(parts[i]) && (letter(parts[i - 1]) || letter(parts[i + 1]));
      if (inAcronym) out += letter(parts[i + 1]) || parts[i + 1] === "" ? "." : ". ";
      else if (ABBREVIATION.test(parts[i].split(" ").pop() ?? "")) out += ". ";
      else out += " ";
    }
    s = out;
  }
  s = s.replace(LEADING, "").replace(/\s+$/, "");
  for (let i = 0; i < 3; i++) s = balance(s.replace(/[\s\-–_,:;/|([{+~]+$/, "")).trim();
  return s.trim();
}

export interface TitleYear {
  title: string;
  year: number | null;
}

// "Title (2010)", "Title 2010", "Title (2008-2013)": a run of years gives its first.
const TRAILING_YEAR = /^(.*?\S)[\s.([-]+((?:19|20)\d\d)(?:\s?[-–]\s?(?:19|20)\d\d)?[)\]]?$/;

export function splitTrailingYear(title: string): TitleYear {
  const m = TRAILING_YEAR.exec(title);
  if (!m) return { title, year: null };
  return { title: m[1].replace(/[\s\-(]+$/, ""), year: Number(m[2]) };
}

/** "A AKA B", "Original / English": all the names a release gives, in order. */
export function splitAlternatives(title: string): string[] {
  const aka = title.split(/\s+\(?(?:AKA|a\.k\.a\.?)\s+/i);
  if (aka.length > 1 && aka.every((p) => p.trim().length > 0)) {
    return aka
      .map((p) =>
        p
          .replace(/^\(|\)$/g, "")
          .replace(/\s*\($/, "")
          .trim(),
      )
      .filter((p) => p.length > 0);
  }
  if (NON_LATIN_LETTER.test(title) && /\s[/|]\s|[/|]/.test(title)) {
    const parts = title
      .split(/\s*[/|]\s*/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    if (parts.length > 1) return parts;
  }
  return [title];
}

/** The part of a mixed-script title a library will know: the last Latin part. */
export function latinTitle(parts: string[]): string {
  for (let i = parts.length - 1; i >= 0; i--) {
    if (LATIN.test(parts[i])) {
      let t = parts[i];
      if (HAN.test(t)) t = t.replace(new RegExp(`(?:\\s+[^\\sa-z0-9]*${HAN.source}\\S*)+$`, "i"), "").trim();
      return t;
    }
  }
  return parts[parts.length - 1];
}

/** Drops a leading run of Chinese/Japanese text before a Latin title ("我的人间烟火.Fireworks.Series"). */
export function stripLeadingHan(s: string): string {
  if (/[/|]/.test(s)) return s;
  const m = /^[^a-z]*?[\u3400-\u9fff\u3040-\u30ff][^a-z]*?[.\s\]】](?=[a-z])/i.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  return HAN.test(rest) ? s : rest;
}
