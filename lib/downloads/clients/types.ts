/** The one model every download client adapter speaks (Homarr/Sonarr style: a closed set of states). */
import { downloadClientKinds, type DownloadClientKind } from "@/lib/db/types";

export { downloadClientKinds, type DownloadClientKind };
export type DownloadProtocol = "torrent" | "usenet";

export const downloadStatuses = [
  "queued",
  "downloading",
  "paused",
  "stalled",
  "verifying",
  "seeding",
  "completed",
  "failed",
  "warning",
] as const;
export type DownloadStatus = (typeof downloadStatuses)[number];

/** Finished downloading: the data is complete and can be imported. */
export const isFinished = (status: DownloadStatus): boolean => status === "seeding" || status === "completed";

/** How Mydia reaches a client. Secrets (password, apiKey) are already decrypted here. */
export interface DownloadClientConnection {
  host: string;
  port: number;
  useTls: boolean;
  /** Path prefix behind a reverse proxy, e.g. "/qbittorrent"; "" for none. */
  urlBase: string;
  username: string | null;
  password: string | null;
  apiKey: string | null;
  timeoutMs?: number;
  /** Name used in messages ("qBittorrent on nas"). */
  name?: string;
}

/** One item in a client, normalized. Sizes in bytes, speeds in bytes/s, progress 0–100. */
export interface DownloadItem {
  /** Info hash (lowercase hex) for torrents, nzo_id for SABnzbd, NZBID for NZBGet. */
  id: string;
  name: string;
  category: string | null;
  status: DownloadStatus;
  progress: number;
  sizeBytes: number;
  remainingBytes: number;
  downloadSpeed: number;
  uploadSpeed: number;
  etaSeconds: number | null;
  /** Where the client puts (or put) the data, as the client sees it (remote path). */
  outputPath: string | null;
  /** The client's own words for a failure or warning. */
  message: string | null;
  ratio: number | null;
  seedingTimeSeconds: number | null;
  /** Whether the client itself can delete the data (usenet history items often cannot). */
  canDeleteFiles: boolean;
}

export type AddSource =
  | { type: "torrent-file"; data: Uint8Array; fileName: string; infoHash: string }
  | { type: "magnet"; uri: string; infoHash: string }
  | { type: "nzb-file"; data: Uint8Array; fileName: string }
  | { type: "url"; url: string; fileName: string; infoHash?: string };

export interface AddOptions {
  category: string | null;
  /** Torrent clients: the folder to save into (for pre-placed data, or a per-category folder). */
  savePath?: string | null;
  tags?: string[];
  /** "low" | "normal" | "high" | "force": mapped to each client's scale. */
  priority?: "low" | "normal" | "high" | "force";
  paused?: boolean;
  seedRatioLimit?: number | null;
  seedTimeLimitMinutes?: number | null;
}

export type ClientTestResult =
  | { ok: true; version: string; apiVersion: string | null }
  | { ok: false; kind: DownloadClientFailureKind; field?: string; message: string };

export type DownloadClientFailureKind =
  "auth" | "unavailable" | "timeout" | "tls" | "status" | "parse" | "rejected" | "not-found";

export interface RemoveOptions {
  deleteFiles: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** What every adapter can do. Errors are DownloadClientError. */
export interface DownloadClient {
  readonly kind: DownloadClientKind;
  readonly protocol: DownloadProtocol;
  test(options?: RequestOptions): Promise<ClientTestResult>;
  /** Adds and returns the id of the new item (the info hash for torrents). */
  add(source: AddSource, options: AddOptions, request?: RequestOptions): Promise<{ id: string }>;
  /** Items in the client, optionally only one category (Mydia's). */
  list(filter?: { category?: string | null }, request?: RequestOptions): Promise<DownloadItem[]>;
  get(id: string, request?: RequestOptions): Promise<DownloadItem | null>;
  pause(id: string, request?: RequestOptions): Promise<void>;
  resume(id: string, request?: RequestOptions): Promise<void>;
  remove(id: string, options: RemoveOptions, request?: RequestOptions): Promise<void>;
  /** Makes sure a category exists where the client needs it to (qBittorrent, SABnzbd). */
  ensureCategory?(category: string, savePath?: string | null, request?: RequestOptions): Promise<void>;
}
