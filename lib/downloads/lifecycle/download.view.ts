import { z } from "zod";
import type { ClientHealth } from "../client-health";
import type { BlocklistRow, DownloadRow, HistoryRowWithDownload } from "./download.repo";
import { titleSubjectSchema } from "./title-subject";

const iso = z.string().describe("ISO 8601");

/**
 * Events of the download history. With "imported": "upgraded" when the import replaced worse files,
 * "replaced" when it replaced better ones because the user chose so (data.byChoice), "kept" for
 * files left out because the disk has better (alone when nothing was imported).
 */
export const historyEvents = [
  "grabbed",
  "imported",
  "failed",
  "deleted",
  "upgraded",
  "replaced",
  "kept",
  "renamed",
] as const;
export type HistoryEvent = (typeof historyEvents)[number];

export const queueItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  protocol: z.enum(["torrent", "usenet"]),
  clientName: z.string(),
  indexerName: z.string().nullable(),
  size: z.number().nullable().describe("bytes"),
  status: z
    .string()
    .describe(
      "queued, downloading, paused, stalled (no progress for a while), verifying, warning, importing (finished, waiting for or failing its import: see error), needs-extraction (only RAR archives: unpack, then retry the import), not-an-upgrade (the file on disk is better and no replacement was chosen at grab: see error; a manual import replaces it anyway), imported, failed, removed",
    ),
  progress: z.number().describe("0–100"),
  error: z.string().nullable(),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  episodeIds: z.array(z.string()),
  subject: titleSubjectSchema,
  quality: z.string().nullable(),
  clientItemId: z.string().describe("the client's id of the download: info hash (torrents), nzo_id or NZBID (usenet)"),
  outputPath: z
    .string()
    .nullable()
    .describe("where the client puts the download, as a path on this server (remote path mappings applied)"),
  grabbedAt: iso,
  updatedAt: iso,
  clientProblem: z
    .object({ since: iso.nullable(), message: z.string() })
    .nullable()
    .describe("Set while the download's client does not answer: since when, and what went wrong"),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const historyItemSchema = z.object({
  id: z.string(),
  downloadId: z.string().nullable(),
  event: z.enum(historyEvents),
  title: z.string(),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  episodeIds: z.array(z.string()).describe("the episodes of the download this entry belongs to"),
  clientItemId: z.string().nullable().describe("the client's id of the download (info hash, nzo_id or NZBID)"),
  protocol: z.enum(["torrent", "usenet"]).nullable(),
  quality: z.string().nullable().describe("the quality of the grabbed release"),
  subject: titleSubjectSchema,
  data: z.record(z.string(), z.unknown()),
  createdAt: iso,
});
export type HistoryItem = z.infer<typeof historyItemSchema>;

/** A video file of a finished download, with the target the manual import suggests for it. */
export const downloadFileSchema = z.object({
  path: z.string().describe("absolute path on the server, inside the download's folder"),
  relativePath: z.string().describe("path inside the download's folder"),
  size: z.number().describe("bytes"),
  imported: z.boolean().describe("imported already by an earlier (partial) import"),
  suggestion: z
    .union([z.object({ movieId: z.string() }), z.object({ seriesId: z.string(), episodeIds: z.array(z.string()) })])
    .nullable()
    .describe("the movie, or episodes, the file name points to; null when it cannot tell"),
});
export type DownloadFile = z.infer<typeof downloadFileSchema>;

export const downloadFilesSchema = z.object({ folder: z.string(), files: z.array(downloadFileSchema) });
export type DownloadFiles = z.infer<typeof downloadFilesSchema>;

export const blocklistItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  protocol: z.enum(["torrent", "usenet"]),
  indexerName: z.string().nullable(),
  infoHash: z.string().nullable(),
  reason: z.string(),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  createdAt: iso,
  expiresAt: iso.nullable(),
});
export type BlocklistItem = z.infer<typeof blocklistItemSchema>;

function qualityName(quality: Record<string, unknown> | null): string | null {
  const q = quality?.quality;
  if (typeof q === "string") return q;
  if (q && typeof q === "object" && typeof (q as { name?: unknown }).name === "string")
    return (q as { name: string }).name;
  return null;
}

export const toQueueItem = (
  r: DownloadRow,
  localPath: (remote: string) => string,
  health?: ClientHealth,
): Omit<QueueItem, "subject"> => ({
  id: r.id,
  title: r.title,
  protocol: r.protocol,
  clientName: r.clientName,
  indexerName: r.indexerName,
  size: r.size,
  status: r.status,
  progress: r.progress,
  error: r.error,
  movieId: r.movieId,
  seriesId: r.seriesId,
  episodeIds: r.episodeIds,
  quality: qualityName(r.quality ?? null),
  clientItemId: r.clientItemId,
  outputPath: r.outputPath ? localPath(r.outputPath) : null,
  grabbedAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  clientProblem:
    health && !health.reachable
      ? { since: health.unreachableSince, message: health.message ?? `${r.clientName} does not answer` }
      : null,
});

export const toHistoryItem = (r: HistoryRowWithDownload): Omit<HistoryItem, "subject"> => ({
  id: r.id,
  downloadId: r.downloadId,
  event: r.event,
  title: r.title,
  movieId: r.movieId,
  seriesId: r.seriesId,
  episodeIds: r.episodeIds ?? [],
  clientItemId: r.clientItemId,
  protocol: r.protocol,
  quality: qualityName(r.quality),
  data: r.data,
  createdAt: r.createdAt.toISOString(),
});

export const toBlocklistItem = (r: BlocklistRow): BlocklistItem => ({
  id: r.id,
  title: r.title,
  protocol: r.protocol,
  indexerName: r.indexerName,
  infoHash: r.infoHash,
  reason: r.reason,
  movieId: r.movieId,
  seriesId: r.seriesId,
  createdAt: r.createdAt.toISOString(),
  expiresAt: r.expiresAt?.toISOString() ?? null,
});
