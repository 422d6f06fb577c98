import type { Actor } from "@/lib/accounts";
import {
  discoverByGenre,
  discoverMetadata,
  searchMetadata,
  type DiscoverList,
  type MediaType,
  type ResultPage,
  type SearchResult,
} from "@/lib/metadata";
import { movieIdsByTmdbIds } from "./movies.repo";
import { seriesIdsByTmdbIds } from "./series.repo";
import { excludedTmdbIds } from "./exclusions.repo";

/** inLibrary: the catalog id when added; excluded: the import exclusion's id when the title may not be added. */
export type SearchResultInLibrary = SearchResult & { inLibrary: string | null; excluded: string | null };
export type ResultPageInLibrary = Omit<ResultPage, "results"> & { results: SearchResultInLibrary[] };

/** Marks results already in the catalog with their catalog id, and the excluded ones with their exclusion. */
async function markInLibrary(type: MediaType, page: ResultPage): Promise<ResultPageInLibrary> {
  const ids = page.results.map((r) => r.tmdbId);
  const [known, excluded] = await Promise.all([
    type === "movie" ? movieIdsByTmdbIds(ids) : seriesIdsByTmdbIds(ids),
    excludedTmdbIds(type === "movie" ? "movie" : "series", ids),
  ]);
  return {
    ...page,
    results: page.results.map((r) => ({
      ...r,
      inLibrary: known.get(r.tmdbId) ?? null,
      excluded: excluded.get(r.tmdbId) ?? null,
    })),
  };
}

export async function searchToAdd(
  actor: Actor,
  type: MediaType,
  query: string,
  page = 1,
): Promise<ResultPageInLibrary> {
  return markInLibrary(type, await searchMetadata(actor, type, query, page));
}

export async function discoverToAdd(
  actor: Actor,
  type: MediaType,
  list: DiscoverList | { genreId: number },
  page = 1,
): Promise<ResultPageInLibrary> {
  const result =
    typeof list === "string"
      ? await discoverMetadata(actor, type, list, page)
      : await discoverByGenre(actor, type, list.genreId, page);
  return markInLibrary(type, result);
}
