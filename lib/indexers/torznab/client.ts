import { createHttpClient, type HttpClient } from "@/lib/http";
import type { IndexerCaps, IndexerProtocol } from "../indexer.types";
import { IndexerRequestError, toIndexerError } from "../errors";
import type { IndexerRelease } from "../release";
import type { SearchQuery } from "../search/query";
import { parseFeed } from "./parse-feed";
import { minimalCaps, planRequests, type RequestParams } from "./plan";
import { parseCaps, throwIfErrorDocument } from "./schema";
import { parseXml } from "./xml";

export interface TorznabConfig {
  id: string;
  name: string;
  protocol: IndexerProtocol;
  baseUrl: string;
  apiPath: string;
  apiKey: string | null;
  timeoutMs: number;
  categories: number[];
  caps: IndexerCaps | null;
  /** Extra headers (Prowlarr's X-Api-Key style proxies). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export function apiUrl(baseUrl: string, apiPath: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  const path = apiPath ? `/${apiPath.replace(/^\/+/, "")}` : "";
  return `${base}${path}`;
}

/** A Torznab or Newznab endpoint: caps, id-based and text searches, RSS, paging, error documents. */
export class TorznabClient {
  private readonly http: HttpClient;
  private readonly url: string;

  constructor(private readonly config: TorznabConfig) {
    this.url = apiUrl(config.baseUrl, config.apiPath);
    this.http = createHttpClient({
      service: config.name,
      timeoutMs: config.timeoutMs,
      retries: 0,
      headers: { accept: "application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", ...config.headers },
      ...(config.fetch ? { fetch: config.fetch } : {}),
    });
  }

  /** GET the API with params; returns the body text after mapping HTTP and error documents to IndexerRequestError. */
  private async get(params: RequestParams, options: RequestOptions): Promise<string> {
    const searchParams = new URLSearchParams(params);
    if (this.config.apiKey) searchParams.set("apikey", this.config.apiKey);
    try {
      const response = await this.http.call(this.url, (k) =>
        k.get(this.url, { searchParams, throwHttpErrors: false, signal: options.signal }),
      );
      const text = await response.text();
      if (response.ok) return text;
      // Many indexers answer errors with an XML error document and a 4xx/5xx status.
      if (text.trimStart().startsWith("<")) {
        try {
          throwIfErrorDocument(parseXml(text, this.config.name), this.config.name);
        } catch (error) {
          if (error instanceof IndexerRequestError && error.kind !== "parse") throw error;
        }
      }
      throw statusError(this.config.name, response);
    } catch (error) {
      throw toIndexerError(error, this.config.name);
    }
  }

  async fetchCaps(options: RequestOptions = {}): Promise<IndexerCaps> {
    const text = await this.get({ t: "caps" }, options);
    return parseCaps(parseXml(text, this.config.name), this.config.name);
  }

  /**
   * Runs a query: the planned requests in order until one returns releases (id search, then text),
   * each for up to `query.pages` pages of `limit` results.
   */
  async search(query: SearchQuery, options: RequestOptions = {}): Promise<IndexerRelease[]> {
    const caps = this.config.caps ?? minimalCaps;
    const plans = planRequests(query, caps, this.config.categories);
    if (plans.length === 0) {
      throw new IndexerRequestError("unsupported", `${this.config.name} supports no search that fits this query`);
    }
    const limit = Math.min(query.limit ?? caps.limits?.default ?? 100, caps.limits?.max ?? 1000);
    const pages = query.pages ?? 1;
    for (const [index, plan] of plans.entries()) {
      const releases = await this.fetchPages(plan, query.offset ?? 0, limit, pages, options);
      if (releases.length > 0 || index === plans.length - 1) return releases;
    }
    return [];
  }

  private async fetchPages(
    plan: RequestParams,
    offset: number,
    limit: number,
    pages: number,
    options: RequestOptions,
  ): Promise<IndexerRelease[]> {
    const all: IndexerRelease[] = [];
    for (let page = 0; page < pages; page++) {
      const params = { ...plan, offset: String(offset + page * limit), limit: String(limit), extended: "1" };
      const text = await this.get(params, options);
      const feed = parseFeed(text, {
        indexerId: this.config.id,
        indexerName: this.config.name,
        protocol: this.config.protocol,
      });
      all.push(...feed.releases);
      const reachedTotal = feed.total !== null && offset + (page + 1) * limit >= feed.total;
      if (feed.releases.length + feed.skipped < limit || reachedTotal) break;
    }
    return all;
  }
}

function statusError(name: string, response: Response): IndexerRequestError {
  const status = response.status;
  if (status === 401 || status === 403) {
    return new IndexerRequestError("auth", `${name} refused the API key (HTTP ${status})`, { field: "apiKey" });
  }
  if (status === 429) {
    const header = response.headers.get("retry-after");
    const seconds =
      header && Number.isFinite(Number(header))
        ? Number(header)
        : header
          ? Math.ceil((Date.parse(header) - Date.now()) / 1000)
          : NaN;
    const retryAfterSeconds = Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
    return new IndexerRequestError(
      "rate-limited",
      `${name} is rate limiting requests (HTTP 429, retry in ${retryAfterSeconds} s)`,
      { retryAfterSeconds },
    );
  }
  return new IndexerRequestError(
    "status",
    `${name} answered HTTP ${status}${response.statusText ? ` ${response.statusText}` : ""}`,
  );
}
