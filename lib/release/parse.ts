import { HAN, LATIN, NON_LATIN_LETTER, parseBracketed } from "./anime";
import { findEdition } from "./edition";
import { findGroup, findHash } from "./group";
import { parseLanguages, parseSubtitleName } from "./language";
import type { Marker } from "./marker";
import {
  cleanCharacters,
  isSubtitleExtension,
  MAX_INPUT_LENGTH,
  splitExtension,
  splitPath,
  stripSites,
} from "./normalize";
import { detectQuality, type QualityFeatures } from "./quality/detect";
import { resolveQuality } from "./quality/resolve";
import { parseRevision } from "./quality/revision";
import { pickMarker } from "./structure";
import {
  cleanMovieTitle,
  cleanSeriesTitle,
  latinTitle,
  splitAlternatives,
  splitTrailingYear,
  stripLeadingHan,
} from "./title";
import { tokenize, type Token } from "./tokens";
import type { Explanation, ReleaseHints, ReleaseInfo, ReleaseKind } from "./types";

const SUBGROUP = /^\s*(?:\[([^\]]{1,80})\]|【([^】]{1,80})】)\s*/;
const DATE_PREFIX = /^(\d{2})(\d{2})(\d{2})\s+(?=\S)/;
const YEAR_CANDIDATE = /(?<![0-9a-z])[([]?(18[89]\d|19\d\d|20\d\d)[)\]]?(?![0-9a-z])/gi;
const ANIME_MOVIE_END = /\sv\d(?![0-9a-z])|\s[[(][0-9A-F]{8}[\])]/i;
const LANGUAGE_BOUNDARY =
  /(?<![a-z])(?:german|french|truefrench|spanish|italian|english|dutch|russian|polish|nordic|multi|dual|subbed|dubbed|ita|vostfr|castellano|latino|hindi|tamil|telugu|korean|japanese)(?![a-z])/i;
const QUALITY_TAG = /^(?:BD|DVD|Web|WEB-?DL|HDTV|1080p|720p|Dolby Vision|HDR|4K|UHD|Blu-?ray)$/i;

function empty(input: string): ReleaseInfo {
  return {
    input,
    kind: "unknown",
    title: "",
    seriesTitle: "",
    titles: [],
    year: null,
    season: null,
    seasons: [],
    episodes: [],
    absolute: [],
    specialAbsolute: [],
    airDate: null,
    dailyPart: null,
    seasonPart: null,
    fullSeason: false,
    partialSeason: false,
    multiSeason: false,
    seasonExtra: false,
    special: false,
    splitEpisode: false,
    quality: {
      source: "unknown",
      resolution: null,
      modifier: "none",
      name: "Unknown",
      sourceFrom: "unknown",
      resolutionFrom: "unknown",
      revision: { version: 1, real: 0, repack: false, proper: false },
    },
    codec: null,
    bitDepth: null,
    hdr: [],
    audio: { codecs: [], channels: null, atmos: false },
    languages: [],
    multiAudio: false,
    dualAudio: false,
    subtitleTags: [],
    subtitleTitle: null,
    edition: null,
    streamingService: null,
    group: null,
    hash: null,
    threeD: false,
    hardcodedSubs: null,
    container: null,
    extension: null,
    tmdbId: null,
    imdbId: null,
    explanation: [],
  };
}

interface YearCandidate {
  year: number;
  start: number;
  end: number;
}

/** "(1994-2004)", "1994 - 2004": a run of years; only its first year is the release's year. */
function dropRangeEnds(s: string, candidates: YearCandidate[]): void {
  for (let i = candidates.length - 1; i > 0; i--) {
    const gap = s.slice(candidates[i - 1].end, candidates[i].start);
    if (/^\s?[-–~]\s?$/.test(gap) && candidates[i].year >= candidates[i - 1].year) candidates.splice(i, 1);
  }
}

const YEAR_AFTER_MARKER = /^[\s._-]{1,3}[([]?((?:19|20)\d\d)[)\]]?(?=$|[\s._\-[\]()])/;

const BRACKETED_YEAR = /[([]((?:19|20)\d\d)[)\]]/g;

/**
 * The year of an episode name that has none before its marker: "Show.S02E05.2017.1080p",
 * "Show.S01E01.Pilot.2019.720p" (before any technical word), "Show - S01E01 - Title (2019) [1080p]".
 */
function yearAfterMarker(rest: string, from: number, firstTech: number): YearCandidate | null {
  let found: YearCandidate | null = null;
  YEAR_CANDIDATE.lastIndex = from;
  for (let m = YEAR_CANDIDATE.exec(rest); m && m.index < firstTech; m = YEAR_CANDIDATE.exec(rest)) {
    const start = m.index + m[0].indexOf(m[1]);
    // A date ("2017.05.12") is an air date, not a year.
    if (!/^[-._ ]\d{2}[-._ ]\d{2}(?!\d)/.test(rest.slice(start + 4, start + 10)))
      found = { year: Number(m[1]), start, end: start + 4 };
  }
  if (found || (!rest.includes("(") && !rest.includes("["))) return found;
  BRACKETED_YEAR.lastIndex = from;
  const b = BRACKETED_YEAR.exec(rest);
  return b ? { year: Number(b[1]), start: b.index + 1, end: b.index + 5 } : null;
}

function kindOf(m: Marker): ReleaseKind {
  switch (m.type) {
    case "daily":
      return "daily";
    case "pack":
      return (m.seasons?.length ?? 0) > 1 ? "multi-season" : "season-pack";
    case "absolute":
    case "special":
      return (m.episodes?.length ?? 0) > 0 ? "episode" : "anime";
    default:
      return "episode";
  }
}

/** Hashes, UUIDs and random strings that obfuscated posts use instead of a name. */
function looksLikeNoise(name: string, tokens: Token[]): boolean {
  const n = name.trim();
  if (tokens.length === 1 && n.length >= 16 && tokens[0].text.length === n.length) return true;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text;
    if (word.length < 8) continue;
    const hex = /^[0-9a-f]+$/i.test(word) && /\d/.test(word) && /[a-f]/i.test(word);
    if (hex && word.length >= 12) return true;
    if (
      hex &&
      word.length === 8 &&
      tokens[i + 1]?.text.length === 4 &&
      tokens[i + 2]?.text.length === 4 &&
      tokens[i + 1].before === "-"
    )
      return true;
    if (word.length >= 10 && (word.match(/[a-z][0-9]|[0-9][a-z]|[a-z][A-Z]/g)?.length ?? 0) >= 4) return true;
  }
  return false;
}

interface NameParse {
  info: ReleaseInfo;
  features: QualityFeatures;
  hasTvMarker: boolean;
}

function explain(
  list: Explanation[],
  field: string,
  value: string | number | null | undefined,
  token: string,
  start: number,
): void {
  if (value === null || value === undefined || value === "") return;
  list.push({ field, value: String(value), token, start });
}

function parseName(input: string, name: string, extension: string | null, hints: ReleaseHints, now: number): NameParse {
  const info = empty(input);
  info.extension = extension;
  const ex = info.explanation;
  const site = stripSites(name);
  const full = site.text;
  const offset = input.indexOf(full) >= 0 ? input.indexOf(full) : site.offset;

  // Leading "[Group]" of anime/fansub releases.
  let rest = full;
  let restOffset = 0;
  let subGroup: string | null = null;
  const sg = SUBGROUP.exec(full);
  if (sg && sg[0].length < full.length) {
    const content = (sg[1] ?? sg[2]).trim();
    if (!QUALITY_TAG.test(content) && !/(?:www\.|\.(?:com|net|org)\b)/i.test(content) && !/^\d+$/.test(content))
      subGroup = content;
    if (!QUALITY_TAG.test(content)) {
      rest = full.slice(sg[0].length);
      restOffset = sg[0].length;
    }
    explain(ex, "group", subGroup, sg[0].trim(), offset);
  }
  let datePrefix = false;
  const dp = DATE_PREFIX.exec(rest);
  if (
    dp &&
    Number(dp[2]) >= 1 &&
    Number(dp[2]) <= 12 &&
    Number(dp[3]) >= 1 &&
    Number(dp[3]) <= 31 &&
    !/^\d/.test(rest.slice(dp[0].length))
  ) {
    datePrefix = true;
    info.airDate = `20${dp[1]}-${dp[2]}-${dp[3]}`;
    restOffset += dp[0].length;
    rest = rest.slice(dp[0].length);
  }
  const anime = subGroup !== null || hints.seriesType === "anime" || /\bANiME\b/.test(rest);
  const w = rest.replace(/_/g, " ");
  const animeText = subGroup !== null ? w.replace(/(?<!\d)\.|\.(?!\d)/g, " ") : w;

  const tokens = tokenize(full);
  const features = detectQuality(tokens, full);
  const movieHint = hints.kind === "movie";
  if (looksLikeNoise(full, tokens)) return { info, features, hasTvMarker: false };

  let marker: Marker | null = null;
  let bracket = null;
  if (!movieHint && /^\s*[[【]/.test(full) && !/^\s*[[【][^\]】]*(?:www\.|\.com)/i.test(full))
    bracket = parseBracketed(full, features.bareResolutionAt);
  if (!bracket) {
    const exclude = features.bareResolutionAt === null ? null : features.bareResolutionAt - restOffset;
    marker = pickMarker(rest, animeText, { anime, movieHint, datePrefix, now, exclude });
  }
  if (marker && movieHint && marker.strength < 2) marker = null;
  // "Room 237 2012", "Flight 714 (1998)": a number in a movie title, followed by the movie's year.
  if (
    marker &&
    !anime &&
    marker.strength < 2 &&
    (marker.type === "see" || marker.type === "absolute") &&
    !/^[-\s]*[-([]|^0/.test(rest.slice(marker.start, marker.end)) &&
    YEAR_AFTER_MARKER.test(rest.slice(marker.end, marker.end + 12)) &&
    !/^\s?[-–~]/.test(rest.slice(marker.end, marker.end + 3))
  )
    marker = null;

  let titleEnd = rest.length;
  if (bracket) {
    info.kind = "anime";
    info.seriesTitle = subGroup !== null ? bracket.title.replace(/ S0(\d)$/, " S$1") : bracket.title;
    info.absolute = bracket.absolute;
    titleEnd = 0;
    explain(ex, "absolute", bracket.absolute.join(","), String(bracket.absolute[0]), offset);
  } else if (marker) {
    if (marker.ambiguousDate && marker.type === "daily") {
      info.kind = "unknown";
      return { info, features, hasTvMarker: false };
    }
    info.kind = kindOf(marker);
    titleEnd = marker.titleEnd ?? marker.start;
    info.season = marker.season ?? (marker.type === "pack" ? (marker.seasons?.[0] ?? null) : null);
    if (marker.type === "absolute" && info.season === undefined) info.season = null;
    info.seasons = marker.seasons ?? (info.season !== null && marker.type === "pack" ? [info.season] : []);
    info.episodes = marker.episodes ?? [];
    info.absolute = marker.absolute ?? [];
    info.specialAbsolute = marker.specialAbsolute ?? [];
    info.airDate = marker.airDate ?? info.airDate;
    info.dailyPart = marker.dailyPart ?? null;
    info.fullSeason = marker.fullSeason ?? false;
    info.partialSeason = marker.partialSeason ?? false;
    info.seasonPart = marker.seasonPart ?? null;
    info.multiSeason = (marker.seasons?.length ?? 0) > 1;
    info.seasonExtra = marker.seasonExtra ?? false;
    info.special = marker.special ?? false;
    info.splitEpisode = marker.splitEpisode ?? false;
    const token = w.slice(marker.start, marker.end);
    explain(ex, "season", info.season, token, offset + restOffset + marker.start);
    explain(ex, "episodes", info.episodes.join(","), token, offset + restOffset + marker.start);
    explain(ex, "absolute", info.absolute.join(","), token, offset + restOffset + marker.start);
    explain(ex, "airDate", info.airDate, token, offset + restOffset + marker.start);

    let rawTitle = rest.slice(0, titleEnd);
    let parts: string[];
    if (!LATIN.test(rawTitle) && NON_LATIN_LETTER.test(rawTitle)) {
      // "Другое (S2E1) / Latin Title (S2E1)": the Latin title follows the first marker.
      const after = /^\)?\s*[/|]\s*/.exec(rest.slice(marker.end));
      if (after) {
        const from = marker.end + after[0].length;
        const second = pickMarker(w.slice(from), w.slice(from), { anime, movieHint, datePrefix, now });
        if (second) {
          parts = [
            cleanSeriesTitle(rawTitle),
            cleanSeriesTitle(rest.slice(from, from + (second.titleEnd ?? second.start))),
          ];
          rawTitle = parts.join(" / ");
        }
      }
    }
    rawTitle = HAN.test(rawTitle) ? stripLeadingHan(rawTitle) : rawTitle;
    const clean = cleanSeriesTitle(rawTitle);
    parts = splitAlternatives(clean);
    let series =
      parts.length > 1 && NON_LATIN_LETTER.test(clean) && !/\s(?:AKA|a\.k\.a\.?)\s/i.test(clean)
        ? latinTitle(parts)
        : clean;
    if (subGroup !== null) series = series.replace(/ S0(\d)$/, " S$1");
    info.seriesTitle = series;
    info.titles = parts.length > 1 ? [clean, ...parts] : [series];
  }

  // Movies (and anything without a TV marker): the title ends at the year or the first technical word.
  if (!marker && !bracket) {
    let firstTech = features.firstTech < tokens.length ? tokens[features.firstTech].start - restOffset : rest.length;
    const animeEnd = ANIME_MOVIE_END.exec(rest);
    if (animeEnd && animeEnd.index > 0) firstTech = Math.min(firstTech, animeEnd.index);
    const langMatch = LANGUAGE_BOUNDARY.exec(rest);
    const soft = langMatch && langMatch.index > 0 ? Math.min(langMatch.index, firstTech) : firstTech;
    let year: number | null = null;
    let yearStart = -1;
    let yearEnd = -1;
    YEAR_CANDIDATE.lastIndex = 0;
    const candidates: YearCandidate[] = [];
    for (let m = YEAR_CANDIDATE.exec(rest); m; m = YEAR_CANDIDATE.exec(rest)) {
      candidates.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length });
      if (candidates.length > 12) break;
    }
    dropRangeEnds(rest, candidates);
    // A year-like number that is itself technical ("1920x1080", "1920 × 1080") is not a year.
    const before = candidates.filter((c) => c.start > 0 && c.start + (/^\d/.test(rest[c.start]) ? 0 : 1) < firstTech);
    // A year that opens the name with nothing else year-like after it is the title ("2001 A Space Odyssey").
    const leadingOnly = candidates.length === 1 && candidates[0].start === 0 && !/^[[(]/.test(rest);
    const pickYear = leadingOnly
      ? undefined
      : (before[before.length - 1] ?? candidates.find((c) => c.start > 0) ?? candidates[0]);
    if (pickYear) {
      year = pickYear.year;
      yearStart = pickYear.start;
      yearEnd = pickYear.end;
    }
    let start = 0;
    if (yearStart === 0 && candidates.length === 1) {
      start = yearEnd;
      titleEnd = soft;
    } else if (yearStart > 0 && yearStart <= soft) titleEnd = yearStart;
    else if (yearStart > 0 && yearStart <= firstTech) titleEnd = yearStart;
    else titleEnd = soft;
    if (titleEnd <= start) titleEnd = rest.length;
    const edition = findEdition(
      rest,
      Math.min(rest.length, (/^[^\s._-]+/.exec(rest)?.[0].length ?? 0) + 1),
      yearEnd > 0 ? yearEnd : null,
    );
    if (edition) {
      info.edition = edition.edition;
      explain(
        ex,
        "edition",
        edition.edition,
        rest.slice(edition.start, edition.end),
        offset + restOffset + edition.start,
      );
      if (edition.end <= titleEnd && edition.start > start && /^[\s._)\]-]*$/.test(rest.slice(edition.end, titleEnd))) {
        titleEnd = edition.start;
      }
    }
    let rawTitle = rest.slice(start, titleEnd).replace(/[\s_(]+$/, "");
    // "Quiet-Orchard-(2019)-[1080p]": with no other separator in the name, dashes separate words.
    if (!/[\s._]/.test(rest) && /[a-z]-[a-z]/i.test(rawTitle)) rawTitle = rawTitle.replace(/-+/g, " ");
    const clean = cleanMovieTitle(rawTitle.replace(/\ba\.k\.a\.?(?=[\s.])/gi, "AKA")).replace(
      /(?<!(?:^|[ .])[a-z])\.$/i,
      "",
    );
    const parts = splitAlternatives(clean);
    info.seriesTitle = hints.kind === "tv" ? cleanSeriesTitle(rest) : clean;
    info.titles = parts.length > 1 ? [clean, ...parts] : [clean];
    info.year = year;
    if (year !== null) explain(ex, "year", year, String(year), offset + restOffset + Math.max(0, yearStart));
    // Noise names returned early above, so the title is always the cleaned text here.
    const hasQuality = features.firstTech < tokens.length || features.source !== null;
    if (clean.length === 0 || hints.kind === "tv") info.kind = "unknown";
    else info.kind = year !== null || hasQuality || subGroup !== null ? "movie" : "unknown";
    info.title = clean;
  } else {
    const split = splitTrailingYear(info.seriesTitle);
    info.title = split.title.length > 0 ? split.title : info.seriesTitle;
    info.year = split.title.length > 0 ? split.year : null;
    if (info.year === null && marker) {
      const firstTech =
        features.firstTech < tokens.length ? tokens[features.firstTech].start - restOffset : rest.length;
      const after = yearAfterMarker(rest, marker.end, firstTech);
      if (after) {
        info.year = after.year;
        explain(ex, "year", after.year, String(after.year), offset + restOffset + after.start);
      }
    }
  }
  explain(ex, "title", info.title, rest.slice(0, titleEnd).trim(), offset + restOffset);

  // Languages are read only after the title, so "The.Italian.Job" is not Italian.
  const tailFrom = offset + restOffset + titleEnd;
  info.group = findGroup(full, subGroup);
  const groupAt = info.group !== null && subGroup === null ? full.lastIndexOf(info.group) : -1;
  const tail: Token[] = tokens.filter(
    (t) => (t.start + offset >= tailFrom || (bracket !== null && t.start > 0)) && (groupAt < 0 || t.start < groupAt),
  );
  if (isSubtitleExtension(extension)) {
    const sub = parseSubtitleName(name);
    info.languages = sub.languages;
    info.subtitleTags = sub.tags;
    info.subtitleTitle = sub.title;
  } else {
    const langs = parseLanguages(tail, full);
    info.languages = langs.languages;
    info.multiAudio = langs.multi;
    info.dualAudio = langs.dual;
  }
  for (const l of info.languages) explain(ex, "language", l, l, tailFrom);
  info.hash = findHash(full);
  explain(
    ex,
    "releaseGroup",
    info.group,
    info.group ?? "",
    offset + Math.max(0, full.lastIndexOf(info.group ?? "\u0000")),
  );
  return { info, features, hasTvMarker: marker !== null || bracket !== null };
}

function finish(
  result: NameParse,
  qualityFrom: QualityFeatures,
  nameForQuality: string,
  extension: string | null,
  hints: ReleaseHints,
): ReleaseInfo {
  const info = result.info;
  const f = qualityFrom;
  const revision = parseRevision(nameForQuality);
  info.quality = resolveQuality(f, extension, revision, info.kind === "movie" || hints.kind === "movie");
  const ex = info.explanation;
  if (f.sourceToken) explain(ex, "source", info.quality.source, f.sourceToken.text, f.sourceToken.start);
  if (f.resolutionToken)
    explain(ex, "resolution", info.quality.resolution, f.resolutionToken.text, f.resolutionToken.start);
  if (info.quality.modifier !== "none") explain(ex, "modifier", info.quality.modifier, info.quality.modifier, 0);
  explain(
    ex,
    "quality",
    info.quality.name,
    f.sourceToken?.text ?? f.resolutionToken?.text ?? extension ?? "",
    f.sourceToken?.start ?? 0,
  );
  if (revision.version > 1)
    explain(
      ex,
      "version",
      revision.version,
      revision.proper ? "PROPER" : revision.repack ? "REPACK" : `v${revision.version}`,
      0,
    );
  info.codec = f.codec;
  if (f.codecToken) explain(ex, "codec", f.codec, f.codecToken.text, f.codecToken.start);
  info.bitDepth = f.bitDepth;
  info.hdr = f.hdr;
  info.audio = { codecs: f.audioCodecs, channels: f.channels, atmos: f.atmos };
  info.streamingService = f.service;
  info.threeD = f.threeD;
  const hc = /(?<![a-z])([A-Z]{2,3}SUBS?)(?![a-z])/.exec(nameForQuality);
  if (hc && !/^(?:SOFT|MULTI)/.test(hc[1])) info.hardcodedSubs = hc[1];
  else if (/(?<![a-z])(?:HC|SUBBED)(?![a-z])/.test(nameForQuality)) info.hardcodedSubs = "Generic Hardcoded Subs";
  info.container =
    extension && !isSubtitleExtension(extension)
      ? extension
      : (/(?<![a-z])(mkv|mp4|avi)(?![a-z])/i.exec(nameForQuality)?.[1].toLowerCase() ?? null);
  const tmdb = /[{[]tmdb(?:id)?-(\d+)[}\]]/i.exec(nameForQuality);
  if (tmdb) info.tmdbId = Number(tmdb[1]);
  const imdb = /(?<![a-z0-9])(tt\d{7,8})(?![0-9])/.exec(nameForQuality);
  if (imdb) info.imdbId = imdb[1];
  return info;
}

const SEASON_FOLDER = /^(?:season|saison|staffel|stagione|temporada)[ ._-]*(\d{1,4})(?:$|\s*-\s)|^specials?$/i;

const GENERIC_FOLDER =
  /^(?:specials?|extras?|featurettes?|subs?|subtitles?|sample|samples|bonus|behind the scenes|deleted scenes|trailers?|other|misc)$/i;
const cleanWords = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * "Title (Year)/file.mkv", "Release.Name-GRP/abbrev.mkv", "Series (2009)/Season 03/S03E07.mkv": what the file
 * name lacks (title, year, group) comes from the nearest folder that names a release or a title with its year.
 */
function fillFromFolders(info: ReleaseInfo, folders: string[], hints: ReleaseHints, now: number, input: string): void {
  if (info.year !== null && info.group !== null && info.title.length > 0) return;
  for (let i = folders.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const name = splitExtension(folders[i]).name;
    if (SEASON_FOLDER.test(name) || GENERIC_FOLDER.test(name.trim())) continue;
    seen++;
    // Only a folder with a year or a scene-style release name can fill anything: skip the others unparsed.
    if (!/(?:19|20)\d\d/.test(name) && !/^\S+-[^\s.-]+$/.test(name.trim())) continue;
    const parsed = parseName(input, name, null, hints, now);
    const folder = parsed.info;
    // A release folder names a release: a group and a year, an episode marker or quality words
    // ("Release.Name.2016.720p-GRP"), not just a dash ("mydia-import-x1y2", "tv-shows"). The evidence must come
    // before the group: one read inside the group itself ("mydia-import-4X7RGo", "-E5J5pX", "-575i30") is noise.
    const trimmed = name.trim();
    const evidence =
      folder.group !== null && trimmed.endsWith(`-${folder.group}`)
        ? parseName(input, trimmed.slice(0, -folder.group.length - 1), null, hints, now)
        : parsed;
    const technical = evidence.features.source !== null || evidence.features.resolution !== null;
    const isRelease =
      folder.group !== null &&
      !/\s/.test(trimmed) &&
      (evidence.info.year !== null || evidence.hasTvMarker || technical);
    if (folder.year === null && !isRelease) continue;
    if (folder.title.length === 0) return;
    const tv = info.kind !== "movie" && info.kind !== "unknown";
    const fileTitle = cleanWords(tv ? info.seriesTitle : info.title);
    const folderTitle = cleanWords(folder.title);
    const agrees = fileTitle === folderTitle || fileTitle === cleanWords(folder.seriesTitle);
    // The folder's title replaces the file's when the file has none, says the same thing in worse form
    // ("brass.lantern"), or is a movie file with no year of its own inside a "Title (Year)" folder.
    if (fileTitle.length === 0 || agrees || (!tv && info.year === null)) {
      info.title = folder.title;
      info.seriesTitle = tv ? folder.seriesTitle : folder.title;
      info.titles = folder.titles;
      if (info.kind === "unknown" && !tv) info.kind = "movie";
    }
    if (info.year === null && (agrees || fileTitle.length === 0 || info.title === folder.title))
      info.year = folder.year;
    // Scene files abbreviate the release and often start with the group: "elks-marsh720.mkv".
    const fileName = input.slice(Math.max(input.lastIndexOf("/"), input.lastIndexOf("\\")) + 1).toLowerCase();
    if (isRelease && (info.group === null || fileName.startsWith(`${folder.group?.toLowerCase()}-`)))
      info.group = folder.group;
    return;
  }
}

function parseInternal(input: string, hints: ReleaseHints, now: number): ReleaseInfo {
  const capped = input.length > MAX_INPUT_LENGTH ? input.slice(0, MAX_INPUT_LENGTH) : input;
  const cleaned = cleanCharacters(capped);
  const path = splitPath(cleaned);
  const file = parseName(capped, path.name, path.extension, hints, now);
  let result = file;
  let qualityFeatures = file.features;
  let qualityName = path.name;
  const fileHasQuality = file.features.source !== null || file.features.resolution !== null;

  if (path.folders.length > 0) {
    const folder = path.folders[path.folders.length - 1];
    const seasonFolder = SEASON_FOLDER.exec(folder);
    const leadingNumber = /^(\d{1,3})(?=[ ._-])/.exec(path.name);
    if (
      seasonFolder &&
      (!file.hasTvMarker || file.info.kind === "anime" || (file.info.season === 1 && !/s\d|\dx\d/i.test(path.name)))
    ) {
      const season = seasonFolder[1] === undefined ? 0 : Number(seasonFolder[1]);
      const episodes =
        file.info.episodes.length > 0
          ? file.info.episodes
          : leadingNumber
            ? [Number(leadingNumber[1])]
            : file.info.absolute;
      if (episodes.length > 0) {
        result.info.kind = "episode";
        result.info.season = season;
        result.info.episodes = episodes;
        result.info.absolute = [];
      }
    } else if (!file.hasTvMarker || looksLikeNoise(path.name, tokenize(path.name))) {
      const parsedFolder = parseName(capped, splitExtension(folder).name, null, hints, now);
      const bare = /^\d{1,4}$/.exec(path.name.trim());
      if (bare && parsedFolder.hasTvMarker) {
        parsedFolder.info.absolute = [Number(bare[0])];
        parsedFolder.info.episodes = [];
        parsedFolder.info.kind = "anime";
        parsedFolder.info.season = null;
        result = parsedFolder;
      } else if (parsedFolder.hasTvMarker || (parsedFolder.info.kind === "movie" && file.info.kind !== "movie")) {
        result = parsedFolder;
      }
    }
    if (!fileHasQuality || file.features.source === null) {
      for (let i = path.folders.length - 1; i >= Math.max(0, path.folders.length - 2); i--) {
        const tokens = tokenize(path.folders[i]);
        const f = detectQuality(tokens, path.folders[i]);
        if (!fileHasQuality && (f.source !== null || f.resolution !== null)) {
          qualityFeatures = f;
          qualityName = path.folders[i];
          break;
        }
        // "Show.S02.1080p.WEB-DL-GRP/show.s02e04.1080p.mkv": the source is only in the release folder.
        if (fileHasQuality && f.source !== null) {
          const own = file.features;
          qualityFeatures = {
            ...f,
            resolution: own.resolution ?? f.resolution,
            resolutionToken: own.resolution !== null ? own.resolutionToken : f.resolutionToken,
            codec: own.codec ?? f.codec,
            codecToken: own.codec !== null ? own.codecToken : f.codecToken,
          };
          break;
        }
      }
    }
    if (result === file) fillFromFolders(file.info, path.folders, hints, now, capped);
  }
  result.info.input = capped;
  result.info.extension = path.extension;
  return finish(result, qualityFeatures, qualityName, path.extension, hints);
}

/** Parses a release or file name. Total: any string gets an answer, nothing throws. */
export function parse(input: string, hints: ReleaseHints = {}): ReleaseInfo {
  const text = typeof input === "string" ? input : "";
  try {
    return parseInternal(text, hints ?? {}, Date.now());
  } catch {
    return empty(text.slice(0, MAX_INPUT_LENGTH));
  }
}
