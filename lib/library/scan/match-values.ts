import type { CustomFormat } from "@/lib/quality";
import { storedQualityOf } from "../file-quality";
import type { LibraryKind, MediaFileRole } from "../library.types";
import type { MatchResult } from "./match";

/** The columns a match result sets on a media file row (the stored quality for videos). */
export function matchValuesOf(
  result: MatchResult,
  file: { relativePath: string; role: MediaFileRole; size: number },
  formats: readonly CustomFormat[] | null,
  kind: LibraryKind,
) {
  return {
    status: result.status,
    movieId: result.movieId,
    seriesId: result.seriesId,
    quality: result.quality,
    releaseGroup: result.releaseGroup,
    edition: result.edition,
    guess: result.guess,
    ...(file.role === "video" && formats
      ? storedQualityOf({ relativePath: file.relativePath, quality: result.quality, size: file.size }, formats, kind)
      : {}),
  };
}
