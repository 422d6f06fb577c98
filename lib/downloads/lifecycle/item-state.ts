import { and, eq, gt, isNull, or } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** A download of the item still on its way: not imported, failed or removed (stalled and waiting for extraction count). */
export interface ItemDownload {
  id: string;
  title: string;
  guid: string | null;
  infoHash: string | null;
  size: number | null;
  episodeIds: string[];
}

export interface ItemBlocklistEntry {
  title: string;
  guid: string | null;
  indexerId: string | null;
  infoHash: string | null;
  protocol: "torrent" | "usenet";
}

/** What the downloads context knows of one movie or series, for the decision engine. */
export interface ItemDownloadState {
  active: ItemDownload[];
  /** Guids and info hashes of every release ever grabbed for the item. */
  grabbed: string[];
  /** Unexpired blocklist entries for the item, plus the ones not tied to any item. */
  blocklist: ItemBlocklistEntry[];
}

const d = tables.downloads;
const b = tables.blocklist;

export async function itemDownloadState(
  item: { movieId: string } | { seriesId: string },
  now = new Date(),
): Promise<ItemDownloadState> {
  const ofItem = "movieId" in item ? eq(d.movieId, item.movieId) : eq(d.seriesId, item.seriesId);
  const rows = await db()
    .select({
      id: d.id,
      title: d.title,
      guid: d.guid,
      infoHash: d.infoHash,
      size: d.size,
      episodeIds: d.episodeIds,
      status: d.status,
      imported: d.imported,
      removedAt: d.removedAt,
    })
    .from(d)
    .where(ofItem);
  const blocked = await db()
    .select({ title: b.title, guid: b.guid, indexerId: b.indexerId, infoHash: b.infoHash, protocol: b.protocol })
    .from(b)
    .where(
      and(
        "movieId" in item
          ? or(eq(b.movieId, item.movieId), and(isNull(b.movieId), isNull(b.seriesId)))
          : or(eq(b.seriesId, item.seriesId), and(isNull(b.movieId), isNull(b.seriesId))),
        or(isNull(b.expiresAt), gt(b.expiresAt, now)),
      ),
    );
  return {
    active: rows
      .filter((r) => !r.imported && !r.removedAt && r.status !== "failed")
      .map((r) => ({
        id: r.id,
        title: r.title,
        guid: r.guid,
        infoHash: r.infoHash,
        size: r.size,
        episodeIds: r.episodeIds,
      })),
    grabbed: [...new Set(rows.flatMap((r) => [r.guid, r.infoHash]).filter((v): v is string => !!v))],
    blocklist: blocked,
  };
}

/** Movies and episodes with a download on its way: automatic searches leave them alone. */
export async function itemsWithActiveDownloads(): Promise<{ movieIds: Set<string>; episodeIds: Set<string> }> {
  const rows = await db()
    .select({ movieId: d.movieId, episodeIds: d.episodeIds, status: d.status })
    .from(d)
    .where(and(eq(d.imported, false), isNull(d.removedAt)));
  const live = rows.filter((r) => r.status !== "failed");
  return {
    movieIds: new Set(live.flatMap((r) => (r.movieId ? [r.movieId] : []))),
    episodeIds: new Set(live.flatMap((r) => r.episodeIds)),
  };
}
