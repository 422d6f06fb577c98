import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { tables } from "@/lib/db";

/**
 * SQL over the library's files for other contexts' list queries (Wanted): each fragment is
 * correlated with the caller's item id column, so the caller pages, filters and sorts in SQL and
 * never reads the files. Only matched videos present on disk count.
 */
const f = tables.mediaFiles;
const links = tables.mediaFileEpisodes;

/** The columns a per-file expression may use. */
export interface HeldFileSql {
  qualityId: SQL;
  customFormatIds: SQL;
}

/** A file not read yet (the library.quality job reads it) counts as Unknown (0). */
const file: HeldFileSql = {
  qualityId: sql`COALESCE(${f.qualityId}, 0)`,
  customFormatIds: sql`COALESCE(${f.customFormatIds}, '')`,
};

export type HeldItem = { movieId: AnyColumn } | { episodeId: AnyColumn };

function filesOf(item: HeldItem): SQL {
  const present = sql`${f.role} = 'video' AND ${f.status} = 'matched' AND ${f.missingAt} IS NULL`;
  return "movieId" in item
    ? sql`FROM ${f} WHERE ${f.movieId} = ${item.movieId} AND ${present}`
    : sql`FROM ${links} INNER JOIN ${f} ON ${f.id} = ${links.mediaFileId} WHERE ${links.episodeId} = ${item.episodeId} AND ${present}`;
}

/** True when the movie or episode has a video on disk. */
export function heldSql(item: HeldItem): SQL {
  return sql`EXISTS (SELECT 1 ${filesOf(item)})`;
}

/** The largest `key` over the item's videos (NULL without one). */
export function bestHeldSql(item: HeldItem, key: (file: HeldFileSql) => SQL): SQL {
  return sql`(SELECT MAX(${key(file)}) ${filesOf(item)})`;
}

/** True when the item has videos and `test` holds for the largest `key` over them (computed once per item). */
export function bestHeldMatchesSql(item: HeldItem, key: (file: HeldFileSql) => SQL, test: (best: SQL) => SQL): SQL {
  const best = sql`MAX(${key(file)})`;
  return sql`EXISTS (SELECT ${best} ${filesOf(item)} HAVING ${best} IS NOT NULL AND ${test(best)})`;
}
