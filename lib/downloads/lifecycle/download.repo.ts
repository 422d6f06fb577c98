import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";

/** Drizzle queries of downloads, download_history and blocklist; rows or null, no rules. */
export type DownloadRow = typeof tables.downloads.$inferSelect;
export type DownloadInsert = typeof tables.downloads.$inferInsert;
export type HistoryRow = typeof tables.downloadHistory.$inferSelect;
export type HistoryInsert = typeof tables.downloadHistory.$inferInsert;
export type BlocklistRow = typeof tables.blocklist.$inferSelect;
export type BlocklistInsert = typeof tables.blocklist.$inferInsert;

const d = () => tables.downloads;
const h = () => tables.downloadHistory;
const b = () => tables.blocklist;

/**
 * Statuses in which a row is still the client's business (monitored). "needs-extraction" and
 * "not-an-upgrade" stay watched (removal by hand is noticed), but the monitor keeps those statuses:
 * only the import changes them.
 */
export const activeStatuses = [
  "queued",
  "downloading",
  "paused",
  "stalled",
  "verifying",
  "seeding",
  "completed",
  "warning",
  "importing",
  "needs-extraction",
  "not-an-upgrade",
] as const;

export async function insertDownload(values: DownloadInsert, t: Db = db()): Promise<DownloadRow> {
  const [row] = await t.insert(d()).values(values).returning();
  return row;
}

export async function getDownloadRow(id: string): Promise<DownloadRow | null> {
  const [row] = await db().select().from(d()).where(eq(d().id, id));
  return row ?? null;
}

export async function updateDownloadRow(
  id: string,
  values: Partial<DownloadInsert>,
  t: Db = db(),
): Promise<DownloadRow | null> {
  const [row] = await t.update(d()).set(values).where(eq(d().id, id)).returning();
  return row ?? null;
}

/**
 * Updates the row only if nobody changed it since `read` was read (its updatedAt): a monitor pass
 * that asked the client before a user paused or resumed must not write the older state back.
 */
export async function updateDownloadRowIfUnchanged(
  read: DownloadRow,
  values: Partial<DownloadInsert>,
  t: Db = db(),
): Promise<DownloadRow | null> {
  const [row] = await t
    .update(d())
    .set(values)
    .where(and(eq(d().id, read.id), eq(d().updatedAt, read.updatedAt)))
    .returning();
  return row ?? null;
}

/** Rows not yet removed and not yet imported or failed: what the monitor polls. */
export async function listMonitoredDownloads(): Promise<DownloadRow[]> {
  return db()
    .select()
    .from(d())
    .where(and(isNull(d().removedAt), eq(d().imported, false), inArray(d().status, [...activeStatuses])))
    .orderBy(d().createdAt);
}

/** The queue: everything not removed and not imported, newest first. */
export async function listQueueRows(): Promise<DownloadRow[]> {
  return db()
    .select()
    .from(d())
    .where(and(isNull(d().removedAt), eq(d().imported, false)))
    .orderBy(desc(d().createdAt));
}

export async function insertHistory(values: HistoryInsert, t: Db = db()): Promise<HistoryRow> {
  const [row] = await t.insert(h()).values(values).returning();
  return row;
}

export type HistoryRowWithDownload = HistoryRow & {
  episodeIds: string[] | null;
  clientItemId: string | null;
  protocol: "torrent" | "usenet" | null;
  quality: Record<string, unknown> | null;
};

/** History entries, newest first (or oldest first), with the episodes, client id and quality of their download. */
export async function listHistoryRows(options: {
  limit: number;
  offset: number;
  downloadId?: string;
  event?: string;
  movieId?: string;
  seriesId?: string;
  events?: readonly string[];
  kind?: "movie" | "series";
  since?: Date;
  ascending?: boolean;
}): Promise<{ rows: HistoryRowWithDownload[]; total: number }> {
  // The event column's type lists the events written today; the filter accepts any (later ones too).
  const where = and(
    options.downloadId ? eq(h().downloadId, options.downloadId) : undefined,
    options.event ? sql`${h().event} = ${options.event}` : undefined,
    options.movieId ? eq(h().movieId, options.movieId) : undefined,
    options.seriesId ? eq(h().seriesId, options.seriesId) : undefined,
    options.events?.length ? inArray(sql`${h().event}`, [...options.events]) : undefined,
    options.since ? gte(h().createdAt, options.since) : undefined,
    options.kind === "movie" ? isNotNull(h().movieId) : options.kind === "series" ? isNotNull(h().seriesId) : undefined,
  );
  const order = options.ascending ? [asc(h().createdAt), asc(h().id)] : [desc(h().createdAt), desc(h().id)];
  const [rows, [{ n }]] = await Promise.all([
    db()
      .select({
        history: h(),
        episodeIds: d().episodeIds,
        clientItemId: d().clientItemId,
        protocol: d().protocol,
        quality: d().quality,
      })
      .from(h())
      .leftJoin(d(), eq(d().id, h().downloadId))
      .where(where)
      .orderBy(...order)
      .limit(options.limit)
      .offset(options.offset),
    db()
      .select({ n: sql<number>`count(*)` })
      .from(h())
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r.history,
      episodeIds: r.episodeIds,
      clientItemId: r.clientItemId,
      protocol: r.protocol,
      quality: r.quality,
    })),
    total: Number(n),
  };
}

export async function insertBlocklist(values: BlocklistInsert, t: Db = db()): Promise<BlocklistRow> {
  const [row] = await t.insert(b()).values(values).returning();
  return row;
}

export async function listBlocklistRows(): Promise<BlocklistRow[]> {
  return db().select().from(b()).orderBy(desc(b().createdAt), desc(b().id));
}

/** One page of the blocklist, newest first, and how many entries it holds. */
export async function blocklistPageRows(options: {
  limit: number;
  offset: number;
}): Promise<{ rows: BlocklistRow[]; total: number }> {
  const [rows, [{ n }]] = await Promise.all([
    db().select().from(b()).orderBy(desc(b().createdAt), desc(b().id)).limit(options.limit).offset(options.offset),
    db()
      .select({ n: sql<number>`count(*)` })
      .from(b()),
  ]);
  return { rows, total: Number(n) };
}

export async function deleteBlocklistRow(id: string): Promise<boolean> {
  const rows = await db().delete(b()).where(eq(b().id, id)).returning({ id: b().id });
  return rows.length > 0;
}

/** An unexpired entry for this info hash, or this title on this indexer (an entry without an indexer: on any). */
export async function findBlocked(
  release: { title: string; indexerId: string | null; infoHash: string | null },
  now = new Date(),
): Promise<BlocklistRow | null> {
  const byTitle = release.indexerId
    ? and(eq(b().title, release.title), or(isNull(b().indexerId), eq(b().indexerId, release.indexerId)))
    : eq(b().title, release.title);
  const match = release.infoHash ? or(eq(b().infoHash, release.infoHash), byTitle) : byTitle;
  const [row] = await db()
    .select()
    .from(b())
    .where(and(match, or(isNull(b().expiresAt), gt(b().expiresAt, now))))
    .limit(1);
  return row ?? null;
}

/**
 * Imported torrents still in their client whose client has a seed goal: the monitor removes each
 * once the goal is reached.
 */
export async function listSeedingDownloads(): Promise<DownloadRow[]> {
  const c = tables.downloadClients;
  const withGoal = db()
    .select({ id: c.id })
    .from(c)
    .where(or(isNotNull(c.seedRatioLimit), isNotNull(c.seedTimeMinutes)));
  return db()
    .select()
    .from(d())
    .where(
      and(isNull(d().removedAt), eq(d().imported, true), eq(d().protocol, "torrent"), inArray(d().clientId, withGoal)),
    )
    .orderBy(d().createdAt);
}

/** Which of these client item ids (any case) some download of the client has, in any state; lower-cased. */
export async function knownClientItemIds(clientId: string, itemIds: string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const lowered = [...new Set(itemIds.map((id) => id.toLowerCase()))];
  const rows = await db()
    .select({ itemId: d().clientItemId })
    .from(d())
    .where(and(eq(d().clientId, clientId), inArray(sql`lower(${d().clientItemId})`, lowered)));
  return new Set(rows.map((r) => r.itemId.toLowerCase()));
}

export type DownloadOfRelease = Pick<
  DownloadRow,
  "id" | "title" | "guid" | "indexerId" | "infoHash" | "status" | "imported" | "removedAt" | "createdAt"
>;

const CHUNK = 300;
const chunks = <T>(values: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(values.length / CHUNK) }, (_, i) => values.slice(i * CHUNK, (i + 1) * CHUNK));

/** Downloads whose guid or info hash is one of these (the caller matches guids to their indexer). */
export async function findDownloadsOfReleases(guids: readonly string[], infoHashes: readonly string[]) {
  const found = new Map<string, DownloadOfRelease>();
  const columns = {
    id: d().id,
    title: d().title,
    guid: d().guid,
    indexerId: d().indexerId,
    infoHash: d().infoHash,
    status: d().status,
    imported: d().imported,
    removedAt: d().removedAt,
    createdAt: d().createdAt,
  };
  for (const part of chunks([...new Set(guids)]))
    for (const row of await db().select(columns).from(d()).where(inArray(d().guid, part))) found.set(row.id, row);
  for (const part of chunks([...new Set(infoHashes)]))
    for (const row of await db().select(columns).from(d()).where(inArray(d().infoHash, part))) found.set(row.id, row);
  return [...found.values()];
}

/** Unexpired blocklist entries with one of these info hashes or titles (findBlocked's rule, for many at once). */
export async function findBlockedOfReleases(
  titles: readonly string[],
  infoHashes: readonly string[],
  now = new Date(),
): Promise<BlocklistRow[]> {
  const unexpired = or(isNull(b().expiresAt), gt(b().expiresAt, now));
  const found = new Map<string, BlocklistRow>();
  for (const part of chunks([...new Set(titles)]))
    for (const row of await db()
      .select()
      .from(b())
      .where(and(inArray(b().title, part), unexpired)))
      found.set(row.id, row);
  for (const part of chunks([...new Set(infoHashes)]))
    for (const row of await db()
      .select()
      .from(b())
      .where(and(inArray(b().infoHash, part), unexpired)))
      found.set(row.id, row);
  return [...found.values()];
}

const gc = () => tables.grabClaims;

/** Inserts each key unless it is there already; returns the keys it inserted. */
export async function insertGrabClaims(keys: readonly string[], now: Date): Promise<string[]> {
  const inserted: string[] = [];
  for (const key of keys) {
    const rows = await db()
      .insert(gc())
      .values({ key, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: gc().key });
    if (rows.length) inserted.push(key);
  }
  return inserted;
}

export async function deleteGrabClaims(keys: readonly string[]): Promise<void> {
  if (keys.length)
    await db()
      .delete(gc())
      .where(inArray(gc().key, [...keys]));
}

export async function deleteGrabClaimsBefore(before: Date): Promise<void> {
  await db().delete(gc()).where(lt(gc().createdAt, before));
}
