import { publish } from "@/lib/events";
import { logger as rootLogger } from "@/lib/logger";
import { requireLibraryRow } from "../library.service";
import { filesToAnalyze, updateMediaFiles } from "../media-files.repo";
import { resolveInLibrary } from "../paths";
import { MediaInfoError, probe } from "./ffprobe";

const logger = rootLogger.child({ context: "library.analyze" });

export interface AnalyzeSummary {
  libraryId: string;
  analyzed: number;
  failed: number;
  /** Per-file errors (path relative to the library, one line each). */
  errors: { path: string; message: string }[];
}

/**
 * Reads media info for a library's new or changed files (or the given ones) with ffprobe, one
 * file at a time. A file ffprobe cannot read gets its error stored and counted; the run goes on.
 */
export async function analyzeLibrary(
  libraryId: string,
  options: { mediaFileIds?: string[]; signal?: AbortSignal; limit?: number } = {},
): Promise<AnalyzeSummary> {
  const library = await requireLibraryRow(libraryId);
  const summary: AnalyzeSummary = { libraryId, analyzed: 0, failed: 0, errors: [] };
  const limit = options.limit ?? 2000;
  const rows = await filesToAnalyze(libraryId, limit, options.mediaFileIds);
  for (const row of rows) {
    options.signal?.throwIfAborted();
    const now = new Date();
    try {
      const mediaInfo = await probe(resolveInLibrary(library.path, row.relativePath), { signal: options.signal });
      await updateMediaFiles([{ id: row.id, values: { mediaInfo, mediaInfoError: null, analyzedAt: now } }]);
      summary.analyzed++;
    } catch (error) {
      if (!(error instanceof MediaInfoError)) {
        if (options.signal?.aborted) throw error;
        logger.warn({ err: error, file: row.relativePath }, "media info failed");
      }
      const message = error instanceof Error ? error.message : String(error);
      await updateMediaFiles([{ id: row.id, values: { mediaInfo: null, mediaInfoError: message, analyzedAt: now } }]);
      summary.failed++;
      if (summary.errors.length < 100) summary.errors.push({ path: row.relativePath, message });
      // A missing ffprobe fails every file the same way: stop after recording it once.
      if (/ffprobe was not found|cannot be run/.test(message)) break;
    }
  }
  await publish("library.analyze.finished", { libraryId, analyzed: summary.analyzed, failed: summary.failed });
  return summary;
}
