import { createHttpClient, type HttpClient } from "@/lib/http";
import { baseUrlOf, clockToSeconds } from "../base-url";
import { asClientError, DownloadClientError, failedTest, type ErrorContext, parseBody, parseJsonText } from "../errors";
import type {
  AddOptions,
  AddSource,
  ClientTestResult,
  DownloadClient,
  DownloadClientConnection,
  DownloadItem,
  DownloadStatus,
  RemoveOptions,
  RequestOptions,
} from "../types";
import {
  sabAddSchema,
  sabErrorSchema,
  sabHistorySchema,
  sabQueueSchema,
  sabStatusSchema,
  sabVersionSchema,
  type SabHistorySlot,
  type SabQueueSlot,
} from "./schema";
import type { z } from "zod";

const MB = 1024 * 1024;
const PRIORITY = { low: -1, normal: 0, high: 1, force: 2 } as const;

export function mapSabQueueStatus(
  status: string,
  queuePaused: boolean,
): { status: DownloadStatus; message: string | null } {
  switch (status) {
    case "Downloading":
      return queuePaused
        ? { status: "paused", message: "SABnzbd's queue is paused" }
        : { status: "downloading", message: null };
    case "Paused":
      return { status: "paused", message: null };
    case "Checking":
      return { status: "verifying", message: null };
    case "Propagating":
      return { status: "queued", message: "Waiting for the propagation delay" };
    case "Queued":
    case "Fetching":
    case "Grabbing":
      return { status: queuePaused ? "paused" : "queued", message: null };
    default:
      return { status: "queued", message: status };
  }
}

export function mapSabHistoryStatus(slot: Pick<SabHistorySlot, "status" | "fail_message" | "storage">): {
  status: DownloadStatus;
  message: string | null;
} {
  // "Completed" can show for a moment before the final folder is filled in: not importable yet.
  if (slot.status === "Completed")
    return slot.storage ? { status: "completed", message: null } : { status: "verifying", message: "Moving" };
  if (slot.status === "Failed")
    return { status: "failed", message: slot.fail_message || "SABnzbd reports the download failed" };
  // Post-processing: QuickCheck, Verifying, Repairing, Extracting, Moving, Running, Queued.
  return { status: "verifying", message: slot.status };
}

export function sabQueueItem(slot: SabQueueSlot, queuePaused: boolean, speed: number): DownloadItem {
  const { status, message } = mapSabQueueStatus(slot.status, queuePaused);
  return {
    id: slot.nzo_id,
    name: slot.filename,
    category: slot.cat && slot.cat !== "*" ? slot.cat : null,
    status,
    progress: slot.percentage,
    sizeBytes: Math.round(slot.mb * MB),
    remainingBytes: Math.round(slot.mbleft * MB),
    downloadSpeed: status === "downloading" ? speed : 0,
    uploadSpeed: 0,
    etaSeconds: status === "downloading" ? clockToSeconds(slot.timeleft) : null,
    outputPath: null,
    message,
    ratio: null,
    seedingTimeSeconds: null,
    canDeleteFiles: true,
  };
}

export function sabHistoryItem(slot: SabHistorySlot): DownloadItem {
  const { status, message } = mapSabHistoryStatus(slot);
  const size = slot.bytes ?? 0;
  return {
    id: slot.nzo_id,
    name: slot.name,
    category: slot.category && slot.category !== "*" ? slot.category : null,
    status,
    progress: status === "failed" ? 0 : 100,
    sizeBytes: size,
    remainingBytes: 0,
    downloadSpeed: 0,
    uploadSpeed: 0,
    etaSeconds: null,
    outputPath: status === "completed" ? (slot.storage ?? null) : slot.storage || slot.path || null,
    message,
    ratio: null,
    seedingTimeSeconds: null,
    canDeleteFiles: status === "failed",
  };
}

/** SABnzbd API: apikey query parameter; errors come back as HTTP 200 {status:false,error}. */
export class SabnzbdClient implements DownloadClient {
  readonly kind = "sabnzbd" as const;
  readonly protocol = "usenet" as const;
  private readonly http: HttpClient;
  private readonly url: string;
  private readonly service: string;
  private readonly errorContext: ErrorContext;

  constructor(private readonly connection: DownloadClientConnection) {
    this.service = connection.name ?? "SABnzbd";
    this.errorContext = { authField: "apiKey", useTls: connection.useTls };
    this.url = `${baseUrlOf(connection)}/api`;
    this.http = createHttpClient({ service: this.service, timeoutMs: connection.timeoutMs, retries: 1 });
  }

  private async api<S extends z.ZodType>(
    params: Record<string, string>,
    schema: S,
    options: { signal?: AbortSignal; file?: { data: Uint8Array; name: string } } = {},
  ): Promise<z.output<S>> {
    const query = new URLSearchParams({ ...params, output: "json", apikey: this.connection.apiKey ?? "" });
    const url = `${this.url}?${query}`;
    const safeUrl = `${this.url}?mode=${params.mode}`;
    const text = await this.http.call(safeUrl, async (k) => {
      if (!options.file) return k.get(url, { signal: options.signal }).text();
      const form = new FormData();
      form.append("name", new Blob([Buffer.from(options.file.data)], { type: "application/x-nzb" }), options.file.name);
      return k.post(url, { body: form, signal: options.signal }).text();
    });
    const body = parseJsonText(this.service, safeUrl, text);
    const error = sabErrorSchema.safeParse(body);
    if (error.success) {
      if (/api key/i.test(error.data.error))
        throw new DownloadClientError("auth", `${this.service}: ${error.data.error}`, { field: "apiKey" });
      throw new DownloadClientError("rejected", `${this.service}: ${error.data.error}`);
    }
    return parseBody(this.service, safeUrl, schema, body);
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return asClientError(work, this.service, this.errorContext);
  }

  async test(options: RequestOptions = {}): Promise<ClientTestResult> {
    try {
      const { version } = await this.api({ mode: "version" }, sabVersionSchema, options);
      // mode=version needs no key: check the key with a cheap call that does.
      await this.api({ mode: "queue", limit: "1" }, sabQueueSchema, options);
      return { ok: true, version, apiVersion: null };
    } catch (error) {
      return failedTest(error, this.service, this.errorContext);
    }
  }

  async add(source: AddSource, options: AddOptions, request: RequestOptions = {}): Promise<{ id: string }> {
    return this.run(async () => {
      if (source.type === "torrent-file" || source.type === "magnet")
        throw new DownloadClientError("rejected", `${this.service} is a usenet client; it cannot take a torrent`);
      const params: Record<string, string> = {
        priority: String(options.paused ? -2 : PRIORITY[options.priority ?? "normal"]),
      };
      if (options.category) params.cat = options.category;
      const nzbName = source.fileName.replace(/\.nzb$/i, "");
      const added =
        source.type === "nzb-file"
          ? await this.api({ mode: "addfile", nzbname: nzbName, ...params }, sabAddSchema, {
              signal: request.signal,
              file: { data: source.data, name: source.fileName },
            })
          : await this.api({ mode: "addurl", name: source.url, nzbname: nzbName, ...params }, sabAddSchema, request);
      const id = added.nzo_ids[0];
      if (!added.status || !id)
        throw new DownloadClientError("rejected", `${this.service} refused the NZB (not a valid NZB file?)`);
      return { id };
    });
  }

  private async queueAndHistory(signal?: AbortSignal): Promise<DownloadItem[]> {
    const { queue } = await this.api({ mode: "queue", limit: "1000" }, sabQueueSchema, { signal });
    const { history } = await this.api({ mode: "history", limit: "1000" }, sabHistorySchema, { signal });
    const speed = Math.round((queue.kbpersec ?? 0) * 1024);
    return [
      ...queue.slots.map((slot) => sabQueueItem(slot, queue.paused ?? false, speed)),
      ...history.slots.map(sabHistoryItem),
    ];
  }

  async list(filter: { category?: string | null } = {}, request: RequestOptions = {}): Promise<DownloadItem[]> {
    return this.run(async () => {
      const items = await this.queueAndHistory(request.signal);
      return filter.category ? items.filter((item) => item.category === filter.category) : items;
    });
  }

  async get(id: string, request: RequestOptions = {}): Promise<DownloadItem | null> {
    return this.run(async () => (await this.queueAndHistory(request.signal)).find((item) => item.id === id) ?? null);
  }

  async pause(id: string, request: RequestOptions = {}): Promise<void> {
    await this.run(() => this.api({ mode: "queue", name: "pause", value: id }, sabStatusSchema.passthrough(), request));
  }

  async resume(id: string, request: RequestOptions = {}): Promise<void> {
    await this.run(() =>
      this.api({ mode: "queue", name: "resume", value: id }, sabStatusSchema.passthrough(), request),
    );
  }

  async remove(id: string, options: RemoveOptions, request: RequestOptions = {}): Promise<void> {
    await this.run(async () => {
      const delFiles = options.deleteFiles ? "1" : "0";
      const { queue } = await this.api({ mode: "queue", limit: "1000" }, sabQueueSchema, request);
      const mode = queue.slots.some((slot) => slot.nzo_id === id) ? "queue" : "history";
      await this.api({ mode, name: "delete", value: id, del_files: delFiles }, sabStatusSchema.passthrough(), request);
    });
  }
}
