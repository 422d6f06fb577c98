import { PeerFailure } from "@/lib/errors";
import type { z } from "zod";
import { HttpAuthError, HttpParseError, HttpRateLimitedError, HttpStatusError, HttpUnavailableError } from "@/lib/http";
import type { ClientTestResult, DownloadClientFailureKind } from "./types";

/**
 * A failure of one download-client request, with a kind the UI can word (and fail-over can act on)
 * and `field` naming the setting to highlight in the form (password, apiKey, host, port, useTls).
 */
export class DownloadClientError extends PeerFailure {
  override name = "DownloadClientError";
  constructor(
    readonly kind: DownloadClientFailureKind,
    message: string,
    readonly options: { field?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
  get field(): string | undefined {
    return this.options.field;
  }
  /** The client could not be reached at all: try the next one. */
  get isUnavailable(): boolean {
    return this.kind === "unavailable" || this.kind === "timeout" || this.kind === "tls";
  }
  get unreachable(): boolean {
    return this.isUnavailable;
  }
}

const TLS_CODES =
  /^(ERR_SSL|ERR_TLS|EPROTO|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|HOSTNAME_MISMATCH|ERR_SSL_WRONG_VERSION)/;

function rootCause(error: unknown): { code: string | null; message: string } {
  let current: unknown = error;
  let code: string | null = null;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    const c = (current as { code?: unknown }).code;
    if (typeof c === "string") code = c;
    if (!(current.cause instanceof Error)) break;
    current = current.cause;
  }
  return { code, message: current instanceof Error ? current.message : String(current) };
}

/** Maps whatever a request threw (typed HttpErrors, zod failures, aborts) to a DownloadClientError. */
export interface ErrorContext {
  /** The field a refused login points at. */
  authField?: "password" | "apiKey";
  /** TLS was on: a dropped or silent connection is most likely a TLS mismatch. */
  useTls?: boolean;
}

export function toClientError(error: unknown, service: string, context: ErrorContext = {}): DownloadClientError {
  if (error instanceof DownloadClientError) return error;
  const authField = context.authField ?? "password";
  if (error instanceof HttpAuthError) {
    return new DownloadClientError(
      "auth",
      `${service} refused the ${authField === "apiKey" ? "API key" : "user name or password"} (HTTP ${error.status})`,
      { field: authField, cause: error },
    );
  }
  if (error instanceof HttpRateLimitedError || error instanceof HttpStatusError) {
    const field = error.status === 404 ? "urlBase" : undefined;
    const hint = error.status === 404 ? " (check the URL base)" : "";
    return new DownloadClientError(
      "status",
      `${service} answered HTTP ${error.status}${error.serviceMessage ? `: ${error.serviceMessage.slice(0, 160)}` : ""}${hint}`,
      { ...(field ? { field } : {}), cause: error },
    );
  }
  if (error instanceof HttpUnavailableError) {
    if (error.reason === "timeout") {
      return context.useTls
        ? new DownloadClientError(
            "timeout",
            `${service} did not answer in time (TLS is on: does the client serve HTTPS on this port?)`,
            { field: "useTls", cause: error },
          )
        : new DownloadClientError("timeout", `${service} did not answer in time`, { cause: error });
    }
    const { code, message } = rootCause(error);
    if (code && TLS_CODES.test(code))
      return new DownloadClientError("tls", `${service}: TLS failed (${code}: ${message})`, {
        field: "useTls",
        cause: error,
      });
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
      return new DownloadClientError("unavailable", `${service}: the host name does not resolve (${code})`, {
        field: "host",
        cause: error,
      });
    if (code === "ECONNREFUSED")
      return new DownloadClientError(
        "unavailable",
        `${service} refused the connection: nothing listens on that host and port`,
        { field: "port", cause: error },
      );
    if (context.useTls)
      return new DownloadClientError(
        "tls",
        `${service} dropped the TLS connection (${code ?? message}): does the client serve HTTPS on this port?`,
        { field: "useTls", cause: error },
      );
    return new DownloadClientError("unavailable", `${service} could not be reached (${code ?? message})`, {
      field: "host",
      cause: error,
    });
  }
  if (error instanceof HttpParseError) return new DownloadClientError("parse", error.message, { cause: error });
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return new DownloadClientError("timeout", `${service} did not answer in time`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DownloadClientError("status", `${service}: ${message}`, { cause: error });
}

/** Parses a body with a zod schema; a mismatch is a parse error naming the first bad path. */
export function parseBody<S extends z.ZodType>(service: string, url: string, schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HttpParseError(service, url, `${issue.path.join(".") || "body"}: ${issue.message}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Reads a body as JSON; anything else (HTML, garbage) is a parse error. */
export function parseJsonText(service: string, url: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new HttpParseError(service, url, `not JSON (starts with ${JSON.stringify(text.slice(0, 40))})`, { cause });
  }
}

/** test() shape for a thrown error. */
export function failedTest(error: unknown, service: string, context: ErrorContext = {}): ClientTestResult {
  const e = toClientError(error, service, context);
  return { ok: false, kind: e.kind, ...(e.field ? { field: e.field } : {}), message: e.message };
}

/** Runs one client call: every failure comes out as a DownloadClientError naming the service. */
export async function asClientError<T>(
  work: () => Promise<T>,
  service: string,
  context: ErrorContext = {},
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toClientError(error, service, context);
  }
}
