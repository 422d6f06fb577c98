import { PeerFailure } from "@/lib/errors";
import {
  describeUnreachable,
  HttpAuthError,
  HttpParseError,
  HttpRateLimitedError,
  HttpStatusError,
  HttpUnavailableError,
} from "@/lib/http";
import type { IndexerFailureKind } from "./indexer.types";

/**
 * One failure of one indexer request, with a kind the UI can word and health can weigh.
 * `field` names the setting to highlight in the form (apiKey, baseUrl, a Cardigann setting).
 */
export class IndexerRequestError extends PeerFailure {
  override name = "IndexerRequestError";
  constructor(
    readonly kind: IndexerFailureKind,
    message: string,
    readonly options: { field?: string; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
  get field(): string | undefined {
    return this.options.field;
  }
  get unreachable(): boolean {
    return this.kind === "unreachable" || this.kind === "timeout";
  }
  get retryAfterSeconds(): number | undefined {
    return this.options.retryAfterSeconds;
  }
}

/** Maps whatever a request threw (typed HttpErrors, aborts, parse errors) to an IndexerRequestError. */
export function toIndexerError(error: unknown, indexerName: string): IndexerRequestError {
  if (error instanceof IndexerRequestError) return error;
  if (error instanceof HttpRateLimitedError) {
    return new IndexerRequestError(
      "rate-limited",
      `${indexerName} is rate limiting requests (retry in ${error.retryAfterSeconds} s)`,
      {
        retryAfterSeconds: error.retryAfterSeconds,
        cause: error,
      },
    );
  }
  if (error instanceof HttpAuthError) {
    return new IndexerRequestError("auth", `${indexerName} refused the credentials (HTTP ${error.status})`, {
      field: "apiKey",
      cause: error,
    });
  }
  if (error instanceof HttpStatusError) {
    return new IndexerRequestError(
      "status",
      `${indexerName} answered HTTP ${error.status}${error.serviceMessage ? `: ${error.serviceMessage.slice(0, 160)}` : ""}`,
      { cause: error },
    );
  }
  if (error instanceof HttpUnavailableError) {
    return error.reason === "timeout"
      ? new IndexerRequestError("timeout", `${indexerName} did not answer in time`, { cause: error })
      : new IndexerRequestError("unreachable", describeUnreachable(error, indexerName), {
          field: "baseUrl",
          cause: error,
        });
  }
  if (error instanceof HttpParseError) return new IndexerRequestError("parse", error.message, { cause: error });
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return new IndexerRequestError("timeout", `${indexerName} did not answer in time`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new IndexerRequestError("indexer-error", `${indexerName}: ${message}`, { cause: error });
}
