import type { KyInstance } from "ky";
import { createHttpClient, type HttpClient } from "@/lib/http";
import { baseUrlOf } from "../base-url";
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
import { qbTorrentListSchema, qbVersionSchema, type QbTorrent } from "./schema";

const INFINITE_ETA = 8_640_000;

/** qBittorrent state → the one model. pausedUP (4.x) and stoppedUP (5.x) mean done and stopped. */
export function mapQbState(state: string): { status: DownloadStatus; message: string | null } {
  switch (state) {
    case "error":
      return { status: "failed", message: "qBittorrent reports an I/O error for this torrent" };
    case "missingFiles":
      return { status: "warning", message: "qBittorrent cannot find the torrent's files" };
    case "uploading":
    case "stalledUP":
    case "queuedUP":
    case "forcedUP":
      return { status: "seeding", message: null };
    case "pausedUP":
    case "stoppedUP":
      return { status: "completed", message: null };
    case "checkingUP":
    case "checkingDL":
    case "checkingResumeData":
    case "moving":
    case "allocating":
      return { status: "verifying", message: null };
    case "metaDL":
    case "forcedMetaDL":
      return { status: "queued", message: "Fetching metadata" };
    case "downloading":
    case "forcedDL":
      return { status: "downloading", message: null };
    case "stalledDL":
      return { status: "stalled", message: "No connection to peers" };
    case "pausedDL":
    case "stoppedDL":
      return { status: "paused", message: null };
    case "queuedDL":
      return { status: "queued", message: null };
    default:
      return { status: "warning", message: `Unknown qBittorrent state "${state}"` };
  }
}

export function toQbItem(t: QbTorrent): DownloadItem {
  const { status, message } = mapQbState(t.state);
  const remaining = t.amount_left ?? Math.round(t.size * (1 - t.progress));
  return {
    id: t.hash.toLowerCase(),
    name: t.name,
    category: t.category || null,
    status,
    progress: Math.round(t.progress * 1000) / 10,
    sizeBytes: t.size,
    remainingBytes: remaining,
    downloadSpeed: t.dlspeed,
    uploadSpeed: t.upspeed,
    etaSeconds: t.eta >= INFINITE_ETA || t.eta < 0 ? null : t.eta,
    outputPath: t.content_path || `${t.save_path.replace(/\/+$/, "")}/${t.name}`,
    message,
    ratio: t.ratio ?? null,
    seedingTimeSeconds: t.seeding_time ?? null,
    canDeleteFiles: true,
  };
}

type Body = URLSearchParams | FormData;

/** qBittorrent WebAPI v2: cookie login, re-login once on 403, form posts. */
export class QBittorrentClient implements DownloadClient {
  readonly kind = "qbittorrent" as const;
  readonly protocol = "torrent" as const;
  private readonly http: HttpClient;
  private readonly base: string;
  private readonly service: string;
  private readonly errorContext: ErrorContext;
  private cookie: string | null = null;

  constructor(private readonly connection: DownloadClientConnection) {
    this.service = connection.name ?? "qBittorrent";
    this.errorContext = { authField: "password", useTls: connection.useTls };
    this.base = `${baseUrlOf(connection)}/api/v2`;
    // Never send Origin/Referer: a mismatch gets 401 (CSRF protection).
    this.http = createHttpClient({
      service: this.service,
      timeoutMs: connection.timeoutMs,
      retries: 0,
      headers: { accept: "*/*" },
    });
  }

  private async login(signal?: AbortSignal): Promise<void> {
    const url = `${this.base}/auth/login`;
    const response = await this.http.call(url, (k: KyInstance) =>
      k.post(url, {
        body: new URLSearchParams({
          username: this.connection.username ?? "",
          password: this.connection.password ?? "",
        }),
        signal,
        throwHttpErrors: (status) => status !== 403,
      }),
    );
    const text = (await response.text()).trim();
    if (response.status === 403)
      throw new DownloadClientError("auth", `${this.service} has banned this address after too many failed logins`, {
        field: "password",
      });
    if (text === "Fails.")
      throw new DownloadClientError("auth", `${this.service} refused the user name or password`, { field: "password" });
    if (text !== "Ok.")
      throw new DownloadClientError(
        "parse",
        `${this.service} answered the login with something unexpected: ${JSON.stringify(text.slice(0, 60))}`,
      );
    const setCookie = response.headers.get("set-cookie");
    const match = setCookie?.match(/^\s*([^=;\s]+)=([^;]*)/);
    // With "bypass authentication for localhost" there is no cookie and none is needed.
    this.cookie = match ? `${match[1]}=${match[2]}` : "";
  }

  /** One call; logs in first if needed and once more if the session expired (403). */
  private async request(
    method: "get" | "post",
    path: string,
    body?: Body,
    signal?: AbortSignal,
    retried = false,
  ): Promise<Response> {
    if (this.cookie === null) await this.login(signal);
    const url = `${this.base}/${path}`;
    const response = await this.http.call(url, (k) =>
      k(url, {
        method,
        body,
        signal,
        headers: this.cookie ? { cookie: this.cookie } : {},
        throwHttpErrors: (status) => ![403, 404, 409, 415].includes(status),
      }),
    );
    if (response.status === 403) {
      if (retried)
        throw new DownloadClientError("auth", `${this.service} refused the session (HTTP 403)`, { field: "password" });
      this.cookie = null;
      return this.request(method, path, body, signal, true);
    }
    return response;
  }

  private async requestOk(method: "get" | "post", path: string, body?: Body, signal?: AbortSignal): Promise<Response> {
    const response = await this.request(method, path, body, signal);
    if (response.status === 404)
      throw new DownloadClientError("not-found", `${this.service} does not know ${path} (HTTP 404)`, {
        field: "urlBase",
      });
    return response;
  }

  private async json<T>(path: string, parse: (body: unknown, url: string) => T, signal?: AbortSignal): Promise<T> {
    const response = await this.requestOk("get", path, undefined, signal);
    const url = `${this.base}/${path}`;
    return parse(parseJsonText(this.service, url, await response.text()), url);
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return asClientError(work, this.service, this.errorContext);
  }

  async test(options: RequestOptions = {}): Promise<ClientTestResult> {
    try {
      this.cookie = null;
      const response = await this.requestOk("get", "app/version", undefined, options.signal);
      const url = `${this.base}/app/version`;
      const version = parseBody(this.service, url, qbVersionSchema, await response.text()).replace(/^v/, "");
      const api = await this.requestOk("get", "app/webapiVersion", undefined, options.signal);
      return { ok: true, version, apiVersion: (await api.text()).trim() || null };
    } catch (error) {
      return failedTest(error, this.service, this.errorContext);
    }
  }

  async ensureCategory(category: string, savePath: string | null = null, options: RequestOptions = {}): Promise<void> {
    await this.run(async () => {
      const body = new URLSearchParams({ category, savePath: savePath ?? "" });
      const response = await this.request("post", "torrents/createCategory", body, options.signal);
      // 409: exists already (fine). Keep its save path in step when one is given.
      if (response.status === 409 && savePath)
        await this.requestOk("post", "torrents/editCategory", body, options.signal);
    });
  }

  async add(source: AddSource, options: AddOptions, request: RequestOptions = {}): Promise<{ id: string }> {
    return this.run(async () => {
      if (source.type === "nzb-file")
        throw new DownloadClientError("rejected", `${this.service} is a torrent client; it cannot take an NZB`);
      const infoHash = "infoHash" in source ? source.infoHash : undefined;
      if (!infoHash)
        throw new DownloadClientError(
          "rejected",
          `${this.service} does not report the hash of an added torrent: fetch the .torrent first`,
        );
      if (options.category) await this.ensureCategory(options.category, null, request);
      const form = new FormData();
      if (source.type === "torrent-file")
        form.append(
          "torrents",
          new Blob([Buffer.from(source.data)], { type: "application/x-bittorrent" }),
          source.fileName,
        );
      else form.append("urls", source.type === "magnet" ? source.uri : source.url);
      if (options.savePath) form.append("savepath", options.savePath);
      if (options.category) form.append("category", options.category);
      if (options.tags?.length) form.append("tags", options.tags.join(","));
      if (options.paused) {
        form.append("paused", "true"); // 4.x
        form.append("stopped", "true"); // 5.x
      }
      if (options.seedRatioLimit != null) form.append("ratioLimit", String(options.seedRatioLimit));
      if (options.seedTimeLimitMinutes != null) form.append("seedingTimeLimit", String(options.seedTimeLimitMinutes));
      const response = await this.request("post", "torrents/add", form, request.signal);
      const text = (await response.text()).trim();
      if (response.status === 415 || text === "Fails.")
        throw new DownloadClientError("rejected", `${this.service} refused the torrent (not a valid torrent file?)`);
      if (response.status === 404)
        throw new DownloadClientError("not-found", `${this.service} does not know torrents/add (HTTP 404)`, {
          field: "urlBase",
        });
      if (text !== "Ok." && text !== "")
        throw new DownloadClientError(
          "parse",
          `${this.service} answered the add with something unexpected: ${JSON.stringify(text.slice(0, 60))}`,
        );
      if (options.priority === "force")
        await this.request(
          "post",
          "torrents/topPrio",
          new URLSearchParams({ hashes: infoHash.toLowerCase() }),
          request.signal,
        );
      return { id: infoHash.toLowerCase() };
    });
  }

  async list(filter: { category?: string | null } = {}, request: RequestOptions = {}): Promise<DownloadItem[]> {
    return this.run(async () => {
      const query = filter.category ? `?category=${encodeURIComponent(filter.category)}` : "";
      const torrents = await this.json(
        `torrents/info${query}`,
        (body, url) => parseBody(this.service, url, qbTorrentListSchema, body),
        request.signal,
      );
      return torrents.map(toQbItem);
    });
  }

  async get(id: string, request: RequestOptions = {}): Promise<DownloadItem | null> {
    return this.run(async () => {
      const torrents = await this.json(
        `torrents/info?hashes=${encodeURIComponent(id.toLowerCase())}`,
        (body, url) => parseBody(this.service, url, qbTorrentListSchema, body),
        request.signal,
      );
      const found = torrents.find((t) => t.hash.toLowerCase() === id.toLowerCase());
      return found ? toQbItem(found) : null;
    });
  }

  /** 4.x has pause/resume; 5.x renamed them stop/start (the old ones answer 404). */
  private async withFallback(oldPath: string, newPath: string, id: string, signal?: AbortSignal): Promise<void> {
    await this.run(async () => {
      const body = new URLSearchParams({ hashes: id.toLowerCase() });
      const response = await this.request("post", oldPath, body, signal);
      if (response.status === 404) await this.requestOk("post", newPath, body, signal);
    });
  }

  pause(id: string, request: RequestOptions = {}): Promise<void> {
    return this.withFallback("torrents/pause", "torrents/stop", id, request.signal);
  }

  resume(id: string, request: RequestOptions = {}): Promise<void> {
    return this.withFallback("torrents/resume", "torrents/start", id, request.signal);
  }

  async remove(id: string, options: RemoveOptions, request: RequestOptions = {}): Promise<void> {
    await this.run(async () => {
      const body = new URLSearchParams({ hashes: id.toLowerCase(), deleteFiles: String(options.deleteFiles) });
      await this.requestOk("post", "torrents/delete", body, request.signal);
    });
  }
}
