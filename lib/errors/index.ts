/** Domain errors shared by every context; lib/api maps them to HTTP and app actions to form results. */
export class DomainError extends Error {
  readonly code: string = "error";
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  override readonly code = "validation_failed";
}
export class UnauthorizedError extends DomainError {
  override readonly code = "unauthorized";
  constructor(message = "Sign in or send an API key") {
    super(message);
  }
}
export class ForbiddenError extends DomainError {
  override readonly code = "forbidden";
  constructor(message = "Your role does not allow this") {
    super(message);
  }
}
export class NotFoundError extends DomainError {
  override readonly code = "not_found";
}
export class ConflictError extends DomainError {
  override readonly code = "conflict";
}
export class RateLimitedError extends DomainError {
  override readonly code = "rate_limited";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}

/** A peer we depend on (TMDB, an indexer) answered with an error or something unreadable. */
/** A per-user limit (request quotas) is used up; the message says what and until when. */
export class QuotaExceededError extends DomainError {
  override readonly code = "quota_exceeded";
}
export class UpstreamError extends DomainError {
  override readonly code = "upstream_error";
}
/** Not available right now: not configured, or the peer cannot be reached. */
export class UnavailableError extends DomainError {
  override readonly code = "unavailable";
}

/**
 * One request to a peer (an indexer, a download client) failed, and the message says which peer,
 * where and why. `field` names the setting to fix; the shared mapping (lib/api) turns it into an
 * UnavailableError or UpstreamError with that field, never into "something went wrong".
 */
export abstract class PeerFailure extends Error {
  abstract readonly field: string | undefined;
  /** The peer did not answer at all (refused, DNS, timeout, TLS), as opposed to answering wrongly. */
  abstract readonly unreachable: boolean;
}

export const httpStatusOf = (error: DomainError): number =>
  error instanceof ValidationError
    ? 400
    : error instanceof UnauthorizedError
      ? 401
      : error instanceof ForbiddenError
        ? 403
        : error instanceof NotFoundError
          ? 404
          : error instanceof ConflictError
            ? 409
            : error instanceof RateLimitedError || error instanceof QuotaExceededError
              ? 429
              : error instanceof UpstreamError
                ? 502
                : error instanceof UnavailableError
                  ? 503
                  : 500;

export { parseInput, fieldError } from "./parse-input";
export { fieldLabel, plainIssueMessage, plainIssues, plainSentence, type PlainIssues } from "./plain-issues";
