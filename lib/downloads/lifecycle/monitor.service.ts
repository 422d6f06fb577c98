import { publish } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import { logger as rootLogger } from "@/lib/logger";
import { DownloadClientError } from "../clients/errors";
import { isFinished, type DownloadClient, type DownloadItem } from "../clients/types";
import { getDownloadClientRow, type DownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { insertBlocklist, insertHistory, listMonitoredDownloads, updateDownloadRow, type DownloadRow } from "./download.repo";

const logger = rootLogger.child({ context: "downloads.monitor" });

export interface MonitorSummary {
  polled: number;
  updated: number;
  completed: number;
  failed: number;
  removed: number;
  /** Clients that could not be asked (their downloads are left as they were). */
  unreachable: { clientName: string; message: string }[];
}

/** Items of the client in the categories Mydia uses (all items when a category is unset). */
async function itemsOf(client: DownloadClient, row: DownloadClientRow, signal?: AbortSignal): Promise<Map<string, DownloadItem>> {
  const categories = [...new Set([row.movieCategory, row.tvCategory])];
  const lists = categories.includes(null)
    ? [await client.list({}, { signal })]
    : await Promise.all(categories.map((category) => client.list({ category }, { signal })));
  return new Map(lists.flat().map((item) => [item.id.toLowerCase(), item]));
}

const rounded = (progress: number) => Math.round(progress * 10) / 10;

/**
 * One pass over every download Mydia is watching: progress from the clients, finished ones sent to
 * import, failed ones blocklisted, ones removed from the client by hand marked removed.
 */
export async function monitorDownloads(options: { signal?: AbortSignal } = {}): Promise<MonitorSummary> {
  const summary: MonitorSummary = { polled: 0, updated: 0, completed: 0, failed: 0, removed: 0, unreachable: [] };
  const rows = await listMonitoredDownloads();
  const byClient = Map.groupBy(rows, (r) => r.clientId ?? "");
  for (const [clientId, downloads] of byClient) {
    const clientRow = clientId ? await getDownloadClientRow(clientId) : null;
    if (!clientRow) {
      for (const row of downloads) await markRemoved(row, "its download client was deleted from Mydia", summary);
      continue;
    }
    let client: DownloadClient;
    let items: Map<string, DownloadItem>;
    try {
      client = clientFor(clientRow);
      items = await itemsOf(client, clientRow, options.signal);
    } catch (error) {
      if (!(error instanceof DownloadClientError)) throw error;
      logger.warn({ client: clientRow.name, err: error }, "download client not reachable; its downloads are left as they are");
      summary.unreachable.push({ clientName: clientRow.name, message: error.message });
      continue;
    }
    for (const row of downloads) {
      summary.polled++;
      const item = items.get(row.clientItemId.toLowerCase());
      if (!item) await markRemoved(row, "removed from the download client", summary);
      else if (item.status === "failed") await markFailed(row, item, client, clientRow, summary);
      else await track(row, item, summary);
    }
  }
  return summary;
}

async function track(row: DownloadRow, item: DownloadItem, summary: MonitorSummary): Promise<void> {
  const finished = isFinished(item.status);
  const status = finished ? "importing" : item.status;
  const progress = finished ? 100 : rounded(item.progress);
  const outputPath = item.outputPath ?? row.outputPath;
  // Once finished, the error column belongs to the import (a failed import keeps its message).
  const error = finished ? row.error : item.status === "warning" ? item.message : null;
  if (status !== row.status || progress !== row.progress || outputPath !== row.outputPath || error !== row.error) {
    const now = new Date();
    await updateDownloadRow(row.id, { status, progress, outputPath, error, updatedAt: now, ...(finished && !row.finishedAt ? { finishedAt: now } : {}) });
    summary.updated++;
    await publish("download.progress", {
      downloadId: row.id,
      title: row.title,
      status,
      progress,
      sizeBytes: item.sizeBytes,
      remainingBytes: item.remainingBytes,
      downloadSpeed: item.downloadSpeed,
      etaSeconds: item.etaSeconds,
      error,
    });
  }
  if (finished) {
    summary.completed++;
    // Sent on every pass until imported: the singleton key keeps one job per download.
    await sendJob("downloads.import", { downloadId: row.id });
  }
}

async function markFailed(row: DownloadRow, item: DownloadItem, client: DownloadClient, clientRow: DownloadClientRow, summary: MonitorSummary): Promise<void> {
  const reason = item.message ?? "the download client reported it failed";
  const now = new Date();
  await updateDownloadRow(row.id, { status: "failed", error: reason, progress: rounded(item.progress), updatedAt: now, finishedAt: now });
  await insertHistory({ downloadId: row.id, event: "failed", title: row.title, movieId: row.movieId, seriesId: row.seriesId, data: { reason, clientName: row.clientName } });
  await insertBlocklist({
    title: row.title,
    indexerId: row.indexerId,
    indexerName: row.indexerName,
    guid: row.guid,
    infoHash: row.infoHash,
    protocol: row.protocol,
    movieId: row.movieId,
    seriesId: row.seriesId,
    reason,
  });
  summary.failed++;
  await publish("download.failed", { downloadId: row.id, title: row.title, reason, movieId: row.movieId, seriesId: row.seriesId, episodeIds: row.episodeIds });
  if (clientRow.removeFailed) {
    await client.remove(row.clientItemId, { deleteFiles: true }).catch((error: unknown) => logger.warn({ err: error, download: row.id }, "failed download not removed from the client"));
  }
}

async function markRemoved(row: DownloadRow, reason: string, summary: MonitorSummary): Promise<void> {
  const now = new Date();
  await updateDownloadRow(row.id, { status: "removed", removedAt: now, updatedAt: now, error: reason });
  await insertHistory({ downloadId: row.id, event: "deleted", title: row.title, movieId: row.movieId, seriesId: row.seriesId, data: { reason } });
  summary.removed++;
  await publish("download.removed", { downloadId: row.id, title: row.title, reason });
}
