import { createHttpClient, HttpAuthError, type HttpClient } from "@/lib/http";
import { baseUrlOf, basicAuth } from "../base-url";
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
import { trAddedSchema, trResponseSchema, trSessionSchema, trTorrentGetSchema, type TrTorrent } from "./schema";
import type { z } from "zod";

const FIELDS = [
  "hashString",
  "name",
  "status",
  "percentDone",
  "totalSize",
  "leftUntilDone",
  "rateDownload",
  "rateUpload",
  "eta",
  "downloadDir",
  "error",
  "errorString",
  "isStalled",
  "labels",
  "uploadRatio",
  "secondsSeeding",
  "recheckProgress",
];

/** Transmission status numbers (RPC ≥ 14): 0 stopped, 1 check-wait, 2 check, 3 download-wait, 4 download, 5 seed-wait, 6 seed. */
export function mapTrStatus(t: Pick<TrTorrent, "status" | "percentDone" | "error" | "errorString" | "isStalled">): {
  status: DownloadStatus;
  message: string | null;
} {
  // error 1/2: tracker warning/error (the data may still be fine); 3: local error (disk, missing data).
  if (t.error === 3) return { status: "failed", message: t.errorString || "Transmission reports a local error" };
  const done = t.percentDone >= 1;
  const warning = t.error === 1 || t.error === 2 ? t.errorString || "Tracker error" : null;
  let status: DownloadStatus;
  switch (t.status) {
    case 0:
      status = done ? "completed" : "paused";
      break;
    case 1:
    case 2:
      status = "verifying";
      break;
    case 3:
      status = "queued";
      break;
    case 4:
      status = t.isStalled ? "stalled" : "downloading";
      break;
    case 5:
    case 6:
      status = "seeding";
      break;
    default:
      return { status: "warning", message: `Unknown Transmission status ${t.status}` };
  }
  if (warning && !done && status !== "paused") return { status: "warning", message: warning };
  return { status, message: warning ?? (status === "stalled" ? "No connection to peers" : null) };
}

export function toTrItem(t: TrTorrent): DownloadItem {
  const { status, message } = mapTrStatus(t);
  return {
    id: t.hashString.toLowerCase(),
    name: t.name,
    category: t.labels?.[0] ?? null,
    status,
    progress: Math.round(t.percentDone * 1000) / 10,
    sizeBytes: t.totalSize,
    remainingBytes: t.leftUntilDone,
    downloadSpeed: t.rateDownload,
    uploadSpeed: t.rateUpload,
    etaSeconds: t.eta >= 0 ? t.eta : null,
    outputPath: `${t.downloadDir.replace(/\/+$/, "")}/${t.name}`,
    message,
    ratio: t.uploadRatio != null && t.uploadRatio >= 0 ? t.uploadRatio : null,
    seedingTimeSeconds: t.secondsSeeding ?? null,
    canDeleteFiles: true,
  };
}

/** Transmission RPC: basic auth and the X-Transmission-Session-Id 409 handshake. Labels are the category. */
export class TransmissionClient implements DownloadClient {
  readonly kind = "transmission" as const;
  readonly protocol = "torrent" as const;
  private readonly http: HttpClient;
  private readonly url: string;
  private readonly service: string;
  private readonly errorContext: ErrorContext;
  private sessionId: string | null = null;

  constructor(private readonly connection: DownloadClientConnection) {
    this.service = connection.name ?? "Transmission";
    this.errorContext = { authField: "password", useTls: connection.useTls };
    const base = baseUrlOf(connection);
    // The default RPC path is /transmission/rpc; a custom URL base replaces /transmission.
    this.url = connection.urlBase && connection.urlBase !== "/" ? `${base}/rpc` : `${base}/transmission/rpc`;
    const headers: Record<string, string> = {};
    if (connection.username || connection.password)
      headers.authorization = basicAuth(connection.username, connection.password);
    this.http = createHttpClient({ service: this.service, timeoutMs: connection.timeoutMs, retries: 0, headers });
  }

  private async rpc<S extends z.ZodType>(
    method: string,
    args: Record<string, unknown>,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await this.http.call(this.url, (k) =>
        k.post(this.url, {
          json: { method, arguments: args },
          signal,
          headers: this.sessionId ? { "x-transmission-session-id": this.sessionId } : {},
          throwHttpErrors: (status) => status !== 409,
        }),
      );
      if (response.status === 409) {
        this.sessionId = response.headers.get("x-transmission-session-id");
        if (!this.sessionId)
          throw new DownloadClientError(
            "parse",
            `${this.service} answered 409 without a session id: is this Transmission?`,
          );
        continue;
      }
      const text = await response.text();
      const body = parseBody(this.service, this.url, trResponseSchema, parseJsonText(this.service, this.url, text));
      if (body.result !== "success") throw new DownloadClientError("rejected", `${this.service}: ${body.result}`);
      return parseBody(this.service, this.url, schema, body.arguments ?? {});
    }
    throw new DownloadClientError("status", `${this.service} kept asking for a new session id`);
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return asClientError(work, this.service, this.errorContext);
  }

  async test(options: RequestOptions = {}): Promise<ClientTestResult> {
    try {
      const session = await this.rpc(
        "session-get",
        { fields: ["version", "rpc-version"] },
        trSessionSchema,
        options.signal,
      );
      return { ok: true, version: session.version, apiVersion: String(session["rpc-version"]) };
    } catch (error) {
      if (error instanceof HttpAuthError && error.status === 403) {
        // Transmission answers 403 to everything after too many unauthenticated requests, or for a non-whitelisted address.
        return {
          ok: false,
          kind: "auth",
          field: "password",
          message: `${this.service} answered 403: the address is not whitelisted or the RPC is locked after failed logins (restart it)`,
        };
      }
      return failedTest(error, this.service, this.errorContext);
    }
  }

  async add(source: AddSource, options: AddOptions, request: RequestOptions = {}): Promise<{ id: string }> {
    return this.run(async () => {
      if (source.type === "nzb-file")
        throw new DownloadClientError("rejected", `${this.service} is a torrent client; it cannot take an NZB`);
      const args: Record<string, unknown> = { paused: options.paused ?? false };
      if (source.type === "torrent-file") args.metainfo = Buffer.from(source.data).toString("base64");
      else args.filename = source.type === "magnet" ? source.uri : source.url;
      if (options.savePath) args["download-dir"] = options.savePath;
      if (options.priority === "high" || options.priority === "force") args.bandwidthPriority = 1;
      if (options.priority === "low") args.bandwidthPriority = -1;
      const added = await this.rpc("torrent-add", args, trAddedSchema, request.signal);
      const hash = (added["torrent-added"] ?? added["torrent-duplicate"])?.hashString.toLowerCase();
      if (!hash) throw new DownloadClientError("parse", `${this.service} did not say which torrent it added`);
      // torrent-add ignores labels (3.00): set them, and the seed limits, with torrent-set.
      const set: Record<string, unknown> = {};
      const labels = [...(options.category ? [options.category] : []), ...(options.tags ?? [])];
      if (labels.length) set.labels = labels;
      if (options.seedRatioLimit != null)
        Object.assign(set, { seedRatioLimit: options.seedRatioLimit, seedRatioMode: 1 });
      if (options.seedTimeLimitMinutes != null)
        Object.assign(set, { seedIdleLimit: options.seedTimeLimitMinutes, seedIdleMode: 1 });
      if (Object.keys(set).length)
        await this.rpc("torrent-set", { ids: [hash], ...set }, trAddedSchema.passthrough(), request.signal);
      return { id: hash };
    });
  }

  async list(filter: { category?: string | null } = {}, request: RequestOptions = {}): Promise<DownloadItem[]> {
    return this.run(async () => {
      const { torrents } = await this.rpc("torrent-get", { fields: FIELDS }, trTorrentGetSchema, request.signal);
      const items = torrents.map(toTrItem);
      return filter.category
        ? items.filter((item) =>
            torrents.find((t) => t.hashString.toLowerCase() === item.id)?.labels?.includes(filter.category!),
          )
        : items;
    });
  }

  async get(id: string, request: RequestOptions = {}): Promise<DownloadItem | null> {
    return this.run(async () => {
      const { torrents } = await this.rpc(
        "torrent-get",
        { ids: [id.toLowerCase()], fields: FIELDS },
        trTorrentGetSchema,
        request.signal,
      );
      return torrents[0] ? toTrItem(torrents[0]) : null;
    });
  }

  async pause(id: string, request: RequestOptions = {}): Promise<void> {
    await this.run(() =>
      this.rpc("torrent-stop", { ids: [id.toLowerCase()] }, trAddedSchema.passthrough(), request.signal),
    );
  }

  async resume(id: string, request: RequestOptions = {}): Promise<void> {
    await this.run(() =>
      this.rpc("torrent-start", { ids: [id.toLowerCase()] }, trAddedSchema.passthrough(), request.signal),
    );
  }

  async remove(id: string, options: RemoveOptions, request: RequestOptions = {}): Promise<void> {
    await this.run(() =>
      this.rpc(
        "torrent-remove",
        { ids: [id.toLowerCase()], "delete-local-data": options.deleteFiles },
        trAddedSchema.passthrough(),
        request.signal,
      ),
    );
  }
}
