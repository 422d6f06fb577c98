import { eq, lt } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** Drizzle queries of release_cache; rows or null, no rules. */
export type ReleaseCacheRow = typeof tables.releaseCache.$inferSelect;
export type ReleaseCacheInsert = typeof tables.releaseCache.$inferInsert;

const c = () => tables.releaseCache;
const CHUNK = 200;

export async function insertCachedReleases(rows: ReleaseCacheInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db()
      .insert(c())
      .values(rows.slice(i, i + CHUNK));
}

export async function getCachedRelease(id: string): Promise<ReleaseCacheRow | null> {
  const [row] = await db().select().from(c()).where(eq(c().id, id));
  return row ?? null;
}

export async function deleteCachedReleasesBefore(before: Date): Promise<void> {
  await db().delete(c()).where(lt(c().createdAt, before));
}
