import { and, asc, count, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { db, tables, tx, type Db } from "@/lib/db";
import {
  insertMediaFilesSqlite,
  pgConnection,
  scanStateOfPg,
  scanStateOfSqlite,
  sqliteConnection,
} from "./media-files.fast";

/** Drizzle only: media_files and media_file_episodes. */
export type MediaFileRow = typeof tables.mediaFiles.$inferSelect;
export type NewMediaFileRow = typeof tables.mediaFiles.$inferInsert;

const f = tables.mediaFiles;
const links = tables.mediaFileEpisodes;

/** What a rescan compares against: one light row per file. */
export interface ScanStateRow {
  id: string;
  relativePath: string;
  size: number;
  mtimeMs: number;
  status: MediaFileRow["status"];
  role: MediaFileRow["role"];
  missingAt: Date | null;
}

/** The stored state of these files of a library (those it knows): one query per batch of walked files. */
export async function scanStateOf(libraryId: string, relativePaths: string[]): Promise<ScanStateRow[]> {
  if (relativePaths.length === 0) return [];
  const sqlite = sqliteConnection();
  if (sqlite) return scanStateOfSqlite(sqlite, libraryId, relativePaths);
  return scanStateOfPg(pgConnection()!, libraryId, relativePaths);
}

/** Files of a library not marked missing that were added before `before`. */
const presentBefore = (libraryId: string, before: Date) =>
  and(eq(f.libraryId, libraryId), isNull(f.missingAt), lt(f.addedAt, before));

export async function countPresentFiles(libraryId: string, addedBefore: Date): Promise<number> {
  const [{ n }] = await db().select({ n: count() }).from(f).where(presentBefore(libraryId, addedBefore));
  return Number(n);
}

/** One page (by id) of the files of a library not marked missing that were added before `addedBefore`. */
export async function presentFilesPage(
  libraryId: string,
  addedBefore: Date,
  afterId: string,
  limit: number,
): Promise<{ id: string; relativePath: string }[]> {
  return db()
    .select({ id: f.id, relativePath: f.relativePath })
    .from(f)
    .where(and(presentBefore(libraryId, addedBefore), gt(f.id, afterId)))
    .orderBy(asc(f.id))
    .limit(limit);
}

export interface NewFileWithEpisodes {
  row: NewMediaFileRow & { id: string };
  episodeIds: string[];
}

const CHUNK = 400;

/** Inserts files and their episode links in one transaction. */
export async function insertMediaFiles(items: NewFileWithEpisodes[]): Promise<void> {
  if (items.length === 0) return;
  const sqlite = sqliteConnection();
  if (sqlite) return insertMediaFilesSqlite(sqlite, items);
  await tx(async (t) => {
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      await t.insert(f).values(chunk.map((c) => c.row));
      const pairs = chunk.flatMap((c) => c.episodeIds.map((episodeId) => ({ mediaFileId: c.row.id, episodeId })));
      for (let j = 0; j < pairs.length; j += CHUNK)
        await t
          .insert(links)
          .values(pairs.slice(j, j + CHUNK))
          .onConflictDoNothing();
    }
  });
}

export interface FileUpdate {
  id: string;
  values: Partial<NewMediaFileRow>;
  /** Replaces the episode links when given. */
  episodeIds?: string[];
}

export async function updateMediaFiles(updates: FileUpdate[], t?: Db): Promise<void> {
  if (updates.length === 0) return;
  const run = async (d: Db) => {
    for (const u of updates) {
      await d.update(f).set(u.values).where(eq(f.id, u.id));
      if (u.episodeIds) {
        await d.delete(links).where(eq(links.mediaFileId, u.id));
        if (u.episodeIds.length > 0)
          await d
            .insert(links)
            .values(u.episodeIds.map((episodeId) => ({ mediaFileId: u.id, episodeId })))
            .onConflictDoNothing();
      }
    }
  };
  if (t) await run(t);
  else await tx(run);
}

export async function setMissing(ids: string[], missingAt: Date | null): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db()
      .update(f)
      .set({ missingAt, updatedAt: new Date() })
      .where(inArray(f.id, ids.slice(i, i + CHUNK)));
  }
}

export async function findMediaFileRow(id: string): Promise<MediaFileRow | null> {
  const [row] = await db().select().from(f).where(eq(f.id, id)).limit(1);
  return row ?? null;
}

export async function findMediaFileRows(ids: string[]): Promise<MediaFileRow[]> {
  if (ids.length === 0) return [];
  return db().select().from(f).where(inArray(f.id, ids));
}

export async function findByPath(libraryId: string, relativePath: string, t: Db = db()): Promise<MediaFileRow | null> {
  const [row] = await t
    .select()
    .from(f)
    .where(and(eq(f.libraryId, libraryId), eq(f.relativePath, relativePath)))
    .limit(1);
  return row ?? null;
}

export async function insertMediaFile(
  row: NewMediaFileRow & { id: string },
  episodeIds: string[],
  t: Db,
): Promise<void> {
  await t.insert(f).values(row);
  if (episodeIds.length > 0)
    await t
      .insert(links)
      .values(episodeIds.map((episodeId) => ({ mediaFileId: row.id, episodeId })))
      .onConflictDoNothing();
}

export async function deleteMediaFileRow(id: string, t: Db = db()): Promise<void> {
  await t.delete(f).where(eq(f.id, id));
}

export async function episodeIdsOf(mediaFileIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (mediaFileIds.length === 0) return out;
  for (let i = 0; i < mediaFileIds.length; i += CHUNK) {
    const rows = await db()
      .select()
      .from(links)
      .where(inArray(links.mediaFileId, mediaFileIds.slice(i, i + CHUNK)));
    for (const r of rows) out.set(r.mediaFileId, [...(out.get(r.mediaFileId) ?? []), r.episodeId]);
  }
  return out;
}

/** Files (videos first, present ones first) of a movie or a series. */
export async function filesOf(owner: { movieId: string } | { seriesId: string }): Promise<MediaFileRow[]> {
  const where = "movieId" in owner ? eq(f.movieId, owner.movieId) : eq(f.seriesId, owner.seriesId);
  return db().select().from(f).where(where).orderBy(asc(f.relativePath));
}

/** Unmatched videos of a library (not missing), by path. */
export async function unmatchedFiles(
  libraryId: string,
  page: number,
  pageSize: number,
): Promise<{ rows: MediaFileRow[]; total: number }> {
  const where = and(eq(f.libraryId, libraryId), eq(f.status, "unmatched"), eq(f.role, "video"), isNull(f.missingAt));
  const [rows, [{ n }]] = await Promise.all([
    db()
      .select()
      .from(f)
      .where(where)
      .orderBy(asc(f.relativePath))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db().select({ n: count() }).from(f).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** Files waiting for media info: new or changed videos not analyzed yet. */
export async function filesToAnalyze(libraryId: string, limit: number, ids?: string[]): Promise<MediaFileRow[]> {
  const conditions = [
    eq(f.libraryId, libraryId),
    isNull(f.missingAt),
    inArray(f.role, ["video", "sample", "trailer", "featurette", "extra"]),
  ];
  if (ids) conditions.push(inArray(f.id, ids));
  else conditions.push(isNull(f.analyzedAt));
  return db()
    .select()
    .from(f)
    .where(and(...conditions))
    .orderBy(asc(f.relativePath))
    .limit(limit);
}

export async function countByStatus(
  libraryId: string,
): Promise<{ matched: number; unmatched: number; missing: number }> {
  const rows = await db()
    .select({ status: f.status, missing: sql<number>`case when ${f.missingAt} is null then 0 else 1 end`, n: count() })
    .from(f)
    .where(and(eq(f.libraryId, libraryId), eq(f.role, "video")))
    .groupBy(f.status, sql`case when ${f.missingAt} is null then 0 else 1 end`);
  const out = { matched: 0, unmatched: 0, missing: 0 };
  for (const r of rows) {
    if (Number(r.missing) === 1) out.missing += Number(r.n);
    else if (r.status === "matched") out.matched += Number(r.n);
    else if (r.status === "unmatched") out.unmatched += Number(r.n);
  }
  return out;
}

/** Which of these movies have a video file on disk (not missing). */
export async function moviesWithVideo(movieIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < movieIds.length; i += CHUNK) {
    const rows = await db()
      .selectDistinct({ movieId: f.movieId })
      .from(f)
      .where(and(inArray(f.movieId, movieIds.slice(i, i + CHUNK)), eq(f.role, "video"), isNull(f.missingAt)));
    for (const r of rows) if (r.movieId) out.add(r.movieId);
  }
  return out;
}

/** Episodes with a present video file: of these series, or among these episodes. */
export async function presentEpisodeIds(of: { seriesIds: string[] } | { episodeIds: string[] }): Promise<Set<string>> {
  const out = new Set<string>();
  const ids = "seriesIds" in of ? of.seriesIds : of.episodeIds;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await db()
      .selectDistinct({ episodeId: links.episodeId })
      .from(links)
      .innerJoin(f, eq(f.id, links.mediaFileId))
      .where(
        and(
          "seriesIds" in of ? inArray(f.seriesId, chunk) : inArray(links.episodeId, chunk),
          eq(f.role, "video"),
          isNull(f.missingAt),
        ),
      );
    for (const r of rows) out.add(r.episodeId);
  }
  return out;
}

/** Present video files of these movies or series (batched for lists). */
export async function videoFilesOf(of: { movieIds: string[] } | { seriesIds: string[] }): Promise<MediaFileRow[]> {
  const ids = "movieIds" in of ? of.movieIds : of.seriesIds;
  const column = "movieIds" in of ? f.movieId : f.seriesId;
  const out: MediaFileRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    out.push(
      ...(await db()
        .select()
        .from(f)
        .where(and(inArray(column, ids.slice(i, i + CHUNK)), eq(f.role, "video"), isNull(f.missingAt)))
        .orderBy(asc(f.relativePath))),
    );
  }
  return out;
}

/** Unmatched files of a library after a path (keyset paging), optionally only below some top folders (`/name`: that file in the root). */
export async function unmatchedRowsAfter(
  libraryId: string,
  afterPath: string,
  limit: number,
  topFolders?: string[],
): Promise<MediaFileRow[]> {
  const conditions = [
    eq(f.libraryId, libraryId),
    eq(f.status, "unmatched"),
    isNull(f.missingAt),
    gt(f.relativePath, afterPath),
  ];
  if (topFolders) {
    if (topFolders.length === 0) return [];
    conditions.push(
      or(
        ...topFolders.map((folder) =>
          folder.startsWith("/")
            ? eq(f.relativePath, folder.slice(1))
            : sql`substr(${f.relativePath}, 1, cast(${[...folder].length + 1} as integer)) = ${`${folder}/`}`,
        ),
      )!,
    );
  }
  return db()
    .select()
    .from(f)
    .where(and(...conditions))
    .orderBy(asc(f.relativePath))
    .limit(limit);
}
