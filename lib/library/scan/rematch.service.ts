import { publish } from "@/lib/events";
import { logger as rootLogger } from "@/lib/logger";
import { loadFormatsForFiles } from "../file-quality";
import { requireLibraryRow } from "../library.service";
import { unmatchedRowsAfter, updateMediaFiles, type FileUpdate } from "../media-files.repo";
import { libraryMatcher } from "./library-matcher";
import { matchValuesOf } from "./match-values";
import { mapPool } from "./pool";
import type { NameIds } from "./titles";

const logger = rootLogger.child({ context: "library.rematch" });
const PAGE = 500;
const LOOKUPS = 8;

export interface RematchRequest {
  /** Top folders to match again (`/name` for a file in the root); every unmatched file when absent. */
  folders?: string[];
  /** The review's choices: this top folder is this TMDB title. */
  chosen?: { folder: string; tmdbId: number }[];
  signal?: AbortSignal;
}

export interface RematchSummary {
  libraryId: string;
  seen: number;
  matched: number;
  unmatched: number;
}

/** The top folder a library file belongs to, as the matcher groups files (`/name` for one in the root). */
export const topFolderOf = (relativePath: string): string => {
  const slash = relativePath.indexOf("/");
  return slash === -1 ? `/${relativePath}` : relativePath.slice(0, slash);
};

/**
 * Matches a library's unmatched (and unsure) files again, without walking the disk: the folders the review
 * chose a title for are that title (and added to the catalog), the rest go through ids, .nfo files and a
 * metadata search again. Files that match are linked to their movie or episodes where they are.
 */
export async function rematchLibrary(libraryId: string, request: RematchRequest = {}): Promise<RematchSummary> {
  const library = await requireLibraryRow(libraryId);
  const chosen = new Map<string, NameIds>(
    (request.chosen ?? []).map((c) => [c.folder, { tmdbId: c.tmdbId, imdbId: null, tvdbId: null }]),
  );
  const matcher = await libraryMatcher(library, { chosen });
  const folders = request.folders ?? (request.chosen ? [...chosen.keys()] : undefined);
  const formats = await loadFormatsForFiles();
  const summary: RematchSummary = { libraryId, seen: 0, matched: 0, unmatched: 0 };
  for (let after = ""; ;) {
    request.signal?.throwIfAborted();
    const page = await unmatchedRowsAfter(libraryId, after, PAGE, folders);
    if (page.length === 0) break;
    after = page[page.length - 1].relativePath;
    const results = await mapPool(page, LOOKUPS, (row) => matcher.match(row.relativePath, row.role));
    const now = new Date();
    const updates: FileUpdate[] = page.map((row, i) => ({
      id: row.id,
      values: { ...matchValuesOf(results[i], row, formats, library.kind), updatedAt: now },
      episodeIds: results[i].episodeIds,
    }));
    await updateMediaFiles(updates);
    for (const [i, row] of page.entries()) {
      if (row.role !== "video") continue;
      summary.seen++;
      if (results[i].status === "matched") summary.matched++;
      else summary.unmatched++;
    }
    await publish("task.progress", {
      name: `Match ${library.name}`,
      done: summary.seen,
      total: summary.seen,
      detail: `${summary.matched.toLocaleString("en")} matched, ${summary.unmatched.toLocaleString("en")} still unmatched`,
    });
    if (page.length < PAGE) break;
  }
  await publish("library.scan.finished", {
    libraryId,
    name: library.name,
    seen: summary.seen,
    unchanged: 0,
    added: 0,
    changed: 0,
    matched: summary.matched,
    unmatched: summary.unmatched,
    missing: 0,
    reappeared: 0,
    errors: 0,
  });
  logger.info({ ...summary, chosen: chosen.size }, "unmatched files matched again");
  return summary;
}
