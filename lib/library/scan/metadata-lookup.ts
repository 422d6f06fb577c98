import { systemActor } from "@/lib/accounts";
import {
  addMovie,
  addSeries,
  moviesForMatching,
  movieForMatching,
  seriesForMatching,
  seriesOneForMatching,
  titleKey,
  type MovieForMatch,
  type SeriesForMatch,
} from "@/lib/catalog";
import { ConflictError } from "@/lib/errors";
import { isMetadataConfigured, withMetadata, type SearchResult } from "@/lib/metadata";
import { logger as rootLogger } from "@/lib/logger";
import type { LibraryRow } from "../library.repo";
import type { LibraryKind } from "../library.types";
import type { NameIds } from "./titles";
import { resolveLibrary } from "../library-choice";

const logger = rootLogger.child({ context: "library.match" });

/** The search result that is clearly this title: same normalized title, and the year when known (±1). */
export function pickResult(
  results: SearchResult[],
  title: string,
  year: number | null,
  tmdbId: number | null,
): SearchResult | null {
  if (tmdbId !== null) {
    const byId = results.find((r) => r.tmdbId === tmdbId);
    if (byId) return byId;
  }
  const key = titleKey(title);
  const same = results.filter(
    (r) => titleKey(r.title) === key || (r.originalTitle !== null && titleKey(r.originalTitle) === key),
  );
  if (year === null) return same.length === 1 ? same[0] : null;
  return (
    same.find((r) => r.year === year) ?? same.find((r) => r.year !== null && Math.abs(r.year - year) === 1) ?? null
  );
}

/**
 * The matcher's last resort for a library: search metadata for the folder's title and add the
 * result to the catalog (monitored as the library says). Failures (no metadata source, TMDB
 * unreachable) leave the file unmatched and are logged, never failing the scan.
 */
export function metadataLookup(library: LibraryRow) {
  let configured: Promise<boolean> | null = null;
  return async (
    kind: LibraryKind,
    title: string,
    year: number | null,
    ids: NameIds,
  ): Promise<MovieForMatch | SeriesForMatch | null> => {
    configured ??= isMetadataConfigured();
    if (!(await configured)) return null;
    try {
      const page = await withMetadata((p) => p.search(kind, title.slice(0, 200)));
      const pick = pickResult(page.results, title, year, ids.tmdbId);
      if (!pick) return null;
      const input = {
        tmdbId: pick.tmdbId,
        libraryId: library.id,
        monitored: library.monitorNew,
        qualityProfileId: library.qualityProfileId,
      };
      try {
        if (kind === "movie") return await movieForMatching((await addMovie(systemActor, input, resolveLibrary)).id);
        return await seriesOneForMatching(
          (await addSeries(systemActor, { ...input, monitor: library.monitorNew ? "all" : "none" }, resolveLibrary)).id,
        );
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        // Added meanwhile (another scan, a user): use the catalog's.
        const all = kind === "movie" ? await moviesForMatching() : await seriesForMatching();
        return all.find((item) => item.tmdbId === pick.tmdbId) ?? null;
      }
    } catch (error) {
      logger.warn({ err: error, title, year, kind }, "metadata lookup failed; the file stays unmatched");
      return null;
    }
  };
}
