import { eq, lt } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** Metadata responses stored by request key, with an expiry; stale rows are kept as a fallback when TMDB is down. */
export async function readCache(key: string): Promise<{ value: unknown; expiresAt: Date } | null> {
  const [row] = await db()
    .select({ value: tables.metadataCache.value, expiresAt: tables.metadataCache.expiresAt })
    .from(tables.metadataCache)
    .where(eq(tables.metadataCache.key, key))
    .limit(1);
  return row ?? null;
}

export async function writeCache(key: string, value: unknown, ttlMs: number, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db()
    .insert(tables.metadataCache)
    .values({ key, value, expiresAt, createdAt: now })
    .onConflictDoUpdate({ target: tables.metadataCache.key, set: { value, expiresAt, createdAt: now } });
}

/** Rows past expiry by more than the grace period (kept that long as an offline fallback). */
export async function pruneCache(olderThan: Date): Promise<number> {
  const rows = await db()
    .delete(tables.metadataCache)
    .where(lt(tables.metadataCache.expiresAt, olderThan))
    .returning({ key: tables.metadataCache.key });
  return rows.length;
}
