/**
 * Typed failures of outbound HTTP calls. Each keeps the original error as `cause`, and names the
 * service (e.g. "TMDB") so messages read well in the UI and the log.
 */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly service: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Could not get an answer: connection refused, DNS, timeout, reset. */
export class HttpUnavailableError extends HttpError {
  constructor(
    service: string,
    url: string,
    readonly reason: "timeout" | "network",
    options?: { cause?: unknown },
  ) {
    super(
      reason === "timeout" ? `${service} did not answer in time` : `${service} could not be reached`,
      service,
      url,
      options,
    );
  }
}

/** 401/403: the key, token or password was refused. */
export class HttpAuthError extends HttpError {
  constructor(
    service: string,
    url: string,
    readonly status: number,
    readonly serviceMessage: string | null,
    options?: { cause?: unknown },
  ) {
    super(`${service} refused the credentials${serviceMessage ? `: ${serviceMessage}` : ""}`, service, url, options);
  }
}

/** Any other non-2xx answer. */
export class HttpStatusError extends HttpError {
  constructor(
    service: string,
    url: string,
    readonly status: number,
    readonly serviceMessage: string | null,
    options?: { cause?: unknown },
  ) {
    super(`${service} answered HTTP ${status}${serviceMessage ? `: ${serviceMessage}` : ""}`, service, url, options);
  }
}

/** 429 after the retries: wait this long before asking again. */
export class HttpRateLimitedError extends HttpStatusError {
  constructor(
    service: string,
    url: string,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(service, url, 429, `rate limited, retry in ${retryAfterSeconds} s`, options);
  }
}

/** The body was not what we expected (bad JSON, or a shape the zod schema rejects). */
export class HttpParseError extends HttpError {
  constructor(service: string, url: string, detail: string, options?: { cause?: unknown }) {
    super(`${service} sent a response Mydia could not read: ${detail}`, service, url, options);
  }
}

/** The body passed the size limit while it was read (it was not read any further). */
export class HttpBodyTooLargeError extends HttpParseError {
  constructor(
    service: string,
    url: string,
    readonly limitBytes: number,
  ) {
    super(service, url, `the answer is larger than ${Math.round(limitBytes / 1024 / 1024)} MB`);
  }
}
