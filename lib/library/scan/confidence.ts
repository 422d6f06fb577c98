import { titleKey } from "@/lib/catalog";
import type { SearchResult } from "@/lib/metadata";

/** At or above this a title + year match is added without asking; below it the folder waits in the review. */
export const CONFIDENT = 0.85;

export interface ScoredResult {
  result: SearchResult;
  /** 0..1: how surely this result is the folder's title. */
  confidence: number;
}

/** Dice coefficient of the character pairs of two title keys (1 for equal keys). */
function similarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

function yearFactor(wanted: number | null, found: number | null): number {
  if (wanted === null) return 0.9;
  if (found === null) return 0.8;
  const off = Math.abs(found - wanted);
  return off === 0 ? 1 : off === 1 ? 0.95 : off <= 3 ? 0.7 : 0.5;
}

/**
 * Scores search results against a folder's title and year, best first. Two results that fit about as well
 * (a remake, a title without its year) make the best one unsure: the user picks.
 */
export function scoreResults(results: SearchResult[], title: string, year: number | null): ScoredResult[] {
  const key = titleKey(title);
  const scored = results
    .map((result) => {
      const titles = [result.title, result.originalTitle].filter((t): t is string => !!t);
      const sim = Math.max(0, ...titles.map((t) => similarity(key, titleKey(t))));
      return { result, confidence: sim * yearFactor(year, result.year) };
    })
    .sort((a, b) => b.confidence - a.confidence);
  if (scored.length > 1 && scored[1].confidence >= scored[0].confidence - 0.02)
    scored[0] = { ...scored[0], confidence: Math.min(scored[0].confidence, CONFIDENT - 0.15) };
  return scored.map((s) => ({ ...s, confidence: Math.round(s.confidence * 100) / 100 }));
}
