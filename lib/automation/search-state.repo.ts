import { asc, inArray } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** Drizzle queries of item_searches, pending_releases and rss_sync_state; rows or null, no rules. */
export type ItemSearchRow = typeof tables.itemSearches.$inferSelect;
export type PendingReleaseRow = typeof tables.pendingReleases.$inferSelect;
export type RssSyncRow = typeof tables.rssSyncState.$inferSelect;

const s = () => tables.itemSearches;
const p = () => tables.pendingReleases;
const r = () => tables.rssSyncState;

export async function itemSearchRows(keys: string[]): Promise<Map<string, ItemSearchRow>> {
  if (keys.length === 0) return new Map();
  const rows: ItemSearchRow[] = [];
  for (let i = 0; i < keys.length; i += 500)
    rows.push(
      ...(await db()
        .select()
        .from(s())
        .where(inArray(s().subjectKey, keys.slice(i, i + 500)))),
    );
  return new Map(rows.map((row) => [row.subjectKey, row]));
}

export async function upsertItemSearch(row: ItemSearchRow): Promise<void> {
  const { subjectKey, ...rest } = row;
  await db().insert(s()).values(row).onConflictDoUpdate({ target: s().subjectKey, set: rest });
}

export async function insertPending(values: typeof tables.pendingReleases.$inferInsert): Promise<void> {
  await db()
    .insert(p())
    .values(values)
    .onConflictDoUpdate({
      target: [p().subjectKey, p().guid],
      set: { release: values.release, reason: values.reason },
    });
}

export async function listPending(): Promise<PendingReleaseRow[]> {
  return db().select().from(p()).orderBy(asc(p().createdAt));
}

export async function deletePending(ids: string[]): Promise<void> {
  if (ids.length) await db().delete(p()).where(inArray(p().id, ids));
}

export async function rssStates(): Promise<Map<string, RssSyncRow>> {
  return new Map((await db().select().from(r())).map((row) => [row.indexerId, row]));
}

export async function saveRssState(row: RssSyncRow): Promise<void> {
  const { indexerId, ...rest } = row;
  await db().insert(r()).values(row).onConflictDoUpdate({ target: r().indexerId, set: rest });
}

export async function lastRssSync(): Promise<Date | null> {
  const rows = await db().select({ at: r().lastSyncAt }).from(r());
  return rows.reduce<Date | null>((latest, row) => (!latest || row.at > latest ? row.at : latest), null);
}
