import { moviesForMatching, seriesForMatching, type MovieForMatch, type SeriesForMatch } from "./match-lookup";

/**
 * Finds a catalog movie or series by a title and year parsed from a release name (a download
 * added to a client by hand): ids first, then the title, compared without case, accents or
 * punctuation. Only an unambiguous answer is returned.
 */
export interface TitleQuery {
  title: string;
  year: number | null;
  tmdbId?: number | null;
  imdbId?: string | null;
}

const titleKey = (title: string): string =>
  title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

function pick<T extends MovieForMatch | SeriesForMatch>(items: T[], query: TitleQuery): T | null {
  const byId = items.find((i) => (query.tmdbId != null && i.tmdbId === query.tmdbId) || (query.imdbId != null && i.imdbId?.toLowerCase() === query.imdbId.toLowerCase()));
  if (byId) return byId;
  const key = titleKey(query.title);
  if (!key) return null;
  const named = items.filter((i) => titleKey(i.title) === key || (i.originalTitle !== null && titleKey(i.originalTitle) === key));
  const only = (list: T[]) => (list.length === 1 ? list[0] : null);
  if (query.year === null) return only(named);
  const exact = named.filter((i) => i.year === query.year);
  if (exact.length > 0) return only(exact);
  // Release years differ by a year between countries.
  return only(named.filter((i) => i.year !== null && Math.abs(i.year - query.year!) === 1));
}

export async function findMovieByTitle(query: TitleQuery): Promise<MovieForMatch | null> {
  return pick(await moviesForMatching(), query);
}

/** Series names in releases often carry no year: then the title alone must be unambiguous. */
export async function findSeriesByTitle(query: TitleQuery): Promise<SeriesForMatch | null> {
  return pick(await seriesForMatching(), query);
}
