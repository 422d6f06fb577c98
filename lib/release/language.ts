import type { Token } from "./tokens";

/** Language names follow the Sonarr enum spelling, so settings and imports can share them. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ...Object.entries({
    english: "English",
    french: "French",
    truefrench: "French",
    spanish: "Spanish",
    castellano: "Spanish",
    español: "Spanish",
    espanol: "Spanish",
    german: "German",
    deutsch: "German",
    swissgerman: "German",
    italian: "Italian",
    danish: "Danish",
    dutch: "Dutch",
    nederlands: "Dutch",
    japanese: "Japanese",
    icelandic: "Icelandic",
    chinese: "Chinese",
    cantonese: "Chinese",
    mandarin: "Chinese",
    korean: "Korean",
    russian: "Russian",
    polish: "Polish",
    vietnamese: "Vietnamese",
    swedish: "Swedish",
    norwegian: "Norwegian",
    finnish: "Finnish",
    turkish: "Turkish",
    portuguese: "Portuguese",
    flemish: "Flemish",
    greek: "Greek",
    hungarian: "Hungarian",
    hebrew: "Hebrew",
    hebdub: "Hebrew",
    lithuanian: "Lithuanian",
    czech: "Czech",
    arabic: "Arabic",
    hindi: "Hindi",
    bulgarian: "Bulgarian",
    bgaudio: "Bulgarian",
    malayalam: "Malayalam",
    ukrainian: "Ukrainian",
    ukranian: "Ukrainian",
    slovak: "Slovak",
    thai: "Thai",
    brazilian: "PortugueseBrazil",
    dublado: "PortugueseBrazil",
    latino: "SpanishLatino",
    romanian: "Romanian",
    rodubbed: "Romanian",
    catalan: "Catalan",
    català: "Catalan",
    catalán: "Catalan",
    catala: "Catalan",
    latvian: "Latvian",
    persian: "Persian",
    farsi: "Persian",
    bengali: "Bengali",
    telugu: "Telugu",
    kannada: "Kannada",
    albanian: "Albanian",
    afrikaans: "Afrikaans",
    marathi: "Marathi",
    tagalog: "Tagalog",
    filipino: "Tagalog",
    mongolian: "Mongolian",
    khalkha: "Mongolian",
    urdu: "Urdu",
    romansh: "Romansh",
    rumantsch: "Romansh",
    romansch: "Romansh",
    georgian: "Georgian",
    azerbaijani: "Azerbaijani",
    azerbaijan: "Azerbaijani",
    uzbek: "Uzbek",
    uzbekistan: "Uzbek",
    estonian: "Estonian",
    serbian: "Serbian",
    croatian: "Croatian",
    slovenian: "Slovenian",
    tamil: "Tamil",
    indonesian: "Indonesian",
    malay: "Malay",
    inglés: "English",
    ingles: "English",
    vff: "French",
    vfq: "French",
    vfi: "French",
    vf: "French",
    vf2: "French",
    orig: "Original",
    original: "Original",
    lv: "Latvian",
  }),
]);

/** Three-letter codes: any case. */
const CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    eng: "English",
    ing: "English",
    fre: "French",
    fra: "French",
    spa: "Spanish",
    esp: "Spanish",
    ger: "German",
    deu: "German",
    ita: "Italian",
    jap: "Japanese",
    jpn: "Japanese",
    rus: "Russian",
    pol: "Polish",
    por: "Portuguese",
    hun: "Hungarian",
    heb: "Hebrew",
    cze: "Czech",
    hin: "Hindi",
    ukr: "Ukrainian",
    kor: "Korean",
    vie: "Vietnamese",
    tur: "Turkish",
    nor: "Norwegian",
    swe: "Swedish",
    fin: "Finnish",
    dan: "Danish",
    lav: "Latvian",
    lat: "Latvian",
    bul: "Bulgarian",
    ara: "Arabic",
    tel: "Telugu",
    chs: "Chinese",
    cht: "Chinese",
    big5: "Chinese",
    geo: "Georgian",
    cat: "Catalan",
    tha: "Thai",
    est: "Estonian",
  }),
);

/** Two-letter codes only count in capitals; in lower case they are ordinary words. */
const UPPER_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    FR: "French",
    PL: "Polish",
    RU: "Russian",
    LT: "Lithuanian",
    LV: "Latvian",
    BG: "Bulgarian",
    SK: "Slovak",
    CZ: "Czech",
    KA: "Georgian",
    ES: "Spanish",
    NL: "Dutch",
    HU: "Hungarian",
    GB: "Chinese",
    UA: "Ukrainian",
    EN: "English",
    DE: "German",
    IT: "Italian",
    JA: "Japanese",
    JP: "Japanese",
    RO: "Romanian",
    TR: "Turkish",
    PT: "Portuguese",
  }),
);

const CJK_CHINESE = /[简繁]|中文|国语|國語|字幕|粤语/;

export interface LanguageResult {
  languages: string[];
  multi: boolean;
  dual: boolean;
}

const stripCount = (w: string): string => w.replace(/^\d+x?(?=[a-z])/, "");
const DUBBED = /^(?:([a-z]{2,3})(?:dub|dubbed|lek)|(?:dub|lek)([a-z]{2,3}))$/;

function codeLanguage(code: string): string | undefined {
  return CODES.get(code) ?? UPPER_CODES.get(code.toUpperCase());
}

/** Whether a word names a language ("English", "Latino", "ITA", "VOSTFR"), so it is not a release group. */
export function isLanguageWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    WORDS.has(w) ||
    CODES.has(w) ||
    UPPER_CODES.has(word) ||
    DUBBED.test(w) ||
    /^(?:multi|dual|vost\w*|vf\w*|subs?|subbed|dubbed|dub|sub\w{0,3})$/.test(w)
  );
}

function addLanguage(found: string[], l: string): void {
  if (!found.includes(l)) found.push(l);
}

/** Reads languages from the tokens after the title ("tail"); words of the title never count. */
export function parseLanguages(tail: Token[], raw: string): LanguageResult {
  const found: string[] = [];
  let multi = false;
  let dual = false;
  let sawGerman = false;
  let originalFromDl = false;
  let english = false;
  let afterSub = false;
  for (let i = 0; i < tail.length; i++) {
    const t = tail[i];
    const w = stripCount(t.lower);
    const prev = tail[i - 1];
    const next = tail[i + 1];
    if (w === "sub" || w === "subs" || w === "subtitles" || w === "subbed" || w === "subtitulado") {
      afterSub = w === "sub";
      continue;
    }
    if (w === "multi") multi = true;
    if (w === "dual" || w === "dualaudio") dual = true;
    if (/sub(?:s|bed)?$/.test(w) && w.length > 4) continue;
    if (w === "dl" && sawGerman && prev?.lower !== "web") originalFromDl = true;
    if (w === "ml" && sawGerman) {
      originalFromDl = true;
      english = true;
    }
    if ((w === "pt" && next?.lower === "br") || w === "ptbr") {
      addLanguage(found, "PortugueseBrazil");
      continue;
    }
    if (w === "bg" && next?.lower === "audio") {
      addLanguage(found, "Bulgarian");
      continue;
    }
    if (
      (w === "pl" || w === "lek" || w === "dub") &&
      (next?.lower === "lek" ||
        next?.lower === "dub" ||
        next?.lower === "pl" ||
        prev?.lower === "lek" ||
        prev?.lower === "dub")
    ) {
      if (w === "pl" || next?.lower === "pl") addLanguage(found, "Polish");
      continue;
    }
    if (w === "es" && prev?.lower === "dts") continue;
    const dubbed = DUBBED.exec(w);
    if (dubbed) {
      const l = codeLanguage(dubbed[1] ?? dubbed[2]);
      if (l) addLanguage(found, l);
      continue;
    }
    if (
      next &&
      next.before.length === 1 &&
      next.before !== " " &&
      /^subs?$/.test(next.lower) &&
      (CODES.has(w) || UPPER_CODES.has(t.text))
    ) {
      i++;
      continue;
    }
    let lang = WORDS.get(w);
    const isCode = lang === undefined;
    if (lang === undefined) lang = CODES.get(w);
    if (lang === undefined && t.text.length === 2) lang = UPPER_CODES.get(t.text);
    if (lang === undefined) {
      afterSub = false;
      continue;
    }
    if (afterSub && isCode) continue;
    // A run of codes right before "Sub" lists subtitles ("Ger.Eng.Sub"), not audio.
    if (isCode) {
      let j = i + 1;
      while (j < tail.length && (CODES.has(stripCount(tail[j].lower)) || UPPER_CODES.has(tail[j].text))) j++;
      if (tail[j]?.lower === "sub" && tail[j].before.length <= 1) {
        i = j;
        continue;
      }
    } else if (next?.lower === "sub") {
      continue;
    }
    if (lang === "German") sawGerman = true;
    addLanguage(found, lang);
  }
  if (CJK_CHINESE.test(raw)) addLanguage(found, "Chinese");
  if (originalFromDl) addLanguage(found, "Original");
  if (english) addLanguage(found, "English");
  return { languages: found, multi, dual };
}

const SUB_TAGS = new Set(["forced", "default", "sdh", "cc", "hi", "foreign"]);
const SUB_CODES: ReadonlyMap<string, string> = new Map([
  ...CODES,
  ...Object.entries({
    en: "English",
    fr: "French",
    de: "German",
    es: "Spanish",
    it: "Italian",
    nl: "Dutch",
    pt: "Portuguese",
    ru: "Russian",
    ja: "Japanese",
    zh: "Chinese",
    ko: "Korean",
    pl: "Polish",
    sv: "Swedish",
    da: "Danish",
    no: "Norwegian",
    fi: "Finnish",
  }),
]);

export interface SubtitleInfo {
  languages: string[];
  tags: string[];
  title: string | null;
}

/** Subtitle files carry language, tags and a title after the video name: "Name.eng.forced.ass". */
export function parseSubtitleName(name: string): SubtitleInfo {
  const cut = Math.max(name.lastIndexOf("]"), name.lastIndexOf(")"));
  const tailText = cut >= 0 ? name.slice(cut + 1) : name;
  const parts = tailText.split(/[.]/).slice(cut >= 0 ? 1 : 1);
  const headless = cut < 0 && parts.length === 0 ? name.split(/[-_]/).slice(1) : parts;
  let language: string | null = null;
  const tags: string[] = [];
  const titleParts: string[] = [];
  for (const p of headless) {
    const lower = p.toLowerCase().trim();
    const lang = SUB_CODES.get(lower) ?? WORDS.get(lower);
    if (lang && language === null) language = lang;
    else if (SUB_TAGS.has(lower)) tags.push(lower);
    else if (lower.length > 0) titleParts.push(p.trim());
  }
  if (language === null) {
    const m = /[-_. ]([a-z]{2,3}|english|french|german|spanish)(?:[-_. ](?:forced|default|sdh|cc|hi))*$/i.exec(name);
    if (m) language = SUB_CODES.get(m[1].toLowerCase()) ?? WORDS.get(m[1].toLowerCase()) ?? null;
    if (language === null) return { languages: [], tags: [], title: null };
  }
  return {
    languages: [language],
    tags: tags.filter((t) => t === "forced" || t === "default"),
    title: titleParts.length > 0 ? titleParts.join(".") : null,
  };
}
