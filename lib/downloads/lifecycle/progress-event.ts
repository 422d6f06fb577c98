import { publish, type DownloadProgressItem, type PublishOptions } from "@/lib/events";
import type { DownloadItem } from "../clients/types";
import type { DownloadRow } from "./download.repo";

/** A download's queue state for the `download.progress` event; the client's figures when it was just asked. */
export function progressItem(
  row: Pick<DownloadRow, "id" | "title" | "status" | "progress" | "error" | "size">,
  item?: Pick<DownloadItem, "sizeBytes" | "remainingBytes" | "downloadSpeed" | "etaSeconds">,
): DownloadProgressItem {
  return {
    downloadId: row.id,
    title: row.title,
    status: row.status,
    progress: row.progress,
    error: row.error,
    sizeBytes: item?.sizeBytes ?? row.size ?? null,
    remainingBytes: item?.remainingBytes ?? null,
    downloadSpeed: item?.downloadSpeed ?? null,
    etaSeconds: item?.etaSeconds ?? null,
  };
}

/** One `download.progress` event for every download whose state changed (none when nothing did). */
export async function publishProgress(items: DownloadProgressItem[], options?: PublishOptions): Promise<void> {
  if (items.length > 0) await publish("download.progress", { items }, options);
}
