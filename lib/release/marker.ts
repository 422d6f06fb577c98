/** A place in a name that says which episode(s), season(s) or date a release holds. */
export interface Marker {
  type: "se" | "nx" | "season-episode" | "pack" | "daily" | "see" | "mini" | "absolute" | "special";
  /** 2 = explicit (S01E02, 1x02, dates), 1 = needs context (103, E05, " - 12"), 0 = last resort. */
  strength: 0 | 1 | 2;
  start: number;
  end: number;
  season?: number;
  seasons?: number[];
  episodes?: number[];
  absolute?: number[];
  specialAbsolute?: number[];
  airDate?: string;
  ambiguousDate?: boolean;
  fullSeason?: boolean;
  partialSeason?: boolean;
  seasonPart?: number;
  seasonExtra?: boolean;
  special?: boolean;
  splitEpisode?: boolean;
  dailyPart?: number;
  /** Where the title ends when that is not `start` (e.g. an air date before S01E01). */
  titleEnd?: number;
}

/** first..last when the numbers go up, else the numbers as given. */
export function expandRange(numbers: number[]): number[] {
  if (numbers.length === 0) return [];
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (numbers.length >= 2 && last > first && last - first <= 400) {
    const out: number[] = [];
    for (let n = first; n <= last; n++) out.push(n);
    return out;
  }
  return [...new Set(numbers)];
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export function wordNumber(s: string): number {
  const n = Number(s);
  return Number.isNaN(n) ? (WORD_NUMBERS[s.toLowerCase()] ?? 0) : n;
}
