import { systemActor } from "@/lib/accounts";
import {
  addMovie,
  addSeries,
  moviesForMatching,
  movieForMatching,
  seriesForMatching,
  seriesOneForMatching,
  type MovieForMatch,
  type SeriesForMatch,
} from "@/lib/catalog";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isMetadataConfigured, withMetadata } from "@/lib/metadata";
import { logger as rootLogger } from "@/lib/logger";
import type { LibraryRow } from "../library.repo";
import type { LibraryKind, MatchCandidate } from "../library.types";
import { resolveLibrary } from "../library-choice";
import { CONFIDENT, scoreResults } from "./confidence";
import type { NameIds } from "./titles";

const logger = rootLogger.child({ context: "library.match" });

type Item = MovieForMatch | SeriesForMatch;

export interface SearchOutcome {
  /** Added (or already in the catalog): the search was confident. */
  item: Item | null;
  confidence: number | null;
  /** Not confident: the best result, left for the review. */
  candidate: MatchCandidate | null;
}

export interface MetadataLookup {
  /** The title an id names, added to the catalog; null when the metadata source knows no such title. */
  byIds(kind: LibraryKind, ids: NameIds): Promise<Item | null>;
  /** Searches title (+ year): a confident result is added, an unsure one comes back as a candidate. */
  bySearch(kind: LibraryKind, title: string, year: number | null): Promise<SearchOutcome>;
}

/**
 * The matcher's metadata side for a library: ids resolve straight to TMDB (find by IMDb/TVDB id), titles are
 * searched and scored. Titles are added as the library says (its profile, monitored or not). Failures (no metadata
 * source, TMDB unreachable) leave the folder unmatched and are logged, never failing the scan.
 */
export function metadataLookup(library: LibraryRow): MetadataLookup {
  let configured: Promise<boolean> | null = null;
  const ready = () => (configured ??= isMetadataConfigured());

  const add = async (kind: LibraryKind, tmdbId: number): Promise<Item | null> => {
    const input = {
      tmdbId,
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
      if (error instanceof NotFoundError) return null;
      if (!(error instanceof ConflictError)) throw error;
      // Added meanwhile (another folder of the same title, a user) or on the exclusion list.
      const all = kind === "movie" ? await moviesForMatching() : await seriesForMatching();
      const existing = all.find((item) => item.tmdbId === tmdbId) ?? null;
      if (!existing) logger.info({ tmdbId, kind, reason: error.message }, "not added");
      return existing;
    }
  };

  return {
    async byIds(kind, ids) {
      if (!(await ready())) return null;
      try {
        if (ids.tmdbId !== null) return await add(kind, ids.tmdbId);
        const external: ["imdb" | "tvdb", string] | null =
          ids.tvdbId !== null ? ["tvdb", String(ids.tvdbId)] : ids.imdbId !== null ? ["imdb", ids.imdbId] : null;
        if (!external) return null;
        const found = await withMetadata((p) => p.findByExternalId(external[0], external[1]));
        const tmdbId = (kind === "movie" ? found.movies : found.series)[0];
        return tmdbId === undefined ? null : await add(kind, tmdbId);
      } catch (error) {
        logger.warn({ err: error, ids, kind }, "metadata lookup by id failed; the folder stays unmatched");
        return null;
      }
    },

    async bySearch(kind, title, year) {
      const none: SearchOutcome = { item: null, confidence: null, candidate: null };
      if (!(await ready())) return none;
      try {
        const page = await withMetadata((p) => p.search(kind, title.slice(0, 200)));
        const [best] = scoreResults(page.results, title, year);
        if (!best || best.confidence < 0.3) return none;
        const candidate: MatchCandidate = {
          tmdbId: best.result.tmdbId,
          title: best.result.title,
          year: best.result.year,
          confidence: best.confidence,
        };
        if (best.confidence < CONFIDENT) return { item: null, confidence: best.confidence, candidate };
        const item = await add(kind, best.result.tmdbId);
        return item ? { item, confidence: best.confidence, candidate: null } : none;
      } catch (error) {
        logger.warn({ err: error, title, year, kind }, "metadata search failed; the folder stays unmatched");
        return none;
      }
    },
  };
}
