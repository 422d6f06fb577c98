import type { z } from "zod";
import { createHttpClient, HttpStatusError, HttpUnavailableError, type HttpClient } from "@/lib/http";
import { getConfig } from "@/lib/config";
import { readCache, writeCache } from "../cache.repo";
import { limiterFor, type RateLimiter } from "./rate-limit";

export type TmdbAuth = { apiKey: string } | { readToken: string } | null;

export interface TmdbClientOptions {
  baseUrl: string;
  auth: TmdbAuth;
  /** "TMDB" or "Metadata relay": names the peer in error messages. */
  service: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface GetOptions {
  ttlMs: number;
  /**
   * Answer from the provider only (tests, refreshes, adds): no cache entry, not even an expired one as
   * a fallback when the provider cannot be reached, so the caller learns it did not get through.
   * The answer is still stored.
   */
  fresh?: boolean;
}

const HOUR = 3_600_000;
export const ttl = {
  search: HOUR,
  details: 12 * HOUR,
  lists: 6 * HOUR,
  trending: 3 * HOUR,
  genres: 7 * 24 * HOUR,
} as const;

export function cacheKey(path: string, params: Record<string, string | number | undefined>): string {
  const query = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== "")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&");
  return `tmdb:${path.replace(/^\//, "")}?${query}`;
}

/**
 * TMDB v3 over the shared HTTP client, with a database cache in front. When TMDB cannot be reached
 * or fails with 5xx, an expired cache entry is better than nothing for browsing and is returned
 * instead — never for a `fresh` call.
 */
export class TmdbClient {
  private readonly http: HttpClient;
  private readonly limiter: RateLimiter;

  constructor(private readonly options: TmdbClientOptions) {
    this.limiter = limiterFor(options.baseUrl, getConfig().TMDB_REQUESTS_PER_SECOND);
    const auth = options.auth;
    this.http = createHttpClient({
      service: options.service,
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      headers: auth && "readToken" in auth ? { authorization: `Bearer ${auth.readToken}` } : {},
      fetch: options.fetch,
    });
  }

  /** The raw JSON for a path (the relay forwards it as is), validated by schema. */
  async get<S extends z.ZodType>(
    path: string,
    params: Record<string, string | number | undefined>,
    schema: S,
    options: GetOptions,
  ): Promise<z.output<S>> {
    const key = cacheKey(path, params);
    const cached = await readCache(key);
    if (cached && !options.fresh && cached.expiresAt > new Date()) {
      const parsed = schema.safeParse(cached.value);
      if (parsed.success) return parsed.data;
    }
    const searchParams: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") searchParams[k] = String(v);
    const auth = this.options.auth;
    if (auth && "apiKey" in auth) searchParams.api_key = auth.apiKey;
    try {
      await this.limiter.take();
      const raw = await this.http.getJson(path.replace(/^\//, ""), schema, { searchParams });
      await writeCache(key, raw, options.ttlMs);
      return raw;
    } catch (error) {
      const fallback =
        error instanceof HttpUnavailableError || (error instanceof HttpStatusError && error.status >= 500);
      if (fallback && cached && !options.fresh) {
        const parsed = schema.safeParse(cached.value);
        if (parsed.success) return parsed.data;
      }
      throw error;
    }
  }
}
