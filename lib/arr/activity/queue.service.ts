import type { Actor } from "@/lib/accounts";
import { runCommand } from "@/lib/automation";
import { listQueue, removeFromQueue, type QueueItem } from "@/lib/downloads";
import { NotFoundError } from "@/lib/errors";
import { episodesWithFiles } from "@/lib/library";
import { arrIdsOf, entityIdOf } from "../ids";
import type { Persona } from "../persona";
import { toArrQueueRecord, type ArrQueueRecord, type QueueStatus } from "./queue.mapper";
import { paged, type PageQuery } from "./paging";

/** A queue record's entity: the download, and for Sonarr one of its episodes ("download:episode"). */
const recordKey = (downloadId: string, episodeId?: string) => (episodeId ? `${downloadId}:${episodeId}` : downloadId);

export interface QueueFilter {
  includeUnknown?: boolean;
  movieIds?: number[];
  seriesIds?: number[];
  episodeIds?: number[];
  protocol?: "torrent" | "usenet" | "unknown";
  status?: QueueStatus[];
}

/**
 * The queue as the persona shows it: Radarr one record per download of a movie, Sonarr one per
 * episode of a download (a season pack gives a record for each episode). Downloads matched to
 * nothing are "unknown" items, shown only when asked for.
 */
export async function arrQueueRecords(
  actor: Actor,
  persona: Persona,
  filter: QueueFilter = {},
): Promise<ArrQueueRecord[]> {
  const items = (await listQueue(actor)).filter((item) => item.status !== "imported" && item.status !== "removed");
  const unknown = (item: QueueItem) => !item.movieId && !item.seriesId;
  const mine = items.filter((item) =>
    unknown(item) ? !!filter.includeUnknown : persona === "radarr" ? !!item.movieId : !!item.seriesId,
  );
  const [movieIds, seriesIds, episodeIds] = await Promise.all([
    arrIdsOf(
      "movie",
      mine.flatMap((i) => (i.movieId ? [i.movieId] : [])),
    ),
    arrIdsOf(
      "series",
      mine.flatMap((i) => (i.seriesId ? [i.seriesId] : [])),
    ),
    arrIdsOf(
      "episode",
      mine.flatMap((i) => i.episodeIds),
    ),
  ]);
  const keyed = mine.flatMap((item): { item: QueueItem; episodeId: string | undefined; key: string }[] =>
    persona === "sonarr" && item.episodeIds.length
      ? item.episodeIds.map((episodeId) => ({ item, episodeId, key: recordKey(item.id, episodeId) }))
      : [{ item, episodeId: undefined, key: recordKey(item.id) }],
  );
  const queueIds = await arrIdsOf(
    "queue",
    keyed.map((k) => k.key),
  );
  const withFiles =
    persona === "sonarr"
      ? await episodesWithFiles(
          actor,
          mine.flatMap((i) => i.episodeIds),
        )
      : new Set<string>();
  const now = new Date();
  const records = keyed.map(({ item, episodeId, key }) => {
    const episode =
      episodeId && item.subject?.kind === "series" ? item.subject.episodes.find((e) => e.id === episodeId) : undefined;
    return toArrQueueRecord(
      persona,
      item,
      {
        id: queueIds.get(key)!,
        movieId: item.movieId ? (movieIds.get(item.movieId) ?? null) : null,
        seriesId: item.seriesId ? (seriesIds.get(item.seriesId) ?? null) : null,
        episodeId: episodeId ? (episodeIds.get(episodeId) ?? null) : null,
      },
      { seasonNumber: episode?.seasonNumber ?? null, episodeHasFile: !!episodeId && withFiles.has(episodeId) },
      now,
    );
  });
  return records.filter(
    (r) =>
      (!filter.movieIds?.length || (r.movieId != null && filter.movieIds.includes(r.movieId))) &&
      (!filter.seriesIds?.length || (r.seriesId != null && filter.seriesIds.includes(r.seriesId))) &&
      (!filter.episodeIds?.length || (r.episodeId != null && filter.episodeIds.includes(r.episodeId))) &&
      (!filter.protocol || r.protocol === filter.protocol) &&
      (!filter.status?.length || filter.status.includes(r.status)),
  );
}

const sortValue: Record<string, (r: ArrQueueRecord) => string | number> = {
  title: (r) => r.title.toLowerCase(),
  added: (r) => r.added,
  progress: (r) => (r.size ? 1 - r.sizeleft / r.size : 0),
  size: (r) => r.size,
  sizeleft: (r) => r.sizeleft,
  status: (r) => r.status,
  protocol: (r) => r.protocol,
  downloadclient: (r) => r.downloadClient.toLowerCase(),
  indexer: (r) => r.indexer.toLowerCase(),
  timeleft: (r) => (r.timeleft === null ? Number.MAX_SAFE_INTEGER : r.sizeleft),
  estimatedcompletiontime: (r) => r.estimatedCompletionTime ?? "9999",
};

export async function arrQueuePage(actor: Actor, persona: Persona, filter: QueueFilter, page: PageQuery) {
  return paged(await arrQueueRecords(actor, persona, filter), page, sortValue, "timeleft");
}

/** Queue counts as Radarr's queue/status reports them (Homepage shows totalCount). */
export async function arrQueueStatus(actor: Actor, persona: Persona) {
  const all = await arrQueueRecords(actor, persona, { includeUnknown: true });
  const known = all.filter((r) => (persona === "radarr" ? r.movieId != null : r.seriesId != null));
  const unknown = all.filter((r) => !known.includes(r));
  return {
    id: 0,
    totalCount: all.length,
    count: known.length,
    unknownCount: unknown.length,
    errors: known.some((r) => r.trackedDownloadStatus === "error"),
    warnings: known.some((r) => r.trackedDownloadStatus === "warning"),
    unknownErrors: unknown.some((r) => r.trackedDownloadStatus === "error"),
    unknownWarnings: unknown.some((r) => r.trackedDownloadStatus === "warning"),
  };
}

/**
 * DELETE queue/{id}: the download leaves Mydia's queue (and its client, and onto the blocklist, if
 * asked). As in Radarr and Sonarr, a blocklisted download is searched again unless `skipRedownload`.
 */
export async function arrRemoveFromQueue(
  actor: Actor,
  arrId: number,
  options: { removeFromClient: boolean; blocklist: boolean; skipRedownload?: boolean },
  removed = new Set<string>(),
): Promise<void> {
  const key = await entityIdOf("queue", arrId);
  const downloadId = key.split(":")[0];
  if (!downloadId) throw new NotFoundError(`No queue item with id ${arrId}`);
  if (removed.has(downloadId)) return;
  const item = (await listQueue(actor)).find((q) => q.id === downloadId);
  await removeFromQueue(actor, downloadId, {
    removeFromClient: options.removeFromClient,
    blocklist: options.blocklist,
  });
  removed.add(downloadId);
  if (!item || !options.blocklist || options.skipRedownload) return;
  if (item.movieId) await runCommand(actor, { name: "MovieSearch", movieIds: [item.movieId] });
  else if (item.episodeIds.length) await runCommand(actor, { name: "EpisodeSearch", episodeIds: item.episodeIds });
  else if (item.seriesId) await runCommand(actor, { name: "SeriesSearch", seriesId: item.seriesId });
}
