/**
 * Scores a parser against the shared release-name corpus (tests/fixtures/release-names).
 * Only the fields each case lists in `asserted` count; see that folder's README for conventions.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse, type ReleaseHints, type ReleaseInfo } from "@/lib/release";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/release-names");

export interface CorpusCase {
  title: string;
  asserted: string[];
  /** "mydia": the project's own cases (mydia.json), parsed without hints unless `hint` says otherwise. */
  app: "sonarr" | "radarr" | "mydia";
  hint?: "movie" | "tv";
  fixture: string;
  compare?: "clean";
  match?: "exact" | "contains" | "first";
  [field: string]: unknown;
}

export interface CorpusFile {
  file: string;
  cases: CorpusCase[];
}

export function loadCorpus(dir = CORPUS_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      cases: (JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { cases: CorpusCase[] }).cases,
    }));
}

/** Radarr's parser only sees movies, Sonarr's only episodes: pass that as the hint a library would. */
export function hintsFor(c: CorpusCase): ReleaseHints {
  if (c.app === "mydia") return c.hint ? { kind: c.hint } : {};
  return c.app === "radarr" ? { kind: "movie" } : { kind: "tv" };
}

/** Whether a case is about an episode or season (the title to compare is then the series title). */
export const isTvCase = (c: CorpusCase): boolean =>
  c.app === "sonarr" || c.hint === "tv" || (c.app === "mydia" && c.asserted.includes("series"));

const STOP = new Set(["a", "an", "the", "and", "or", "of"]);
export function cleanTitle(s: string): string {
  const words = s
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.filter((w, i) => i === 0 || !STOP.has(w)).join("");
}

const TV_KINDS = new Set(["episode", "season-pack", "multi-season", "daily", "anime"]);
const LANGUAGE_ALIASES: Record<string, string> = { PortugueseBR: "PortugueseBrazil" };

const sameSet = (a: readonly number[], b: readonly number[]): boolean => {
  const x = [...new Set(a)].sort((p, q) => p - q);
  const y = [...new Set(b)].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);
const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();
const titleEq = (expected: unknown, actual: string, clean: boolean): boolean =>
  typeof expected === "string" &&
  (clean ? cleanTitle(expected) === cleanTitle(actual) : collapse(expected) === collapse(actual));

/** Whether one asserted field of a case matches what our parser returned. */
export function fieldMatches(c: CorpusCase, field: string, r: ReleaseInfo): boolean {
  const e = c[field];
  const clean = c.compare === "clean";
  switch (field) {
    case "series":
      return titleEq(e, r.seriesTitle, clean);
    case "movie":
      return titleEq(e, r.title, clean);
    case "seriesWithoutYear":
      return titleEq(e, r.title, false);
    case "seriesYear":
    case "year":
      return (e ?? null) === r.year;
    case "season":
      return e === (r.season ?? 0);
    case "episodes":
      return sameSet(e as number[], r.episodes);
    case "seasons":
      return sameSet(e as number[], r.seasons);
    case "codec":
      return (e ?? null) === r.codec;
    case "absolute":
      return sameSet(e as number[], r.absolute);
    case "specialAbsolute":
      return sameSet(e as number[], r.specialAbsolute);
    case "fullSeason":
    case "special":
    case "splitEpisode":
    case "seasonExtra":
    case "partialSeason":
    case "multiSeason":
      return e === r[field];
    case "seasonPart":
    case "dailyPart":
      return e === r[field];
    case "airDate":
      return e === r.airDate;
    case "group":
      return (e ?? null) === r.group;
    case "hash":
      return (e === "" ? null : e) === r.hash;
    case "edition":
      return (e === "" ? null : e) === r.edition;
    case "titles":
      return sameList(e as string[], r.titles);
    case "allTitles":
      return sameList(e as string[], r.titles.length > 1 ? r.titles.slice(1) : r.titles);
    case "releaseTitle":
      return e === (r.extension ? r.input.slice(0, r.input.length - r.extension.length - 1) : r.input);
    case "tmdbId":
      return e === r.tmdbId;
    case "imdbId":
      return e === r.imdbId;
    case "hardcodedSubs":
      return (e ?? null) === r.hardcodedSubs;
    case "quality":
      return e === r.quality.name;
    case "source":
      return e === r.quality.source;
    case "resolution":
      return (e ?? null) === r.quality.resolution;
    case "modifier":
      return e === r.quality.modifier;
    case "version":
      return e === r.quality.revision.version;
    case "real":
      return e === r.quality.revision.real;
    case "repack":
      return e === r.quality.revision.repack;
    case "sourceDetectedFrom":
      return e === r.quality.sourceFrom;
    case "resolutionDetectedFrom":
      return e === r.quality.resolutionFrom;
    case "qualityNotUnknown":
      return e === (r.quality.name !== "Unknown");
    case "languages": {
      const expected = (e as string[]).map((l) => LANGUAGE_ALIASES[l] ?? l);
      const actual = r.languages.length > 0 ? r.languages : ["Unknown"];
      if (c.match === "first") return actual[0] === expected[0];
      if (c.match === "contains") return expected.every((l) => actual.includes(l));
      return expected.length === actual.length && expected.every((l) => actual.includes(l));
    }
    case "languageTags":
      return sameList([...(e as string[])].sort(), [...r.subtitleTags].sort());
    case "subtitleTitle":
      return (e ?? null) === r.subtitleTitle;
    case "expectNull": {
      const rejected = c.app === "radarr" ? r.kind !== "movie" : !TV_KINDS.has(r.kind);
      return e === rejected;
    }
    default:
      return false;
  }
}

export interface Tally {
  ok: number;
  total: number;
}
export interface Score {
  overall: Tally;
  byFile: Map<string, Tally>;
  byField: Map<string, Tally>;
  casesOk: number;
  cases: number;
  failures: { file: string; title: string; field: string; expected: unknown; actual: unknown }[];
}

const bump = (m: Map<string, Tally>, k: string, ok: boolean): void => {
  const t = m.get(k) ?? { ok: 0, total: 0 };
  t.total++;
  if (ok) t.ok++;
  m.set(k, t);
};

function actualOf(field: string, r: ReleaseInfo): unknown {
  const map: Record<string, unknown> = {
    series: r.seriesTitle,
    movie: r.title,
    seriesWithoutYear: r.title,
    seriesYear: r.year,
    quality: r.quality.name,
    source: r.quality.source,
    resolution: r.quality.resolution,
    modifier: r.quality.modifier,
    version: r.quality.revision.version,
    real: r.quality.revision.real,
    repack: r.quality.revision.repack,
    sourceDetectedFrom: r.quality.sourceFrom,
    resolutionDetectedFrom: r.quality.resolutionFrom,
    expectNull: r.kind,
    languageTags: r.subtitleTags,
    allTitles: r.titles,
  };
  return field in map ? map[field] : (r as unknown as Record<string, unknown>)[field];
}

export function scoreCorpus(files: CorpusFile[] = loadCorpus()): Score {
  const score: Score = {
    overall: { ok: 0, total: 0 },
    byFile: new Map(),
    byField: new Map(),
    casesOk: 0,
    cases: 0,
    failures: [],
  };
  for (const { file, cases } of files) {
    for (const c of cases) {
      const r = parse(c.title, hintsFor(c));
      let allOk = true;
      for (const field of c.asserted) {
        const ok = fieldMatches(c, field, r);
        score.overall.total++;
        if (ok) score.overall.ok++;
        else {
          allOk = false;
          score.failures.push({ file, title: c.title, field, expected: c[field], actual: actualOf(field, r) });
        }
        bump(score.byFile, file, ok);
        bump(score.byField, field, ok);
      }
      score.cases++;
      if (allOk) score.casesOk++;
    }
  }
  return score;
}

export const pct = (t: Tally): string => `${((100 * t.ok) / Math.max(1, t.total)).toFixed(2)}%`;
