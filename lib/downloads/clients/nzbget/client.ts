import { createHttpClient, HttpUnavailableError, type HttpClient } from "@/lib/http";
import { z } from "zod";
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
import {
  nzbGroupSchema,
  nzbHistorySchema,
  nzbRpcSchema,
  nzbStatusSchema,
  nzbVersionSchema,
  type NzbGroup,
  type NzbHistory,
} from "./schema";

const READ_METHODS = new Set(["version", "listgroups", "history", "status"]);
const isRefused = (error: Error): boolean => {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if ((e as { code?: unknown }).code === "ECONNREFUSED") return true;
  return false;
};
const PRIORITY = { low: -50, normal: 0, high: 50, force: 900 } as const;
const size = (lo: number, hi: number) => hi * 4_294_967_296 + lo;

const FAILURE_WORDS: Record<string, string> = {
  HEALTH: "too many articles are missing on the news server",
  PAR: "par repair failed",
  UNPACK: "unpacking failed",
  MOVE: "moving the files failed",
  BAD: "the download is damaged",
  SCAN: "the NZB could not be read",
  DISKSPACE: "not enough disk space",
  SCRIPT: "a post-processing script failed",
  PASSWORD: "the archive is password protected",
  DAMAGED: "the download is damaged",
  REPAIRABLE: "the download needs par repair",
  SPACE: "not enough disk space",
};

export function mapNzbGroupStatus(
  group: Pick<NzbGroup, "Status" | "ActiveDownloads">,
  globalPaused: boolean,
): { status: DownloadStatus; message: string | null } {
  switch (group.Status) {
    case "QUEUED":
      return { status: globalPaused ? "paused" : "queued", message: null };
    case "PAUSED":
      return { status: "paused", message: null };
    case "DOWNLOADING":
    case "FETCHING":
      return globalPaused
        ? { status: "paused", message: "NZBGet's download queue is paused" }
        : { status: "downloading", message: null };
    default:
      // PP_QUEUED, LOADING_PARS, VERIFYING_SOURCES, REPAIRING, VERIFYING_REPAIRED, RENAMING, UNPACKING, MOVING, EXECUTING_SCRIPT, PP_FINISHED
      return { status: "verifying", message: group.Status.toLowerCase().replaceAll("_", " ") };
  }
}

export function mapNzbHistoryStatus(status: string): { status: DownloadStatus; message: string | null } {
  const [main, detail = ""] = status.split("/");
  const words = FAILURE_WORDS[detail] ?? detail.toLowerCase();
  if (main === "SUCCESS") return { status: "completed", message: null };
  if (main === "WARNING") return { status: "warning", message: `NZBGet ${status}: ${words}` };
  if (main === "DELETED" && detail === "MANUAL") return { status: "failed", message: "Deleted in NZBGet by hand" };
  return { status: "failed", message: `NZBGet ${status}: ${words}` };
}

export function nzbGroupItem(group: NzbGroup, globalPaused: boolean, rate: number): DownloadItem {
  const { status, message } = mapNzbGroupStatus(group, globalPaused);
  const total = size(group.FileSizeLo, group.FileSizeHi);
  const remaining = size(group.RemainingSizeLo, group.RemainingSizeHi);
  const speed = status === "downloading" ? rate : 0;
  return {
    id: String(group.NZBID),
    name: group.NZBName,
    category: group.Category || null,
    status,
    progress: total > 0 ? Math.round(((total - remaining) / total) * 1000) / 10 : 0,
    sizeBytes: total,
    remainingBytes: remaining,
    downloadSpeed: speed,
    uploadSpeed: 0,
    etaSeconds: speed > 0 ? Math.round(remaining / speed) : null,
    outputPath: group.FinalDir || group.DestDir || null,
    message,
    ratio: null,
    seedingTimeSeconds: null,
    canDeleteFiles: true,
  };
}

export function nzbHistoryItem(entry: NzbHistory): DownloadItem {
  const { status, message } = mapNzbHistoryStatus(entry.Status);
  return {
    id: String(entry.NZBID),
    name: entry.Name,
    category: entry.Category || null,
    status,
    progress: status === "failed" ? 0 : 100,
    sizeBytes: size(entry.FileSizeLo, entry.FileSizeHi),
    remainingBytes: 0,
    downloadSpeed: 0,
    uploadSpeed: 0,
    etaSeconds: null,
    outputPath: entry.FinalDir || entry.DestDir || null,
    message,
    ratio: null,
    seedingTimeSeconds: null,
    // NZBGet never deletes a finished download's folder; the caller deletes it (mapped to a local path).
    canDeleteFiles: false,
  };
}

/** NZBGet JSON-RPC over HTTP with a Basic authorization header (fetch rejects user:pass@ URLs). */
export class NzbgetClient implements DownloadClient {
  readonly kind = "nzbget" as const;
  readonly protocol = "usenet" as const;
  private readonly http: HttpClient;
  private readonly url: string;
  private readonly service: string;
  private readonly errorContext: ErrorContext;

  constructor(connection: DownloadClientConnection) {
    this.service = connection.name ?? "NZBGet";
    this.errorContext = { authField: "password", useTls: connection.useTls };
    this.url = `${baseUrlOf(connection)}/jsonrpc`;
    this.http = createHttpClient({
      service: this.service,
      timeoutMs: connection.timeoutMs,
      retries: 0,
      headers: { authorization: basicAuth(connection.username, connection.password) },
    });
  }

  private async rpc<S extends z.ZodType>(
    method: string,
    params: unknown[],
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const post = () =>
      this.http.call(this.url, (k) => k.post(this.url, { json: { version: "1.1", method, params }, signal }).text());
    let text: string;
    try {
      text = await post();
    } catch (error) {
      // NZBGet closes every connection ("Connection: close"); a read that hits a dropped socket is safe to repeat once.
      if (
        !READ_METHODS.has(method) ||
        !(error instanceof HttpUnavailableError) ||
        error.reason !== "network" ||
        isRefused(error)
      )
        throw error;
      text = await post();
    }
    const body = parseBody(this.service, this.url, nzbRpcSchema, parseJsonText(this.service, this.url, text));
    if (body.error) throw new DownloadClientError("rejected", `${this.service}: ${body.error.message}`);
    return parseBody(this.service, `${this.url} ${method}`, schema, body.result);
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return asClientError(work, this.service, this.errorContext);
  }

  async test(options: RequestOptions = {}): Promise<ClientTestResult> {
    try {
      const version = await this.rpc("version", [], nzbVersionSchema, options.signal);
      return { ok: true, version, apiVersion: null };
    } catch (error) {
      return failedTest(error, this.service, this.errorContext);
    }
  }

  async add(source: AddSource, options: AddOptions, request: RequestOptions = {}): Promise<{ id: string }> {
    return this.run(async () => {
      if (source.type === "torrent-file" || source.type === "magnet")
        throw new DownloadClientError("rejected", `${this.service} is a usenet client; it cannot take a torrent`);
      // append(NZBFilename, Content (base64 or URL), Category, Priority, AddToTop, AddPaused, DupeKey, DupeScore, DupeMode, PPParameters)
      const content = source.type === "nzb-file" ? Buffer.from(source.data).toString("base64") : source.url;
      const fileName = /\.nzb$/i.test(source.fileName) ? source.fileName : `${source.fileName}.nzb`;
      const id = await this.rpc(
        "append",
        [
          fileName,
          content,
          options.category ?? "",
          PRIORITY[options.priority ?? "normal"],
          false,
          options.paused ?? false,
          "",
          0,
          "SCORE",
          [],
        ],
        z.number().int(),
        request.signal,
      );
      if (id <= 0) throw new DownloadClientError("rejected", `${this.service} refused the NZB (not a valid NZB file?)`);
      // NZBGet takes any bytes and fails them at once with FAILURE/SCAN: report that as a refusal.
      const history = await this.rpc("history", [false], z.array(nzbHistorySchema), request.signal);
      const scanned = history.find((entry) => entry.NZBID === id);
      if (scanned && scanned.Status.startsWith("FAILURE/SCAN")) {
        await this.rpc("editqueue", ["HistoryFinalDelete", "", [id]], z.boolean(), request.signal).catch(() => false);
        throw new DownloadClientError(
          "rejected",
          `${this.service} refused the NZB: it could not be read (${scanned.Status})`,
        );
      }
      return { id: String(id) };
    });
  }

  private async all(signal?: AbortSignal): Promise<DownloadItem[]> {
    const [groups, history, status] = await Promise.all([
      this.rpc("listgroups", [0], z.array(nzbGroupSchema), signal),
      this.rpc("history", [false], z.array(nzbHistorySchema), signal),
      this.rpc("status", [], nzbStatusSchema.passthrough(), signal),
    ]);
    return [
      ...groups.map((group) => nzbGroupItem(group, status.DownloadPaused ?? false, status.DownloadRate)),
      ...history
        .filter((entry) => entry.Kind === undefined || entry.Kind === "NZB" || entry.Kind === "URL")
        .map(nzbHistoryItem),
    ];
  }

  async list(filter: { category?: string | null } = {}, request: RequestOptions = {}): Promise<DownloadItem[]> {
    return this.run(async () => {
      const items = await this.all(request.signal);
      return filter.category ? items.filter((item) => item.category === filter.category) : items;
    });
  }

  async get(id: string, request: RequestOptions = {}): Promise<DownloadItem | null> {
    return this.run(async () => (await this.all(request.signal)).find((item) => item.id === id) ?? null);
  }

  private async edit(command: string, id: string, signal?: AbortSignal): Promise<void> {
    const ok = await this.rpc("editqueue", [command, "", [Number(id)]], z.boolean(), signal);
    if (!ok) throw new DownloadClientError("not-found", `${this.service} refused ${command} for ${id} (unknown id?)`);
  }

  async pause(id: string, request: RequestOptions = {}): Promise<void> {
    await this.run(() => this.edit("GroupPause", id, request.signal));
  }

  async resume(id: string, request: RequestOptions = {}): Promise<void> {
    await this.run(() => this.edit("GroupResume", id, request.signal));
  }

  async remove(id: string, options: RemoveOptions, request: RequestOptions = {}): Promise<void> {
    await this.run(async () => {
      const groups = await this.rpc("listgroups", [0], z.array(nzbGroupSchema), request.signal);
      if (groups.some((group) => String(group.NZBID) === id)) {
        await this.edit(options.deleteFiles ? "GroupFinalDelete" : "GroupDelete", id, request.signal);
      } else {
        await this.edit(options.deleteFiles ? "HistoryFinalDelete" : "HistoryDelete", id, request.signal);
      }
    });
  }
}
