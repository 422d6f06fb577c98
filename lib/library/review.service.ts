import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { publish } from "@/lib/events";
import type { MatchCandidate, MediaFileGuess } from "./library.types";
import { requireLibraryRow } from "./library.service";
import { unmatchedFiles, unmatchedRowsAfter, updateMediaFiles } from "./media-files.repo";
import { topFolderOf } from "./scan/rematch.service";

export interface ReviewFile {
  id: string;
  relativePath: string;
  size: number;
  guess: MediaFileGuess | null;
}

export interface ReviewFolder {
  /** The title folder (`/name` for a file in the library's root). */
  folder: string;
  state: "unsure" | "unmatched";
  /** Unsure: the best metadata result, for Accept. */
  candidate: MatchCandidate | null;
  /** Why the folder is not matched (the first file's reason). */
  reason: string | null;
  files: ReviewFile[];
}

export interface ReviewList {
  folders: ReviewFolder[];
  unsure: number;
  unmatched: number;
  /** Unmatched videos in the library (the list shows the first `limit`). */
  totalFiles: number;
}

/**
 * The import review of a library: its unmatched videos grouped by title folder, the unsure ones (a search
 * found a candidate that was not sure enough) first, with the candidate to accept.
 */
export async function listReview(actor: Actor, libraryId: string, limit = 2000): Promise<ReviewList> {
  assertCan(actor, "read");
  await requireLibraryRow(libraryId);
  const { rows, total } = await unmatchedFiles(libraryId, 1, limit);
  const byFolder = new Map<string, ReviewFolder>();
  for (const row of rows) {
    const folder = topFolderOf(row.relativePath);
    let group = byFolder.get(folder);
    if (!group) {
      const candidate = row.guess?.candidate ?? null;
      group = {
        folder,
        state: candidate ? "unsure" : "unmatched",
        candidate,
        reason: row.guess?.reason ?? null,
        files: [],
      };
      byFolder.set(folder, group);
    }
    group.files.push({ id: row.id, relativePath: row.relativePath, size: row.size, guess: row.guess ?? null });
  }
  const folders = [...byFolder.values()].sort(
    (a, b) =>
      (a.state === b.state ? 0 : a.state === "unsure" ? -1 : 1) ||
      (b.candidate?.confidence ?? 0) - (a.candidate?.confidence ?? 0) ||
      a.folder.localeCompare(b.folder),
  );
  return {
    folders,
    unsure: folders.filter((f) => f.state === "unsure").length,
    unmatched: folders.filter((f) => f.state === "unmatched").length,
    totalFiles: total,
  };
}

/** The review's Ignore: every unmatched file below these title folders leaves the list (scans keep them ignored). */
export async function ignoreFolders(actor: Actor, libraryId: string, folders: string[]): Promise<{ ignored: number }> {
  assertCan(actor, "manage");
  await requireLibraryRow(libraryId);
  let ignored = 0;
  for (let after = ""; ;) {
    const page = await unmatchedRowsAfter(libraryId, after, 500, folders);
    if (page.length === 0) break;
    after = page[page.length - 1].relativePath;
    const now = new Date();
    await updateMediaFiles(page.map((row) => ({ id: row.id, values: { status: "ignored", updatedAt: now } })));
    ignored += page.length;
  }
  await publish("library.manual-import", { imported: 0, ignored, failed: 0 }, { actorId: actorId(actor) });
  return { ignored };
}
