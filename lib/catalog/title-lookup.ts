import { moviesForMatching, seriesForMatching, type MovieForMatch, type SeriesForMatch } from "./match-lookup";
import { TitleIndex } from "./title-index";

/** A title and year parsed from a release name, with the ids the name or indexer carried. */
export interface TitleQuery {
  title: string;
  year: number | null;
  tmdbId?: number | null;
  imdbId?: string | null;
}

function pick<T extends MovieForMatch | SeriesForMatch>(items: T[], query: TitleQuery): T | null {
  const index = new TitleIndex(items);
  return (
    index.byIds({ tmdbId: query.tmdbId ?? null, imdbId: query.imdbId?.toLowerCase() ?? null, tvdbId: null }) ??
    index.byTitle(query.title, query.year)
  );
}

/**
 * Finds a catalog movie by a title and year parsed from a release name (a download added to a
 * client by hand): ids first, then the title (case, accents and punctuation ignored) and year
 * (±1). Only an unambiguous answer is returned.
 */
export async function findMovieByTitle(query: TitleQuery): Promise<MovieForMatch | null> {
  return pick(await moviesForMatching(), query);
}

/** The same for series; names often carry no year, then the title alone must be unambiguous. */
export async function findSeriesByTitle(query: TitleQuery): Promise<SeriesForMatch | null> {
  return pick(await seriesForMatching(), query);
}
