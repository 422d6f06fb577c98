import {
  moviesForMatching,
  seriesForMatching,
  TitleIndex,
  type MovieForMatch,
  type SeriesForMatch,
} from "@/lib/catalog";
import type { ParsedRelease } from "@/lib/indexers";
import { parse, type ReleaseInfo } from "@/lib/release";

/** Which catalog item a feed release is for. TV releases carry the season they belong to. */
export type FeedMatch =
  { kind: "movie"; movieId: string } | { kind: "series"; seriesId: string; season: number | null };

/**
 * Matches RSS releases to the catalog: by the ids the indexer sent (tmdb, imdb, tvdb) first, then
 * by the parsed title (each AKA title too) and year. Built once per sync over the whole catalog.
 */
export class ReleaseMatcher {
  private constructor(
    private readonly movies: TitleIndex<MovieForMatch>,
    private readonly series: TitleIndex<SeriesForMatch>,
  ) {}

  static async load(): Promise<ReleaseMatcher> {
    const [movies, series] = await Promise.all([moviesForMatching(), seriesForMatching()]);
    return new ReleaseMatcher(new TitleIndex(movies), new TitleIndex(series));
  }

  match(release: ParsedRelease): FeedMatch | null {
    const info = parse(release.title);
    if (info.kind !== "movie" && info.kind !== "unknown") {
      const series =
        this.series.byIds({ tmdbId: null, imdbId: null, tvdbId: release.tvdbId }) ?? byTitles(info, this.series);
      return series ? { kind: "series", seriesId: series.id, season: info.season ?? info.seasons[0] ?? null } : null;
    }
    const movie =
      this.movies.byIds({ tmdbId: release.tmdbId, imdbId: release.imdbId?.toLowerCase() ?? null, tvdbId: null }) ??
      byTitles(info, this.movies);
    return movie ? { kind: "movie", movieId: movie.id } : null;
  }
}

function byTitles<T extends MovieForMatch | SeriesForMatch>(info: ReleaseInfo, index: TitleIndex<T>): T | null {
  for (const title of new Set([info.title, info.seriesTitle, ...info.titles])) {
    const found = index.byTitle(title, info.year);
    if (found) return found;
  }
  return null;
}
