import type { QueueItem } from "@/lib/downloads";
import type { Persona } from "../persona";
import { arrQualityModel, arrQualityOfTitle, type ArrLanguage, type ArrQualityModel } from "./quality-model.mapper";
import { timeSpan } from "./time-span";

export type QueueStatus =
  | "unknown"
  | "queued"
  | "paused"
  | "downloading"
  | "completed"
  | "failed"
  | "warning"
  | "delay"
  | "downloadClientUnavailable"
  | "fallback";
type TrackedStatus = "ok" | "warning" | "error";
type TrackedState =
  "downloading" | "importBlocked" | "importPending" | "importing" | "imported" | "failedPending" | "failed" | "ignored";

/** Radarr's and Sonarr's QueueResource (the fields both share; movieId or seriesId/episodeId per persona). */
export interface ArrQueueRecord {
  id: number;
  movieId?: number | null;
  seriesId?: number | null;
  episodeId?: number | null;
  seasonNumber?: number | null;
  episodeHasFile?: boolean;
  languages: ArrLanguage[];
  quality: ArrQualityModel;
  customFormats: [];
  customFormatScore: number;
  size: number;
  title: string;
  sizeleft: number;
  timeleft: string | null;
  estimatedCompletionTime: string | null;
  added: string;
  status: QueueStatus;
  trackedDownloadStatus: TrackedStatus;
  trackedDownloadState: TrackedState;
  statusMessages: { title: string; messages: string[] }[];
  errorMessage: string | null;
  downloadId: string;
  protocol: "torrent" | "usenet";
  downloadClient: string;
  downloadClientHasPostImportCategory: boolean;
  indexer: string;
  outputPath: string | null;
}

interface Tracked {
  status: QueueStatus;
  trackedDownloadStatus: TrackedStatus;
  trackedDownloadState: TrackedState;
}

/** Mydia's download statuses as Radarr's tracked-download model reads them. */
export function trackedOf(item: Pick<QueueItem, "status" | "error" | "clientProblem">): Tracked {
  const ok = (status: QueueStatus, state: TrackedState): Tracked => ({
    status,
    trackedDownloadStatus: item.error ? "warning" : "ok",
    trackedDownloadState: state,
  });
  if (item.clientProblem && !["failed", "importing", "seeding", "completed"].includes(item.status))
    return {
      status: "downloadClientUnavailable",
      trackedDownloadStatus: "warning",
      trackedDownloadState: "downloading",
    };
  switch (item.status) {
    case "queued":
      return ok("queued", "downloading");
    case "paused":
      return ok("paused", "downloading");
    case "downloading":
    case "verifying":
      return ok("downloading", "downloading");
    case "stalled":
    case "warning":
      return { status: "warning", trackedDownloadStatus: "warning", trackedDownloadState: "downloading" };
    case "seeding":
    case "completed":
      return ok("completed", "importPending");
    case "importing":
      return item.error
        ? { status: "completed", trackedDownloadStatus: "warning", trackedDownloadState: "importBlocked" }
        : ok("completed", "importing");
    case "needs-extraction":
    case "not-an-upgrade":
      return { status: "completed", trackedDownloadStatus: "warning", trackedDownloadState: "importBlocked" };
    case "imported":
      return ok("completed", "imported");
    case "failed":
      return { status: "failed", trackedDownloadStatus: "error", trackedDownloadState: "failed" };
    default:
      return ok("unknown", "downloading");
  }
}

/**
 * Time left from the progress made since the grab (Mydia keeps no download speed): null until
 * some progress is made, and once the download is complete.
 */
export function secondsLeft(item: Pick<QueueItem, "progress" | "grabbedAt" | "status">, now: Date): number | null {
  if (item.progress >= 100) return 0;
  if (item.progress <= 0 || !["downloading", "verifying"].includes(item.status)) return null;
  const elapsed = (now.getTime() - new Date(item.grabbedAt).getTime()) / 1000;
  if (elapsed <= 0) return null;
  return Math.round((elapsed * (100 - item.progress)) / item.progress);
}

/** Torrent hashes in upper case, as Radarr and Sonarr report them. */
export const arrDownloadId = (protocol: "torrent" | "usenet", clientItemId: string) =>
  protocol === "torrent" ? clientItemId.toUpperCase() : clientItemId;

export function toArrQueueRecord(
  persona: Persona,
  item: QueueItem,
  ids: { id: number; movieId?: number | null; seriesId?: number | null; episodeId?: number | null },
  extra: { seasonNumber?: number | null; episodeHasFile?: boolean },
  now: Date,
): ArrQueueRecord {
  const parsed = arrQualityOfTitle(persona, item.title);
  const size = item.size ?? 0;
  const left = secondsLeft(item, now);
  const tracked = trackedOf(item);
  const messages = [item.error, item.clientProblem?.message].filter((m): m is string => !!m);
  return {
    id: ids.id,
    ...(persona === "radarr"
      ? { movieId: ids.movieId ?? null }
      : {
          seriesId: ids.seriesId ?? null,
          episodeId: ids.episodeId ?? null,
          seasonNumber: extra.seasonNumber ?? null,
          episodeHasFile: extra.episodeHasFile ?? false,
        }),
    languages: parsed.languages,
    quality: item.quality ? arrQualityModel(persona, { name: item.quality }) : parsed.quality,
    customFormats: [],
    customFormatScore: 0,
    size,
    title: item.title,
    sizeleft: Math.max(0, Math.round(size * (1 - item.progress / 100))),
    timeleft: left === null ? null : timeSpan(left),
    estimatedCompletionTime: left === null ? null : new Date(now.getTime() + left * 1000).toISOString(),
    added: item.grabbedAt,
    ...tracked,
    statusMessages: messages.length ? [{ title: item.title, messages }] : [],
    errorMessage: item.error,
    downloadId: arrDownloadId(item.protocol, item.clientItemId),
    protocol: item.protocol,
    downloadClient: item.clientName,
    downloadClientHasPostImportCategory: false,
    indexer: item.indexerName ?? "",
    outputPath: item.outputPath,
  };
}
