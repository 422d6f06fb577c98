import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { tx } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { loadFormatsForFiles, storedQualityOf } from "./file-quality";
import { sendLibraryJob } from "./jobs";
import { requireLibraryRow } from "./library.service";
import { findByPath, insertMediaFile, updateMediaFiles } from "./media-files.repo";
import { resolveInLibrary } from "./paths";

export const attachExistingInput = z.object({
  libraryId: z.string().min(1),
  files: z
    .array(
      z.object({
        relativePath: z.string().min(1),
        target: z.union([
          z.object({ movieId: z.string().min(1) }).strict(),
          z.object({ seriesId: z.string().min(1), episodeIds: z.array(z.string().min(1)).min(1) }).strict(),
        ]),
        quality: z.string().nullable().default(null),
        releaseGroup: z.string().nullable().default(null),
        edition: z.string().nullable().default(null),
      }),
    )
    .max(5000),
});
export type AttachExistingInput = z.input<typeof attachExistingInput>;

export type AttachStatus = "attached" | "already-attached" | "missing";
export interface AttachOutcome {
  relativePath: string;
  status: AttachStatus;
  mediaFileId?: string;
}

/**
 * Records video files that already sit in a library where they are (nothing is moved or renamed),
 * each attached to its movie or episodes: the files another manager placed. A file recorded before
 * for the same title is left as it is, so running it again changes nothing; a missing file is reported.
 * Media info is read afterwards by the library's analyze job.
 */
export async function attachExistingFiles(actor: Actor, input: AttachExistingInput): Promise<AttachOutcome[]> {
  assertCan(actor, "manage");
  const { libraryId, files } = parseInput(attachExistingInput, input);
  const library = await requireLibraryRow(libraryId);
  const formats = await loadFormatsForFiles();
  const kind = library.kind === "movie" ? "movie" : "tv";
  const outcomes: AttachOutcome[] = [];
  const attached: string[] = [];
  for (const file of files) {
    const absolute = resolveInLibrary(library.path, file.relativePath);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
      throw error;
    });
    if (!info?.isFile()) {
      outcomes.push({ relativePath: file.relativePath, status: "missing" });
      continue;
    }
    const owner =
      "movieId" in file.target
        ? { movieId: file.target.movieId, seriesId: null }
        : { movieId: null, seriesId: file.target.seriesId };
    const episodeIds = "episodeIds" in file.target ? file.target.episodeIds : [];
    const now = new Date();
    const values = {
      role: "video" as const,
      size: info.size,
      mtimeMs: Math.trunc(info.mtimeMs),
      status: "matched" as const,
      ...owner,
      quality: file.quality,
      ...storedQualityOf({ relativePath: file.relativePath, quality: file.quality, size: info.size }, formats, kind),
      releaseGroup: file.releaseGroup,
      edition: file.edition,
      missingAt: null,
      updatedAt: now,
    };
    const outcome = await tx(async (t) => {
      const existing = await findByPath(library.id, file.relativePath, t);
      if (
        existing &&
        existing.status === "matched" &&
        existing.movieId === owner.movieId &&
        existing.seriesId === owner.seriesId
      )
        return { relativePath: file.relativePath, status: "already-attached" as const, mediaFileId: existing.id };
      if (existing) {
        await updateMediaFiles([{ id: existing.id, values, episodeIds }], t);
        return { relativePath: file.relativePath, status: "attached" as const, mediaFileId: existing.id };
      }
      const id = randomUUID();
      await insertMediaFile(
        { id, libraryId: library.id, relativePath: file.relativePath, ...values, addedAt: now },
        episodeIds,
        t,
      );
      return { relativePath: file.relativePath, status: "attached" as const, mediaFileId: id };
    });
    if (outcome.status === "attached") attached.push(outcome.mediaFileId);
    outcomes.push(outcome);
  }
  if (attached.length > 0) await sendLibraryJob("library.analyze", { libraryId: library.id, mediaFileIds: attached });
  return outcomes;
}
