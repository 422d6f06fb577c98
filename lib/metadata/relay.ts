import { z } from "zod";
import { getConfig } from "@/lib/config";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { toMetadataError } from "./errors";
import { TmdbClient, ttl } from "./tmdb/tmdb.client";

/**
 * Relay mode: with RELAY_TMDB_API_KEY set, this install answers other installs' TMDB calls under
 * /api/relay/3/<tmdb path>, with its own key. Only the read-only catalogue paths Mydia uses are
 * forwarded, only known query parameters pass, nothing about the caller is stored, answers are
 * cached in the database, and each client gets its own token bucket.
 */
const allowedPaths: [RegExp, number][] = [
  [/^search\/(movie|tv)$/, ttl.search],
  [/^movie\/\d+(\/(release_dates|external_ids))?$/, ttl.details],
  [/^tv\/\d+(\/(external_ids|content_ratings|season\/\d+))?$/, ttl.details],
  [/^trending\/(movie|tv|all)\/(day|week)$/, ttl.trending],
  [/^movie\/(popular|upcoming|top_rated|now_playing)$/, ttl.lists],
  [/^tv\/(popular|on_the_air|top_rated|airing_today)$/, ttl.lists],
  [/^discover\/(movie|tv)$/, ttl.lists],
  [/^genre\/(movie|tv)\/list$/, ttl.genres],
];
const allowedParams = new Set([
  "query",
  "page",
  "language",
  "region",
  "year",
  "first_air_date_year",
  "include_adult",
  "with_genres",
  "sort_by",
]);

const BUCKET_SIZE = 40;
const REFILL_PER_SECOND = 4;
const buckets = new Map<string, { tokens: number; at: number }>();

export function relayEnabled(): boolean {
  return !!getConfig().RELAY_TMDB_API_KEY;
}

/** Token bucket per client: bursts of 40, then 4 requests a second. */
export function takeRelayToken(client: string, now = Date.now()): void {
  const bucket = buckets.get(client) ?? { tokens: BUCKET_SIZE, at: now };
  bucket.tokens = Math.min(BUCKET_SIZE, bucket.tokens + ((now - bucket.at) / 1000) * REFILL_PER_SECOND);
  bucket.at = now;
  if (bucket.tokens < 1) {
    buckets.set(client, bucket);
    throw new RateLimitedError(
      "Too many requests to this relay; slow down.",
      Math.ceil((1 - bucket.tokens) / REFILL_PER_SECOND),
    );
  }
  bucket.tokens -= 1;
  buckets.set(client, bucket);
  if (buckets.size > 10_000) buckets.clear(); // bounded memory; a reset only forgives everyone once
}

let client: TmdbClient | undefined;

export async function relayRequest(path: string, params: URLSearchParams, clientId: string): Promise<unknown> {
  const key = getConfig().RELAY_TMDB_API_KEY;
  if (!key) throw new NotFoundError("This Mydia is not a metadata relay (RELAY_TMDB_API_KEY is not set)");
  const rule = allowedPaths.find(([pattern]) => pattern.test(path));
  if (!rule) throw new NotFoundError(`The relay does not forward ${path}`);
  takeRelayToken(clientId);
  const forwarded: Record<string, string> = {};
  for (const [name, value] of params) if (allowedParams.has(name)) forwarded[name] = value.slice(0, 200);
  client ??= new TmdbClient({
    baseUrl: getConfig().TMDB_BASE_URL,
    auth: key.startsWith("eyJ") ? { readToken: key } : { apiKey: key },
    service: "TMDB",
  });
  try {
    return await client.get(path, forwarded, z.unknown(), { ttlMs: rule[1] });
  } catch (error) {
    throw toMetadataError(error);
  }
}
