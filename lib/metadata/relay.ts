import { z } from "zod";
import { getConfig } from "@/lib/config";
import { tx } from "@/lib/db";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { toMetadataError } from "./errors";
import { deleteRelayBucketsBefore, lockRelayBucket, saveRelayBucket } from "./relay-buckets.repo";
import { TmdbClient, ttl } from "./tmdb/tmdb.client";

/**
 * Relay mode: with RELAY_TMDB_API_KEY set, this install answers other installs' TMDB calls under
 * /api/relay/3/<tmdb path>, with its own key. Only the read-only catalogue paths Mydia uses are
 * forwarded, only known query parameters pass, nothing about the caller is stored, answers are
 * cached in the database, and each client gets its own token bucket (in the database too).
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
/** A bucket idle this long is full again and can go; the table holds only recent clients. */
const FORGET_AFTER_MS = 60 * 60_000;

export function relayEnabled(): boolean {
  return !!getConfig().RELAY_TMDB_API_KEY;
}

/**
 * Token bucket per client: bursts of 40, then 4 requests a second. The buckets live in the
 * database, locked per client while one is taken, so the limit holds across web processes.
 */
export async function takeRelayToken(client: string, now = new Date()): Promise<void> {
  const waitSeconds = await tx(async (t) => {
    const { bucket, created } = await lockRelayBucket(t, client, BUCKET_SIZE, now);
    // A new client is rare: the moment to forget the ones gone quiet.
    if (created) await deleteRelayBucketsBefore(t, new Date(now.getTime() - FORGET_AFTER_MS));
    // Requests waiting on the lock took their time before a later one got it: the bucket's clock never goes back,
    // or the same seconds would refill it twice.
    const at = new Date(Math.max(now.getTime(), bucket.updatedAt.getTime()));
    const elapsed = (at.getTime() - bucket.updatedAt.getTime()) / 1000;
    const tokens = Math.min(BUCKET_SIZE, bucket.tokens + elapsed * REFILL_PER_SECOND);
    if (tokens < 1) {
      await saveRelayBucket(t, client, tokens, at);
      return Math.ceil((1 - tokens) / REFILL_PER_SECOND);
    }
    await saveRelayBucket(t, client, tokens - 1, at);
    return 0;
  });
  if (waitSeconds > 0) throw new RateLimitedError("Too many requests to this relay; slow down.", waitSeconds);
}

let client: TmdbClient | undefined;

export async function relayRequest(path: string, params: URLSearchParams, clientId: string): Promise<unknown> {
  const key = getConfig().RELAY_TMDB_API_KEY;
  if (!key) throw new NotFoundError("This Mydia is not a metadata relay (RELAY_TMDB_API_KEY is not set)");
  const rule = allowedPaths.find(([pattern]) => pattern.test(path));
  if (!rule) throw new NotFoundError(`The relay does not forward ${path}`);
  await takeRelayToken(clientId);
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
