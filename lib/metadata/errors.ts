import { NotFoundError, RateLimitedError, UnavailableError, UpstreamError } from "@/lib/errors";
import { HttpAuthError, HttpParseError, HttpRateLimitedError, HttpStatusError, HttpUnavailableError } from "@/lib/http";

export const NOT_CONFIGURED_MESSAGE =
  "No metadata source yet: set a TMDB key or a metadata relay in Settings → Metadata.";

export class MetadataNotConfiguredError extends UnavailableError {
  constructor() {
    super(NOT_CONFIGURED_MESSAGE);
  }
}

/** TMDB refused the key or token: the message says where to fix it. */
export class MetadataAuthError extends UpstreamError {}

/** HTTP failures of the metadata source, as domain errors the API and pages show. */
export function toMetadataError(error: unknown): unknown {
  if (error instanceof HttpAuthError) {
    const hint =
      error.service === "TMDB" ? "check the TMDB key in Settings → Metadata" : "the relay refused the request";
    return new MetadataAuthError(
      `${error.service} refused the credentials (${error.serviceMessage ?? `HTTP ${error.status}`}): ${hint}.`,
    );
  }
  if (error instanceof HttpRateLimitedError) {
    return new RateLimitedError(
      `${error.service} is rate limiting requests; try again in ${error.retryAfterSeconds} s.`,
      error.retryAfterSeconds,
    );
  }
  if (error instanceof HttpStatusError && error.status === 404)
    return new NotFoundError(`${error.service} has no such title`);
  if (error instanceof HttpUnavailableError) {
    return new UnavailableError(
      error.reason === "timeout"
        ? `${error.service} did not answer within 10 s; try again later.`
        : `${error.service} could not be reached: ${String((error.cause as Error | undefined)?.message ?? "network error")}`,
    );
  }
  if (error instanceof HttpStatusError) return new UpstreamError(error.message);
  if (error instanceof HttpParseError) return new UpstreamError(error.message);
  return error;
}
