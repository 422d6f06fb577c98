import { z } from "zod";
import { createHttpClient, HttpAuthError, HttpParseError, type HttpClient } from "@/lib/http";
import { fieldError, ValidationError } from "@/lib/errors";
import {
  blocklistPageSchema,
  customFormatSchema,
  downloadClientSchema,
  episodeFileSchema,
  episodeSchema,
  indexerSchema,
  movieSchema,
  namingSchema,
  qualityProfileSchema,
  rootFolderSchema,
  seriesSchema,
  statusSchema,
  tagSchema,
  type ArrBlocklistItem,
  type ArrCustomFormat,
  type ArrDownloadClient,
  type ArrEpisode,
  type ArrEpisodeFile,
  type ArrIndexer,
  type ArrMovie,
  type ArrQualityProfile,
  type ArrRootFolder,
  type ArrSeries,
  type ArrStatus,
  type ArrTag,
} from "./arr-resources.schema";

export type ArrApp = "radarr" | "sonarr";

export interface ArrPeerConfig {
  app: ArrApp;
  url: string;
  apiKey: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Everything read from the peer, before anything is written. */
export interface ArrInstall {
  app: ArrApp;
  status: ArrStatus;
  tags: ArrTag[];
  rootFolders: ArrRootFolder[];
  qualityProfiles: ArrQualityProfile[];
  customFormats: ArrCustomFormat[];
  indexers: ArrIndexer[];
  downloadClients: ArrDownloadClient[];
  naming: Record<string, unknown>;
  movies: ArrMovie[];
  series: ArrSeries[];
  /** Sonarr: each series' episodes and episode files, by the peer's series id. */
  episodes: Map<number, ArrEpisode[]>;
  episodeFiles: Map<number, ArrEpisodeFile[]>;
  /** Read only when asked for. */
  blocklist: ArrBlocklistItem[];
}

const BLOCKLIST_PAGE = 500;
const BLOCKLIST_MAX = 20_000;

const appName: Record<ArrApp, string> = { radarr: "Radarr", sonarr: "Sonarr" };

/** A peer's answer the import cannot use, named by resource and field. */
export class ArrPeerResponseError extends ValidationError {}

/** Radarr's or Sonarr's v3 API, read only (X-Api-Key), every call with a timeout and each answer checked with zod. */
export class ArrPeer {
  private readonly http: HttpClient;
  private readonly base: string;

  constructor(private readonly config: ArrPeerConfig) {
    this.base = `${config.url.replace(/\/+$/, "")}/api/v3`;
    this.http = createHttpClient({
      service: appName[config.app],
      timeoutMs: config.timeoutMs ?? 30_000,
      retries: 1,
      headers: { "x-api-key": config.apiKey },
    });
  }

  private async get<S extends z.ZodType>(resource: string, schema: S, query?: Record<string, string>) {
    try {
      return await this.http.getJson(`${this.base}/${resource}`, schema, {
        ...(query ? { searchParams: query } : {}),
        ...(this.config.signal ? { signal: this.config.signal } : {}),
      });
    } catch (error) {
      if (error instanceof HttpParseError)
        throw new ArrPeerResponseError(
          `${appName[this.config.app]} answered GET ${resource} with something the import cannot read (${error.message.replace(/^.*?: /, "")}); nothing was imported`,
        );
      if (error instanceof HttpAuthError)
        throw fieldError(
          "apiKey",
          `${appName[this.config.app]} refused this API key (Settings → General in ${appName[this.config.app]})`,
        );
      throw error;
    }
  }

  async status(): Promise<ArrStatus> {
    const status = await this.get("system/status", statusSchema);
    if (status.appName.toLowerCase() !== this.config.app)
      throw new ValidationError(`That address is ${status.appName}, not ${appName[this.config.app]}`, {
        fields: { url: `This is ${status.appName}` },
      });
    return status;
  }

  /** Every blocklisted release, page by page (newest first). */
  private async blocklist(): Promise<ArrBlocklistItem[]> {
    const out: ArrBlocklistItem[] = [];
    for (let page = 1; out.length < BLOCKLIST_MAX; page++) {
      const { totalRecords, records } = await this.get("blocklist", blocklistPageSchema, {
        page: String(page),
        pageSize: String(BLOCKLIST_PAGE),
        sortKey: "date",
        sortDirection: "descending",
      });
      out.push(...records);
      if (records.length < BLOCKLIST_PAGE || out.length >= totalRecords) break;
    }
    return out;
  }

  /** Reads the whole install: settings first, then titles (Sonarr: each series' episodes and files). */
  async readInstall(
    options: { blocklist?: boolean; onProgress?: (done: number, total: number) => Promise<void> } = {},
  ): Promise<ArrInstall> {
    const { app } = this.config;
    const status = await this.status();
    const [tags, rootFolders, qualityProfiles, customFormats, indexers, downloadClients, naming] = await Promise.all([
      this.get("tag", z.array(tagSchema)),
      this.get("rootfolder", z.array(rootFolderSchema)),
      this.get("qualityprofile", z.array(qualityProfileSchema)),
      this.get("customformat", z.array(customFormatSchema)),
      this.get("indexer", z.array(indexerSchema)),
      this.get("downloadclient", z.array(downloadClientSchema)),
      this.get("config/naming", namingSchema),
    ]);
    const install: ArrInstall = {
      app,
      status,
      tags,
      rootFolders,
      qualityProfiles,
      customFormats,
      indexers,
      downloadClients,
      naming,
      movies: [],
      series: [],
      episodes: new Map(),
      episodeFiles: new Map(),
      blocklist: options.blocklist ? await this.blocklist() : [],
    };
    if (app === "radarr") {
      install.movies = await this.get("movie", z.array(movieSchema));
      return install;
    }
    install.series = await this.get("series", z.array(seriesSchema));
    let done = 0;
    for (const one of install.series) {
      const query = { seriesId: String(one.id) };
      const [episodes, files] = await Promise.all([
        this.get("episode", z.array(episodeSchema), query),
        this.get("episodefile", z.array(episodeFileSchema), query),
      ]);
      install.episodes.set(one.id, episodes);
      install.episodeFiles.set(one.id, files);
      await options.onProgress?.(++done, install.series.length);
    }
    return install;
  }
}
