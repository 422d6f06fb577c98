import type { RequestScope } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import type { SeriesMetadata } from "@/lib/metadata";

export const WHOLE: RequestScope = { whole: true, seasons: [], episodes: [] };

const sortedUnique = (ns: number[]) => [...new Set(ns)].sort((a, b) => a - b);

/** A series request's scope, checked against the seasons TMDB knows; single episodes of requested seasons fold in. */
export function seriesScope(
  meta: SeriesMetadata,
  asked: { whole: boolean; seasons: number[]; episodes: { season: number; episode: number }[] },
): RequestScope {
  if (asked.whole) return WHOLE;
  const known = new Map(meta.seasons.map((s) => [s.seasonNumber, s.episodeCount]));
  for (const n of [...asked.seasons, ...asked.episodes.map((e) => e.season)])
    if (!known.has(n)) throw new ValidationError(`${meta.title} has no season ${n}`);
  for (const e of asked.episodes) {
    const count = known.get(e.season);
    if (count && e.episode > count)
      throw new ValidationError(`Season ${e.season} of ${meta.title} has ${count} episodes, not ${e.episode}`);
  }
  const seasons = sortedUnique(asked.seasons);
  return normalize({ whole: false, seasons, episodes: asked.episodes });
}

function normalize(scope: RequestScope): RequestScope {
  if (scope.whole) return WHOLE;
  const seasons = sortedUnique(scope.seasons);
  const seen = new Set<string>();
  const episodes = scope.episodes
    .filter((e) => !seasons.includes(e.season))
    .filter((e) => {
      const key = `${e.season}:${e.episode}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.season - b.season || a.episode - b.episode);
  return { whole: false, seasons, episodes };
}

export function mergeScopes(a: RequestScope, b: RequestScope): RequestScope {
  if (a.whole || b.whole) return WHOLE;
  return normalize({ whole: false, seasons: [...a.seasons, ...b.seasons], episodes: [...a.episodes, ...b.episodes] });
}

/** The seasons a scope touches (what season quotas count): every regular season for a whole series. */
export function seasonsOf(scope: RequestScope, meta: SeriesMetadata): number[] {
  if (scope.whole) return meta.seasons.map((s) => s.seasonNumber).filter((n) => n > 0);
  return sortedUnique([...scope.seasons, ...scope.episodes.map((e) => e.season)]);
}

export function describeScope(scope: RequestScope): string {
  if (scope.whole) return "All seasons";
  const parts = [
    ...scope.seasons.map((n) => `Season ${n}`),
    ...scope.episodes.map((e) => `S${String(e.season).padStart(2, "0")}E${String(e.episode).padStart(2, "0")}`),
  ];
  return parts.length > 4 ? `${parts.slice(0, 3).join(", ")} and ${parts.length - 3} more` : parts.join(", ");
}
