import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { NotFoundError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { remotePathMapper } from "@/lib/library";
import { logger as rootLogger } from "@/lib/logger";
import { clientHealthById } from "../client-health";
import { DownloadClientError } from "../clients/errors";
import { getDownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import {
  getDownloadRow,
  insertBlocklist,
  insertHistory,
  listHistoryRows,
  listQueueRows,
  updateDownloadRow,
} from "./download.repo";
import { historyEvents, toHistoryItem, toQueueItem, type HistoryItem, type QueueItem } from "./download.view";
import { withSubjects } from "./title-subject";

const logger = rootLogger.child({ context: "downloads.queue" });

export async function listQueue(actor: Actor): Promise<QueueItem[]> {
  assertCan(actor, "read");
  const [rows, health, localPath] = await Promise.all([listQueueRows(), clientHealthById(), remotePathMapper()]);
  return withSubjects(
    rows.map((row) => toQueueItem(row, localPath, row.clientId ? health.get(row.clientId) : undefined)),
  );
}

const flag = z.preprocess(
  (v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" || v === "" ? false : v),
  z.boolean(),
);
export const removeFromQueueQuery = z.object({ removeFromClient: flag.default(false), blocklist: flag.default(false) });
export type RemoveFromQueueOptions = z.input<typeof removeFromQueueQuery>;

/** Takes a download off the queue; optionally out of the client (with its data) and onto the blocklist. */
export async function removeFromQueue(
  actor: Actor,
  id: string,
  input: RemoveFromQueueOptions = {},
): Promise<{ removed: true; removedFromClient: boolean }> {
  assertCan(actor, "manage");
  const options = removeFromQueueQuery.parse(input);
  const row = await getDownloadRow(id);
  if (!row || row.removedAt) throw new NotFoundError("No such download in the queue");
  let removedFromClient = false;
  if (options.removeFromClient && row.clientId) {
    const clientRow = await getDownloadClientRow(row.clientId);
    if (clientRow) {
      try {
        await clientFor(clientRow).remove(row.clientItemId, { deleteFiles: true });
        removedFromClient = true;
      } catch (error) {
        if (!(error instanceof DownloadClientError) || error.kind !== "not-found") throw error;
        logger.info({ download: id }, "already gone from the client");
      }
    }
  }
  const now = new Date();
  await updateDownloadRow(id, { status: "removed", removedAt: now, updatedAt: now });
  const reason = options.blocklist ? "removed and blocklisted by a user" : "removed by a user";
  if (options.blocklist) {
    await insertBlocklist({
      title: row.title,
      indexerId: row.indexerId,
      indexerName: row.indexerName,
      guid: row.guid,
      infoHash: row.infoHash,
      protocol: row.protocol,
      movieId: row.movieId,
      seriesId: row.seriesId,
      reason: "Removed from the queue and blocklisted by a user",
    });
  }
  await insertHistory({
    downloadId: id,
    event: "deleted",
    title: row.title,
    movieId: row.movieId,
    seriesId: row.seriesId,
    data: { reason, removedFromClient },
  });
  await publish("download.removed", { downloadId: id, title: row.title, reason }, { actorId: actorId(actor) });
  return { removed: true, removedFromClient };
}

export const historyQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  downloadId: z.string().min(1).max(100).optional(),
  event: z.enum(historyEvents).optional(),
  movieId: z.string().min(1).max(100).optional().describe("only this movie's entries"),
  seriesId: z.string().min(1).max(100).optional().describe("only this series' entries"),
  events: z.array(z.enum(historyEvents)).max(20).optional().describe("only entries of these events"),
  since: z.coerce.date().optional().describe("only entries from this moment on"),
  kind: z.enum(["movie", "series"]).optional().describe("only entries of movies, or only of series"),
  order: z.enum(["newest", "oldest"]).default("newest"),
});

export async function listHistory(
  actor: Actor,
  input: z.input<typeof historyQuery> = {},
): Promise<{ items: HistoryItem[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "read");
  const q = historyQuery.parse(input);
  const { rows, total } = await listHistoryRows({
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
    downloadId: q.downloadId,
    event: q.event,
    movieId: q.movieId,
    seriesId: q.seriesId,
    events: q.events,
    since: q.since,
    kind: q.kind,
    ascending: q.order === "oldest",
  });
  return { items: await withSubjects(rows.map(toHistoryItem)), total, page: q.page, pageSize: q.pageSize };
}
