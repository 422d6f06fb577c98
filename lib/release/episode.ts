import { expandRange, wordNumber, type Marker } from "./marker";

const SE = /(?<![0-9])s(\d{1,4})[ ._-]{0,3}(?:ep?|xe?)[ ._]?(\d{1,5})(?![0-9])/gi;
const LEADING_SE = /^(\d{1,2})-(\d{2})(?=\s)/;
const NX = /(?<![a-z0-9])(\d{1,4})x(\d{1,3})(?![0-9])/gi;
const CONT_LETTER = /[ ._-]{0,3}(?:s(\d{1,4})[ ._]?(?:ep?|x)|(?<=[-. ])(\d{1,4})x|ep?|x)[ ._]?(\d{1,5})(?![0-9])/iy;
const CONT_DASH = /[-_](\d{1,4})(?![0-9a-z])/iy;
const OF_TOTAL = /[ ._]?of[ ._]?(\d{1,3})(?![0-9])/iy;
const SPECIAL_DECIMAL = /\.5(?=$|[ [(])/y;
const SPLIT = /[ab](?![a-z0-9])/y;

function readContinuation(
  s: string,
  start: number,
  first: number,
  season: number,
): { episodes: number[]; end: number; ranged: boolean } {
  const numbers = [first];
  let pos = start;
  let ranged = false;
  for (let i = 0; i < 60; i++) {
    CONT_LETTER.lastIndex = pos;
    const letter = CONT_LETTER.exec(s);
    let value: string | undefined;
    let m: RegExpExecArray | null = letter;
    if (letter && !/x26[456]/i.test(letter[0]) && (letter[1] ?? letter[2]) === undefined) value = letter[3];
    else if (letter && !/x26[456]/i.test(letter[0]) && Number(letter[1] ?? letter[2]) === season) value = letter[3];
    else m = null;
    if (!m) {
      CONT_DASH.lastIndex = pos;
      m = CONT_DASH.exec(s);
      if (m) {
        ranged = true;
        value = m[1];
      }
    }
    if (!m || value === undefined) break;
    const n = Number(value);
    if (n <= numbers[numbers.length - 1]) break;
    numbers.push(n);
    pos = m.index + m[0].length;
  }
  return { episodes: expandRange(numbers), end: pos, ranged };
}

function isResolution(a: number, b: number): boolean {
  return b >= 240 && a / b >= 1.2 && a / b <= 2.6;
}

function episodeMarker(s: string, type: "se" | "nx", m: RegExpExecArray): Marker | null {
  const season = Number(m[1]);
  const first = Number(m[2]);
  if (type === "nx" && isResolution(season, first)) return null;
  const cont = readContinuation(s, m.index + m[0].length, first, season);
  const marker: Marker = { type, strength: 2, start: m.index, end: cont.end, season, episodes: cont.episodes };
  SPECIAL_DECIMAL.lastIndex = cont.end;
  if (SPECIAL_DECIMAL.test(s)) marker.special = true;
  SPLIT.lastIndex = cont.end;
  if (SPLIT.test(s)) marker.splitEpisode = true;
  OF_TOTAL.lastIndex = cont.end;
  const of = OF_TOTAL.exec(s);
  if (
    of &&
    cont.episodes[0] === 1 &&
    cont.episodes.length > 1 &&
    cont.episodes[cont.episodes.length - 1] === Number(of[1])
  ) {
    marker.type = "pack";
    marker.episodes = [];
    marker.fullSeason = true;
  }
  return marker;
}

export function findEpisodeMarkers(s: string, out: Marker[]): void {
  const lead = LEADING_SE.exec(s);
  if (lead)
    out.push({
      type: "se",
      strength: 2,
      start: 0,
      end: lead[0].length,
      season: Number(lead[1]),
      episodes: [Number(lead[2])],
    });
  SE.lastIndex = 0;
  for (let m = SE.exec(s); m; m = SE.exec(s)) {
    const marker = episodeMarker(s, "se", m);
    if (marker) {
      out.push(marker);
      SE.lastIndex = Math.max(marker.end, m.index + 1);
    }
  }
  NX.lastIndex = 0;
  for (let m = NX.exec(s); m; m = NX.exec(s)) {
    const marker = episodeMarker(s, "nx", m);
    if (marker) {
      out.push(marker);
      NX.lastIndex = Math.max(marker.end, m.index + 1);
    }
  }
}

const SEASON_EPISODE =
  /(?<![a-z0-9])(?:season|saison|stagione|temporada|series)[ ._-]{0,3}(\d{1,4})[ ._-]{0,3}(?:episode|episodio|ep|e)[ ._-]{0,3}(\d{1,4})(?:[ ._]?-[ ._]?(\d{1,4}))?/gi;
const CAP = /(?<![a-z])Cap[. ]{0,2}(\d{1,2})(\d{2})(?:_(\d{1,2})(\d{2}))?(?![0-9])/gi;
const DUTCH = /(?<![a-z])Se\.?(\d{1,2})[ ._]afl\.?(\d{1,3})((?:(?:-| en )\d{1,3})*)/gi;
const SEASON_WORDS =
  "seasons?|saisons?|stagione|stagioni|temporadas?|seizoen|staffel|staffeln|sezon|sæson|säsong|sesong|kausi";
const SEASON_STEMS = [
  "seas",
  "sais",
  "stagion",
  "tempora",
  "seizoen",
  "staffel",
  "sezon",
  "sæson",
  "säsong",
  "sesong",
  "kausi",
];
const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten";
// "Season 3", "Saison VII", "Stagione 6", "Staffel 2", "Season Two" (not "Temporada 720p").
const PACK_WORD = new RegExp(
  `(?<![a-z0-9])(${SEASON_WORDS})[ ._]?(\\d{1,4}(?![0-9]|[pi](?![a-z]))|[IVX]{1,5}(?![a-z0-9])|(?:${NUMBER_WORDS})(?![a-z]))`,
  "gi",
);
// "2ª Temporada", "3rd Season", "2e saison".
const ORDINAL_SEASON = new RegExp(
  `(?<![a-z0-9])(\\d{1,2})(?:ª|º|°|st|nd|rd|th|e|ème|eme)?[ ._]?(${SEASON_WORDS})(?![a-z])`,
  "gi",
);
// "1xAll", "2x??": every episode of a season.
const ALL_EPISODES = /(?<![a-z0-9])(\d{1,2})x(?:all|\?\?)(?![a-z])/gi;
// After "Seasons 1": "& 2", ", 3 and 4", "-5", " to 6".
const SEASON_LIST = /[ ._]?(-|–|~|&|\+|,|and|to|et|y|e|und)[ ._]?(?:(?:season|saison|s)[ ._]?)?(\d{1,2})(?![0-9a-z])/iy;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** 7 for "7", "VII" or "seven"; 0 when the word is not a number (lower-case "vi" in a title). */
function seasonNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[IVX]+$/.test(text)) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const v = ROMAN[text[i]];
      n += v < (ROMAN[text[i + 1]] ?? 0) ? -v : v;
    }
    return n;
  }
  return /^[a-z]+$/i.test(text) && !/^[ivx]+$/i.test(text) ? wordNumber(text) : 0;
}

/** The seasons listed after the first one: "1 & 2", "1, 2 and 3", "1-4" (plural words also "01 - 04"). */
function seasonList(s: string, from: number, first: number, plural: boolean): { seasons: number[]; end: number } {
  const seasons = [first];
  let end = from;
  for (let i = 0; i < 30; i++) {
    SEASON_LIST.lastIndex = end;
    const m = SEASON_LIST.exec(s);
    if (!m) break;
    const n = Number(m[2]);
    const last = seasons[seasons.length - 1];
    if (n <= last) break;
    const dash = m[1] === "-" || m[1] === "–" || m[1] === "~";
    // "Season 2 - 05" is an anime episode, not seasons 2 to 5.
    if (dash && !plural && (m[2].startsWith("0") || /\s/.test(m[0]))) break;
    if (dash || m[1].toLowerCase() === "to") for (let k = last + 1; k < n; k++) seasons.push(k);
    seasons.push(n);
    end = m.index + m[0].length;
  }
  return { seasons, end };
}
const PACK_S = /(?<![a-z0-9])S(\d{1,4})(?![0-9])/gi;
const PACK_S_SPACED = /(?<![a-z0-9])S (0\d)(?![0-9])/g;
const BBC_SERIES = /(?<= - )Series (\d{1,2})(?![0-9])/g;
const MULTI_RANGE = /[ ._]?-[ ._]?(s|season[ ._]?)?(\d{1,4})(?![0-9a-z])/iy;
const MULTI_NEXT = /[ ._](?:s)(\d{1,4})(?![0-9a-z])/iy;
const PARTIAL = /[ ._-](?:Part|Vol(?:ume)?|P)[ ._]?(\d{1,2})(?![0-9])/iy;
const EXTRAS = /[ ._-](?:Extras?|SUBPACK|Specials)(?![a-z])/iy;
// "S2 - 07", "S3 - EP14", "S2 [05]", "S21 999": an anime season written into the title.
const ANIME_SEASON_TAIL =
  /(?:[ ._]?-[ ._]{1,3}(?:Episode |EP)?\d{1,4}(?![0-9]|[pi]\b)|\s?\[\d{1,4}\]| (?!(?:19|20)\d\d)\d{3,4}(?![0-9a-z]))/iy;

function packMarker(
  s: string,
  start: number,
  end: number,
  numberText: string,
  bare: boolean,
  word?: string,
): Marker | null {
  const season = seasonNumber(numberText);
  if (word !== undefined && season === 0 && !/^0+$/.test(numberText)) return null;
  const next = s.slice(end, end + 3);
  if (/^[ ._]?(?:e\d|ep\d|x\d)/i.test(next)) return null;
  if (bare) {
    ANIME_SEASON_TAIL.lastIndex = end;
    if (ANIME_SEASON_TAIL.test(s)) return null;
  }
  const marker: Marker = {
    type: "pack",
    strength: 2,
    start,
    end,
    season,
    seasons: [season],
    episodes: [],
    fullSeason: true,
  };
  const listed = word !== undefined ? seasonList(s, end, season, /s$/i.test(word)) : null;
  MULTI_RANGE.lastIndex = end;
  const range = MULTI_RANGE.exec(s);
  if (listed && listed.seasons.length > 1) {
    marker.seasons = listed.seasons;
    marker.end = listed.end;
  } else if (
    range &&
    (range[1] !== undefined || (numberText.length === 2 && range[2].length === 2)) &&
    Number(range[2]) > season
  ) {
    marker.seasons = expandRange([season, Number(range[2])]);
    marker.end = range.index + range[0].length;
  } else {
    MULTI_NEXT.lastIndex = end;
    const nextSeason = MULTI_NEXT.exec(s);
    if (nextSeason && Number(nextSeason[1]) > season) {
      marker.seasons = expandRange([season, Number(nextSeason[1])]);
      marker.end = nextSeason.index + nextSeason[0].length;
    }
  }
  PARTIAL.lastIndex = marker.end;
  const part = PARTIAL.exec(s);
  if (part && marker.seasons?.length === 1) {
    marker.fullSeason = false;
    marker.partialSeason = true;
    marker.seasonPart = Number(part[1]);
  }
  EXTRAS.lastIndex = marker.end;
  if (EXTRAS.test(s)) marker.seasonExtra = true;
  return marker;
}

export function findSeasonMarkers(s: string, out: Marker[]): void {
  SEASON_EPISODE.lastIndex = 0;
  for (let m = SEASON_EPISODE.exec(s); m; m = SEASON_EPISODE.exec(s)) {
    const eps = m[3] ? expandRange([Number(m[2]), Number(m[3])]) : [Number(m[2])];
    out.push({
      type: "season-episode",
      strength: 2,
      start: m.index,
      end: m.index + m[0].length,
      season: Number(m[1]),
      episodes: eps,
    });
  }
  CAP.lastIndex = 0;
  for (let m = CAP.exec(s); m; m = CAP.exec(s)) {
    const eps = m[3] ? expandRange([Number(m[2]), Number(m[4])]) : [Number(m[2])];
    out.push({
      type: "season-episode",
      strength: 2,
      start: m.index,
      end: m.index + m[0].length,
      season: Number(m[1]),
      episodes: eps,
    });
  }
  DUTCH.lastIndex = 0;
  for (let m = DUTCH.exec(s); m; m = DUTCH.exec(s)) {
    const more = m[3]
      ? m[3]
          .split(/-| en /)
          .filter(Boolean)
          .map(Number)
      : [];
    out.push({
      type: "season-episode",
      strength: 2,
      start: m.index,
      end: m.index + m[0].length,
      season: Number(m[1]),
      episodes: expandRange([Number(m[2]), ...more]),
    });
  }
  // Most names have no season word: a few substring checks spare them two full regular-expression scans.
  const lower = s.toLowerCase();
  if (SEASON_STEMS.some((stem) => lower.includes(stem))) {
    PACK_WORD.lastIndex = 0;
    for (let m = PACK_WORD.exec(s); m; m = PACK_WORD.exec(s)) {
      const marker = packMarker(s, m.index, m.index + m[0].length, m[2], false, m[1]);
      if (marker) out.push(marker);
    }
    ORDINAL_SEASON.lastIndex = 0;
    for (let m = ORDINAL_SEASON.exec(s); m; m = ORDINAL_SEASON.exec(s)) {
      const marker = packMarker(s, m.index, m.index + m[0].length, m[1], true, m[2]);
      if (marker) out.push(marker);
    }
  }
  if (lower.includes("xall") || lower.includes("x??")) {
    ALL_EPISODES.lastIndex = 0;
    for (let m = ALL_EPISODES.exec(s); m; m = ALL_EPISODES.exec(s)) {
      const marker = packMarker(s, m.index, m.index + m[0].length, m[1], false);
      if (marker) out.push(marker);
    }
  }
  for (const [re, bare] of [
    [PACK_S, true],
    [PACK_S_SPACED, false],
    [BBC_SERIES, false],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const marker = packMarker(s, m.index, m.index + m[0].length, m[1], bare);
      if (marker) out.push(marker);
    }
  }
}

const SEE = /(?<=^|[ ._\-[])(\d{3,5})(?=$|[ ._\-\]])/g;
const MINI =
  /(?<![a-z0-9])(ep?)[ ._]?(\d{1,4})((?:[ ._]?-[ ._]?(?:ep?)?\d{1,4}(?![0-9a-z])|[ ._]?ep?\d{1,4}(?![0-9]))*)(?![0-9])/gi;
const PART = /(?<![a-z0-9(])Part[ ._]?(\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?![a-z0-9])/gi;
const N_OF_M = /(?<![a-z0-9])(\d{1,2})of(\d{1,2})(?![a-z0-9])/gi;
const YEARISH = /^(?:19|20)\d\d$/;
const RESOLUTIONS = new Set(["480", "576", "720", "1080", "2160", "1440"]);

/** Markers that need context: 103 (S1E03), E05, Part 2, 5of9. */
export function findWeakEpisodeMarkers(s: string, out: Marker[], anime: boolean, movieHint: boolean): void {
  if (movieHint) return;
  if (!anime) {
    SEE.lastIndex = 0;
    for (let m = SEE.exec(s); m; m = SEE.exec(s)) {
      const d = m[1];
      if (m.index === 0 || YEARISH.test(d) || RESOLUTIONS.has(d) || s[m.index - 1] === "(") continue;
      if (/(?:^|[^a-z])[hx][. ]?$/i.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
      const tail = s.slice(m.index + d.length, m.index + d.length + 6);
      if (/^[ ._-]?(?:p|i|mb|gb)/i.test(tail)) continue;
      if (d.length === 5) {
        const season = Number(d[0]);
        const a = Number(d.slice(1, 3));
        const b = Number(d.slice(3));
        if (b !== a + 1 || a === 0) continue;
        out.push({ type: "see", strength: 1, start: m.index, end: m.index + 5, season, episodes: [a, b] });
        continue;
      }
      const season = Number(d.slice(0, d.length - 2));
      const ep = Number(d.slice(-2));
      if (ep === 0) continue;
      const episodes = [ep];
      let end = m.index + d.length;
      const more = /^[ ._](\d{3,4})(?=$|[ ._-])/.exec(s.slice(end));
      if (more && Number(more[1].slice(0, more[1].length - 2)) === season) {
        episodes.push(Number(more[1].slice(-2)));
        end += more[0].length;
      }
      out.push({ type: "see", strength: 1, start: m.index, end, season, episodes: expandRange(episodes) });
    }
  }
  MINI.lastIndex = 0;
  for (let m = MINI.exec(s); m; m = MINI.exec(s)) {
    const more = m[3] ? (m[3].match(/\d{1,4}/g) ?? []).map(Number) : [];
    const nums = expandRange([Number(m[2]), ...more]);
    const absolute = anime || m[2].length === 4 || m[1].toLowerCase() === "ep";
    out.push(
      absolute
        ? { type: "absolute", strength: 1, start: m.index, end: m.index + m[0].length, absolute: nums }
        : { type: "mini", strength: 1, start: m.index, end: m.index + m[0].length, season: 1, episodes: nums },
    );
  }
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    const after = s.slice(m.index + m[0].length);
    if (/(?:^|[ ._(])(?:19|20)\d\d(?:$|[ ._)])/.test(after)) continue;
    if (/\)/.test(after) && !/\(/.test(after)) continue;
    const n = wordNumber(m[1]);
    if (n > 0)
      out.push({ type: "mini", strength: 1, start: m.index, end: m.index + m[0].length, season: 1, episodes: [n] });
  }
  N_OF_M.lastIndex = 0;
  for (let m = N_OF_M.exec(s); m; m = N_OF_M.exec(s)) {
    out.push({
      type: "mini",
      strength: 1,
      start: m.index,
      end: m.index + m[0].length,
      season: 1,
      episodes: [Number(m[1])],
    });
  }
}
