import { and, asc, eq, gt, isNull, type SQL } from "drizzle-orm";
import { db, tables, tx } from "@/lib/db";
import { customFormatsForFiles, fileQualityOf, type CustomFormat } from "@/lib/quality";

/** The stored columns of a video's quality (media_files.quality_id, custom_format_ids). */
export interface StoredQuality {
  qualityId: number;
  /** ",id,id," (or "" for none), so that SQL can test one format with LIKE. */
  customFormatIds: string;
}

export const formatIdList = (ids: readonly string[]): string => (ids.length > 0 ? `,${ids.join(",")},` : "");

/** The quality and custom formats to store for a video, read from its recorded quality and its name. */
export function storedQualityOf(
  file: { relativePath: string; quality: string | null; size: number },
  formats: readonly CustomFormat[],
  kind: "movie" | "tv" | null,
): StoredQuality {
  const q = fileQualityOf(file, formats, kind ? { kind } : {});
  return { qualityId: q.qualityId, customFormatIds: formatIdList(q.customFormatIds) };
}

/** The custom formats, loaded once per scan or import. */
export const loadFormatsForFiles = (): Promise<CustomFormat[]> => customFormatsForFiles();

const f = tables.mediaFiles;
const BATCH = 500;

export interface RefreshQualitySummary {
  read: number;
  changed: number;
}

/**
 * Stores the quality and custom formats of library videos, in batches of 500 (memory flat with
 * the library's size): those never read (rows from before the columns existed: the one-time
 * backfill), or all of them (`all`, after custom formats changed).
 */
export async function refreshFileQualities(
  options: { all?: boolean; signal?: AbortSignal } = {},
): Promise<RefreshQualitySummary> {
  const formats = await loadFormatsForFiles();
  const summary: RefreshQualitySummary = { read: 0, changed: 0 };
  let after = "";
  for (;;) {
    options.signal?.throwIfAborted();
    const where: SQL[] = [eq(f.role, "video"), gt(f.id, after)];
    if (!options.all) where.push(isNull(f.customFormatIds));
    const rows = await db()
      .select({
        id: f.id,
        relativePath: f.relativePath,
        quality: f.quality,
        size: f.size,
        movieId: f.movieId,
        seriesId: f.seriesId,
        qualityId: f.qualityId,
        customFormatIds: f.customFormatIds,
      })
      .from(f)
      .where(and(...where))
      .orderBy(asc(f.id))
      .limit(BATCH);
    if (rows.length === 0) return summary;
    after = rows[rows.length - 1].id;
    summary.read += rows.length;
    const changed = rows
      .map((r) => ({ r, q: storedQualityOf(r, formats, r.movieId ? "movie" : r.seriesId ? "tv" : null) }))
      .filter(({ r, q }) => r.qualityId !== q.qualityId || r.customFormatIds !== q.customFormatIds);
    if (changed.length > 0)
      await tx(async (t) => {
        for (const { r, q } of changed) await t.update(f).set(q).where(eq(f.id, r.id));
      });
    summary.changed += changed.length;
    if (rows.length < BATCH) return summary;
  }
}

/** The `library.quality` job: the files never read (hourly, and the one-time backfill), or all of them. */
export async function libraryQualityHandler(job: {
  data: { all?: boolean };
  signal: AbortSignal;
}): Promise<RefreshQualitySummary> {
  return refreshFileQualities({ all: job.data.all, signal: job.signal });
}
