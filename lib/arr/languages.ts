import { ARR_LANGUAGES } from "@/lib/quality";
/**
 * The *arr language ids (lib/quality's table, shared with the TRaSH import) with Radarr's display names.
 * Mydia keeps no per-title language setting: `GET language` lists these, titles answer their original
 * language from them, and files answer the languages of their audio tracks.
 */
const DISPLAY: Record<string, string> = { PortugueseBrazil: "Portuguese (Brazil)", SpanishLatino: "Spanish (Latino)" };
const LANGUAGES: readonly [number, string][] = Object.entries(ARR_LANGUAGES)
  .map(([id, name]): [number, string] => [Number(id), DISPLAY[name] ?? name])
  .filter(([id]) => id >= 0)
  .sort((a, b) => a[0] - b[0]);

/** ISO 639-1 (TMDB's original_language) and 639-2 (ffprobe's audio tags) codes of those languages. */
const CODES: Record<string, number> = {
  en: 1,
  eng: 1,
  fr: 2,
  fre: 2,
  fra: 2,
  es: 3,
  spa: 3,
  de: 4,
  ger: 4,
  deu: 4,
  it: 5,
  ita: 5,
  da: 6,
  dan: 6,
  nl: 7,
  dut: 7,
  nld: 7,
  ja: 8,
  jpn: 8,
  is: 9,
  ice: 9,
  isl: 9,
  zh: 10,
  chi: 10,
  zho: 10,
  cn: 10,
  ru: 11,
  rus: 11,
  pl: 12,
  pol: 12,
  vi: 13,
  vie: 13,
  sv: 14,
  swe: 14,
  no: 15,
  nor: 15,
  nb: 15,
  nob: 15,
  fi: 16,
  fin: 16,
  tr: 17,
  tur: 17,
  pt: 18,
  por: 18,
  el: 20,
  gre: 20,
  ell: 20,
  ko: 21,
  kor: 21,
  hu: 22,
  hun: 22,
  he: 23,
  heb: 23,
  lt: 24,
  lit: 24,
  cs: 25,
  cze: 25,
  ces: 25,
  hi: 26,
  hin: 26,
  ro: 27,
  rum: 27,
  ron: 27,
  th: 28,
  tha: 28,
  bg: 29,
  bul: 29,
  ar: 31,
  ara: 31,
  uk: 32,
  ukr: 32,
  fa: 33,
  per: 33,
  fas: 33,
  bn: 34,
  ben: 34,
  sk: 35,
  slo: 35,
  slk: 35,
  lv: 36,
  lav: 36,
  ca: 38,
  cat: 38,
};

const NAMES = new Map(LANGUAGES);

export interface ArrLanguage {
  id: number;
  name: string;
}

export const arrLanguageOf = (code: string | null | undefined): ArrLanguage => {
  const id = code ? (CODES[code.toLowerCase()] ?? 0) : 0;
  return { id, name: NAMES.get(id)! };
};

/** `GET language`: "Any" (-1) and "Original" (-2) first, which quality profiles and custom formats use. */
export function arrLanguages(): { id: number; name: string; nameLower: string }[] {
  const extra: [number, string][] = [
    [-1, "Any"],
    [-2, "Original"],
  ];
  return [...extra, ...LANGUAGES].map(([id, name]) => ({ id, name, nameLower: name.toLowerCase() }));
}

export function arrLanguageById(id: number) {
  return arrLanguages().find((language) => language.id === id) ?? null;
}
