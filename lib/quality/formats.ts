import type { ReleaseInfo } from "@/lib/release";
import type { CustomFormat, FormatCondition, QualityProfile, ReleaseType } from "./model";
import { compileUserPattern, userPatternProblem, type UserPattern } from "./user-pattern";

/** What custom-format conditions look at: the parsed name plus what the indexer said. */
export interface FormatInput {
  title: string;
  release: ReleaseInfo;
  size: number | null;
  flags: readonly string[];
  releaseType: ReleaseType;
}

export interface FormatMatch {
  id: string;
  name: string;
  score: number;
}

type Test = (input: FormatInput) => boolean;
interface CompiledCondition {
  type: FormatCondition["type"];
  required: boolean;
  test: Test;
}
interface CompiledFormat {
  id: string;
  name: string;
  conditions: CompiledCondition[];
}

/** *arr regexes are .NET, case-insensitive; they run on RE2 (linear time), see user-pattern.ts. */
export function compilePattern(pattern: string): UserPattern {
  return compileUserPattern(pattern, true);
}

/** A stored pattern RE2 cannot run (saved before patterns were checked for it) never matches. */
function storedPattern(pattern: string): UserPattern {
  try {
    return compilePattern(pattern);
  } catch {
    return { test: () => false };
  }
}

export function patternProblem(pattern: string): string | null {
  return userPatternProblem(pattern, true);
}

const GB = 1024 ** 3;

/** Languages of a release; none named means English, as Sonarr and Radarr assume. */
export const releaseLanguages = (release: ReleaseInfo): readonly string[] =>
  release.languages.length > 0 ? release.languages : ["English"];

function testOf(c: FormatCondition): Test {
  switch (c.type) {
    case "releaseTitle": {
      const re = storedPattern(c.pattern);
      return (i) => re.test(i.title);
    }
    case "releaseGroup": {
      const re = storedPattern(c.pattern);
      return (i) => i.release.group !== null && re.test(i.release.group);
    }
    case "edition": {
      const re = storedPattern(c.pattern);
      return (i) => i.release.edition !== null && re.test(i.release.edition);
    }
    case "source":
      return (i) => i.release.quality.source === c.source;
    case "resolution":
      return (i) => i.release.quality.resolution === c.resolution;
    case "qualityModifier":
      return (i) => i.release.quality.modifier === c.modifier;
    case "language": {
      const want = c.language.toLowerCase();
      return c.exceptLanguage
        ? (i) => releaseLanguages(i.release).some((l) => l.toLowerCase() !== want)
        : (i) => releaseLanguages(i.release).some((l) => l.toLowerCase() === want);
    }
    case "indexerFlag":
      return (i) => i.flags.includes(c.flag);
    case "size":
      return (i) => i.size !== null && i.size > c.minGb * GB && i.size <= c.maxGb * GB;
    case "releaseType":
      return (i) => i.releaseType === c.releaseType;
    case "year":
      return (i) => i.release.year !== null && i.release.year >= c.min && i.release.year <= c.max;
  }
}

function compileCondition(c: FormatCondition): CompiledCondition {
  let test: Test;
  try {
    test = testOf(c);
  } catch {
    // An invalid pattern never matches; saving one is refused, so this only guards imported data.
    test = () => false;
  }
  return { type: c.type, required: c.required, test: c.negate ? (i) => !test(i) : test };
}

const compiledCache = new WeakMap<readonly CustomFormat[], CompiledFormat[]>();

function compiled(formats: readonly CustomFormat[]): CompiledFormat[] {
  let list = compiledCache.get(formats);
  if (!list) {
    list = formats.map((f) => ({ id: f.id, name: f.name, conditions: f.conditions.map(compileCondition) }));
    compiledCache.set(formats, list);
  }
  return list;
}

/**
 * The *arr rule: every required condition matches, and of each condition type that has optional
 * conditions, at least one matches. A format without conditions never matches.
 */
function formatMatches(format: CompiledFormat, input: FormatInput): boolean {
  if (format.conditions.length === 0) return false;
  const optionalByType = new Map<string, boolean>();
  for (const c of format.conditions) {
    const ok = c.test(input);
    if (c.required) {
      if (!ok) return false;
    } else {
      optionalByType.set(c.type, (optionalByType.get(c.type) ?? false) || ok);
    }
  }
  for (const ok of optionalByType.values()) if (!ok) return false;
  return true;
}

/** The formats a release matches, with the profile's scores. */
export function matchFormats(
  formats: readonly CustomFormat[],
  profile: QualityProfile,
  input: FormatInput,
): FormatMatch[] {
  const matches: FormatMatch[] = [];
  for (const f of compiled(formats)) {
    if (formatMatches(f, input)) matches.push({ id: f.id, name: f.name, score: profile.formatScores[f.id] ?? 0 });
  }
  return matches;
}

export const totalScore = (matches: readonly FormatMatch[]): number => matches.reduce((sum, m) => sum + m.score, 0);

/** Single episode, multi-episode or season pack, from the parsed name. */
export function releaseTypeOf(release: ReleaseInfo): ReleaseType {
  if (release.fullSeason || release.multiSeason || release.kind === "season-pack" || release.kind === "multi-season")
    return "season-pack";
  const count = Math.max(release.episodes.length, release.absolute.length);
  if (count > 1) return "multi-episode";
  if (count === 1 || release.airDate !== null) return "single-episode";
  return "unknown";
}
