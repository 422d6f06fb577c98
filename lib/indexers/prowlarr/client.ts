import { z } from "zod";
import { createHttpClient, type HttpClient } from "@/lib/http";
import { toIndexerError } from "../errors";
import { emptyRelease, normalizeImdbId, type IndexerRelease } from "../release";
import {
  prowlarrIndexerSchema,
  prowlarrReleaseSchema,
  prowlarrStatusSchema,
  type ProwlarrIndexer,
  type ProwlarrRelease,
} from "./schema";

export interface ProwlarrConfig {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ProwlarrSearch {
  query: string;
  type?: "search" | "movie" | "tvsearch";
  indexerIds?: number[];
  categories?: number[];
  limit?: number;
  offset?: number;
}

/** Prowlarr's own API (X-Api-Key): status, the configured indexers, and a search across them. */
export class ProwlarrClient {
  private readonly http: HttpClient;
  private readonly base: string;

  constructor(private readonly config: ProwlarrConfig) {
    this.base = config.baseUrl.replace(/\/+$/, "");
    this.http = createHttpClient({
      service: "Prowlarr",
      timeoutMs: config.timeoutMs ?? 20_000,
      retries: 1,
      headers: { "x-api-key": config.apiKey },
      ...(config.fetch ? { fetch: config.fetch } : {}),
    });
  }

  private async get<S extends z.ZodType>(
    path: string,
    schema: S,
    searchParams?: URLSearchParams,
  ): Promise<z.output<S>> {
    try {
      return await this.http.getJson(`${this.base}${path}`, schema, searchParams ? { searchParams } : undefined);
    } catch (error) {
      throw toIndexerError(error, "Prowlarr");
    }
  }

  status() {
    return this.get("/api/v1/system/status", prowlarrStatusSchema);
  }

  indexers(): Promise<ProwlarrIndexer[]> {
    return this.get("/api/v1/indexer", z.array(prowlarrIndexerSchema));
  }

  /** `/api/v1/search` with repeated integer `indexerIds` and `categories`, as Prowlarr's API expects. */
  async search(search: ProwlarrSearch): Promise<IndexerRelease[]> {
    const params = new URLSearchParams({
      query: search.query,
      type: search.type ?? "search",
      limit: String(search.limit ?? 100),
      offset: String(search.offset ?? 0),
    });
    for (const id of search.indexerIds ?? []) params.append("indexerIds", String(id));
    for (const category of search.categories ?? []) params.append("categories", String(category));
    const releases = await this.get("/api/v1/search", z.array(prowlarrReleaseSchema), params);
    return releases.filter((r) => r.protocol !== "unknown").map((r) => toRelease(r));
  }
}

export function toRelease(r: ProwlarrRelease): IndexerRelease {
  const flags = (r.indexerFlags ?? []).map((f) => f.toLowerCase().replace(/^g_/, ""));
  return {
    ...emptyRelease({
      guid: r.guid,
      title: r.title,
      indexerId: `prowlarr:${r.indexerId}`,
      indexerName: r.indexer ?? `Prowlarr ${r.indexerId}`,
      protocol: r.protocol === "usenet" ? "usenet" : "torrent",
    }),
    downloadUrl: r.downloadUrl ?? null,
    magnetUrl: r.magnetUrl ?? null,
    infoHash: r.infoHash?.toLowerCase() ?? null,
    infoUrl: r.infoUrl ?? null,
    size: r.size ?? null,
    publishedAt: r.publishDate ? new Date(r.publishDate).toISOString() : null,
    categories: (r.categories ?? []).map((c) => c.id),
    seeders: r.seeders ?? null,
    peers:
      r.seeders !== null && r.seeders !== undefined && r.leechers !== null && r.leechers !== undefined
        ? r.seeders + r.leechers
        : null,
    grabs: r.grabs ?? null,
    imdbId: normalizeImdbId(r.imdbId ?? null),
    tmdbId: r.tmdbId || null,
    tvdbId: r.tvdbId || null,
    flags,
  };
}
