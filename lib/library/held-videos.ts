import { and, eq, inArray, isNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** A matched video present on disk, with what the library recorded of its quality. */
export interface HeldVideoRow {
  id: string;
  movieId: string | null;
  seriesId: string | null;
  episodeIds: string[];
  relativePath: string;
  size: number;
  quality: string | null;
  releaseGroup: string | null;
}

const f = tables.mediaFiles;
const links = tables.mediaFileEpisodes;
const CHUNK = 400;

/**
 * Every matched video present on disk, with its episodes (read-only, for the automation context:
 * Wanted lists and upgrade checks).
 */
export async function heldVideos(): Promise<HeldVideoRow[]> {
  const rows = await db()
    .select({
      id: f.id,
      movieId: f.movieId,
      seriesId: f.seriesId,
      relativePath: f.relativePath,
      size: f.size,
      quality: f.quality,
      releaseGroup: f.releaseGroup,
    })
    .from(f)
    .where(and(eq(f.role, "video"), eq(f.status, "matched"), isNull(f.missingAt)));
  const byFile = new Map<string, string[]>();
  const ids = rows.filter((r) => r.seriesId).map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const l of await db()
      .select()
      .from(links)
      .where(inArray(links.mediaFileId, ids.slice(i, i + CHUNK)))) {
      byFile.set(l.mediaFileId, [...(byFile.get(l.mediaFileId) ?? []), l.episodeId]);
    }
  }
  return rows.map((r) => ({ ...r, episodeIds: byFile.get(r.id) ?? [] }));
}
