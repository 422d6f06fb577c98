import { moviesForMatching, seriesForMatching, type MovieForMatch, type SeriesForMatch } from "@/lib/catalog";
import type { ParsedRelease } from "@/lib/indexers";
import { cleanTitle } from "@/lib/quality";
import { parse, type ReleaseInfo } from "@/lib/release";

/** Which catalog item a feed release is for. TV releases carry the season they belong to. */
export type FeedMatch = { kind: "movie"; movieId: string } | { kind: "series"; seriesId: string; season: number | null };

function titleIndex<T extends { title: string; originalTitle: string | null }>(items: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const title of new Set([item.title, item.originalTitle].filter((t): t is string => !!t))) {
      const key = cleanTitle(title);
      if (!key) continue;
      index.set(key, [...(index.get(key) ?? []), item]);
    }
  }
  return index;
}

/** The one item of that title (with that year when the name gives one, ±1 for release-date differences). */
function pick<T extends { year: number | null }>(candidates: readonly T[] | undefined, year: number | null): T | null {
  if (!candidates || candidates.length === 0) return null;
  if (candidates.length === 1 && (year === null || candidates[0].year === null || Math.abs(candidates[0].year - year) <= 1)) return candidates[0];
  if (year === null) return null;
  const exact = candidates.filter((c) => c.year === year);
  return exact.length === 1 ? exact[0] : null;
}

/**
 * Matches RSS releases to the catalog: by the ids the indexer sent (tmdb, imdb, tvdb) first, then
 * by the parsed title (each AKA title too) and year. Built once per sync over the whole catalog.
 */
export class ReleaseMatcher {
  private constructor(
    private readonly movies: { byTitle: Map<string, MovieForMatch[]>; byTmdb: Map<number, MovieForMatch>; byImdb: Map<string, MovieForMatch> },
    private readonly series: { byTitle: Map<string, SeriesForMatch[]>; byTmdb: Map<number, SeriesForMatch>; byTvdb: Map<number, SeriesForMatch>; byImdb: Map<string, SeriesForMatch> },
  ) {}

  static async load(): Promise<ReleaseMatcher> {
    const [movies, series] = await Promise.all([moviesForMatching(), seriesForMatching()]);
    return new ReleaseMatcher(
      {
        byTitle: titleIndex(movies),
        byTmdb: new Map(movies.map((m) => [m.tmdbId, m])),
        byImdb: new Map(movies.flatMap((m) => (m.imdbId ? [[m.imdbId.toLowerCase(), m] as const] : []))),
      },
      {
        byTitle: titleIndex(series),
        byTmdb: new Map(series.map((s) => [s.tmdbId, s])),
        byTvdb: new Map(series.flatMap((s) => (s.tvdbId ? [[s.tvdbId, s] as const] : []))),
        byImdb: new Map(series.flatMap((s) => (s.imdbId ? [[s.imdbId.toLowerCase(), s] as const] : []))),
      },
    );
  }

  match(release: ParsedRelease): FeedMatch | null {
    const info: ReleaseInfo = parse(release.title);
    const tv = info.kind !== "movie" && info.kind !== "unknown";
    if (tv) {
      const series =
        (release.tvdbId !== null ? this.series.byTvdb.get(release.tvdbId) : undefined) ??
        this.byTitles(info, this.series.byTitle);
      return series ? { kind: "series", seriesId: series.id, season: info.season ?? info.seasons[0] ?? null } : null;
    }
    const movie =
      (release.tmdbId !== null ? this.movies.byTmdb.get(release.tmdbId) : undefined) ??
      (release.imdbId ? this.movies.byImdb.get(release.imdbId.toLowerCase()) : undefined) ??
      this.byTitles(info, this.movies.byTitle);
    return movie ? { kind: "movie", movieId: movie.id } : null;
  }

  private byTitles<T extends { year: number | null }>(info: ReleaseInfo, index: Map<string, T[]>): T | null {
    for (const title of new Set([info.title, info.seriesTitle, ...info.titles])) {
      const found = pick(index.get(cleanTitle(title)), info.year);
      if (found) return found;
    }
    return null;
  }
}
