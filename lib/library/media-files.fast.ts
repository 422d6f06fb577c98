import type Database from "better-sqlite3";
import { getDbHandle, sqliteGate, tx } from "@/lib/db";
import type { NewFileWithEpisodes, ScanStateRow } from "./media-files.repo";

/**
 * SQLite fast paths for the scan's two bulk operations (100,000 rows): prepared statements on the
 * better-sqlite3 connection instead of Drizzle's per-value query building, about 5× faster.
 * Same rows as the Drizzle versions (timestamps as ms, JSON as text); PostgreSQL uses Drizzle.
 */
export function sqliteConnection(): Database.Database | null {
  const handle = getDbHandle();
  return handle.dialect === "sqlite" ? handle.sqlite : null;
}

export async function loadScanStateSqlite(sqlite: Database.Database, libraryId: string): Promise<ScanStateRow[]> {
  const query = sqlite
    .prepare("SELECT id, relative_path, size, mtime_ms, status, role, missing_at FROM media_files WHERE library_id = ?")
    .raw();
  const rows = (await sqliteGate(sqlite).statement(() => query.all(libraryId))) as [
    string,
    string,
    number,
    number,
    ScanStateRow["status"],
    ScanStateRow["role"],
    number | null,
  ][];
  return rows.map(([id, relativePath, size, mtimeMs, status, role, missingAt]) => ({
    id,
    relativePath,
    size,
    mtimeMs,
    status,
    role,
    missingAt: missingAt === null ? null : new Date(missingAt),
  }));
}

const INSERT_FILE = `INSERT INTO media_files (id, library_id, relative_path, role, size, mtime_ms, status, movie_id, series_id, quality, quality_id, custom_format_ids, release_group, edition, guess, media_info, media_info_error, analyzed_at, missing_at, added_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?)`;
const INSERT_LINK = "INSERT OR IGNORE INTO media_file_episodes (media_file_id, episode_id) VALUES (?, ?)";

const ms = (d: Date | undefined | null): number | null => (d ? d.getTime() : null);

export async function insertMediaFilesSqlite(sqlite: Database.Database, items: NewFileWithEpisodes[]): Promise<void> {
  const file = sqlite.prepare(INSERT_FILE);
  const link = sqlite.prepare(INSERT_LINK);
  // Through tx() so the write is serialised with every other transaction of this process.
  await tx(async () => {
    for (const { row, episodeIds } of items) {
      file.run(
        row.id,
        row.libraryId,
        row.relativePath,
        row.role,
        row.size,
        row.mtimeMs,
        row.status,
        row.movieId ?? null,
        row.seriesId ?? null,
        row.quality ?? null,
        row.qualityId ?? null,
        row.customFormatIds ?? null,
        row.releaseGroup ?? null,
        row.edition ?? null,
        row.guess ? JSON.stringify(row.guess) : null,
        ms(row.addedAt),
        ms(row.updatedAt),
      );
      for (const episodeId of episodeIds) link.run(row.id, episodeId);
    }
  });
}
