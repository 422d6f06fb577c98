import ky, { HTTPError, NetworkError, TimeoutError, type KyInstance, type Options } from "ky";
import type { z } from "zod";
import { appVersion } from "@/lib/config";
import { outboundFetch } from "./fetch";
import {
  HttpAuthError,
  HttpError,
  HttpParseError,
  HttpRateLimitedError,
  HttpStatusError,
  HttpUnavailableError,
} from "./errors";

export * from "./errors";
export { describeUnreachable, originOf, unreachableReason } from "./unreachable";
export { readBodyLimited } from "./read-limited";
export { outboundFetch } from "./fetch";

export const DEFAULT_TIMEOUT_MS = 10_000;
export const userAgent = `Mydia/${appVersion}`;

export interface HttpClientOptions {
  /** Names the peer in error messages ("TMDB", "qBittorrent"). */
  service: string;
  baseUrl?: string;
  timeoutMs?: number;
  /** Retries for idempotent requests (GET/HEAD). Default 2. Others are never retried. */
  retries?: number;
  /** The longest Retry-After (ms) worth waiting inside one call; longer ones fail with HttpRateLimitedError. */
  maxRetryAfterMs?: number;
  headers?: Record<string, string>;
  /** For tests; the default is outboundFetch (the same in every process). */
  fetch?: Options["fetch"];
}

export interface HttpClient {
  readonly service: string;
  readonly ky: KyInstance;
  /** GET + JSON + zod; every failure becomes one of the typed HttpErrors. */
  getJson<S extends z.ZodType>(path: string, schema: S, options?: Options): Promise<z.output<S>>;
  /** Runs any ky call with the same error mapping. */
  call<T>(url: string, run: (ky: KyInstance) => Promise<T>): Promise<T>;
}

function messageOf(data: unknown): string | null {
  if (typeof data === "string") return data.slice(0, 200) || null;
  if (data && typeof data === "object") {
    const record = data as Record<string, unknown>;
    for (const key of ["status_message", "message", "error"]) {
      if (typeof record[key] === "string") return record[key];
    }
    if (Array.isArray(record.errors) && typeof record.errors[0] === "string") return record.errors[0];
  }
  return null;
}

/** Seconds from a Retry-After header (delta seconds or an HTTP date); null when absent or unreadable. */
function retryAfterHeader(response: Response): number | null {
  const header = response.headers.get("retry-after");
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

const retryAfterSeconds = (response: Response): number => retryAfterHeader(response) ?? 10;

/** Maps whatever ky or fetch threw to a typed HttpError (kept as cause). */
export function mapHttpError(service: string, url: string, error: unknown): Error {
  if (error instanceof HttpError) return error;
  if (error instanceof TimeoutError) return new HttpUnavailableError(service, url, "timeout", { cause: error });
  if (error instanceof HTTPError) {
    const status = error.response.status;
    const message = messageOf(error.data);
    if (status === 401 || status === 403) return new HttpAuthError(service, url, status, message, { cause: error });
    if (status === 429)
      return new HttpRateLimitedError(service, url, retryAfterSeconds(error.response), { cause: error });
    return new HttpStatusError(service, url, status, message, { cause: error });
  }
  if (error instanceof NetworkError) return new HttpUnavailableError(service, url, "network", { cause: error });
  if (error instanceof SyntaxError) return new HttpParseError(service, url, "not valid JSON", { cause: error });
  if (error instanceof Error && error.name === "AbortError") return error;
  if (error instanceof TypeError) return new HttpUnavailableError(service, url, "network", { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

/** The shared ky factory: timeout, retries only for idempotent requests, user agent, typed errors. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { service } = options;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 5_000;
  const instance = ky.create({
    ...(options.baseUrl ? { prefix: options.baseUrl } : {}),
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      limit: options.retries ?? 2,
      methods: ["get", "head"],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: maxRetryAfterMs,
      backoffLimit: 3_000,
      // A Retry-After longer than we are willing to wait fails at once (HttpRateLimitedError says how long).
      shouldRetry: ({ error }) =>
        error instanceof HTTPError &&
        [429, 503].includes(error.response.status) &&
        (retryAfterHeader(error.response) ?? 0) * 1000 > maxRetryAfterMs
          ? false
          : undefined,
    },
    headers: { "user-agent": userAgent, accept: "application/json", ...options.headers },
    fetch: options.fetch ?? outboundFetch,
  });

  const call = async <T>(url: string, run: (k: KyInstance) => Promise<T>): Promise<T> => {
    try {
      return await run(instance);
    } catch (error) {
      throw mapHttpError(service, url, error);
    }
  };

  return {
    service,
    ky: instance,
    call,
    async getJson(path, schema, requestOptions) {
      const body = await call(path, (k) => k.get(path, requestOptions).json<unknown>());
      const result = schema.safeParse(body);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new HttpParseError(service, path, `${issue.path.join(".") || "body"}: ${issue.message}`, {
          cause: result.error,
        });
      }
      return result.data;
    },
  };
}
