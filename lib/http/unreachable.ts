import type { HttpUnavailableError } from "./errors";

const REASONS: Record<string, string> = {
  ECONNREFUSED: "the connection was refused (nothing listens on that port)",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be looked up (DNS)",
  EHOSTUNREACH: "the host cannot be reached from this server",
  ENETUNREACH: "the network cannot be reached from this server",
  ECONNRESET: "the connection was reset",
  ETIMEDOUT: "the connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
  UND_ERR_SOCKET: "the connection was closed",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "its TLS certificate is self-signed",
  ERR_TLS_CERT_ALTNAME_INVALID: "its TLS certificate is for another host name",
  EPROTO: "TLS failed (is it really HTTPS?)",
};

/** The deepest error code or message under an error (fetch wraps the socket's error a few times). */
function rootOf(error: unknown): { code: string | null; message: string | null } {
  let code: string | null = null;
  let message: string | null = null;
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    const c = (current as { code?: unknown }).code;
    if (typeof c === "string") code = c;
    message = current.message;
    current = current.cause;
  }
  return { code, message };
}

/** Where a request went, as users typed it: scheme, host and port (no path, query or secrets). */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url.split("?")[0];
  }
}

/** Why a peer did not answer, in plain words: "the connection was refused (nothing listens on that port)". */
export function unreachableReason(error: HttpUnavailableError): string {
  if (error.reason === "timeout") return "it did not answer in time";
  const { code, message } = rootOf(error.cause);
  if (code && REASONS[code]) return REASONS[code];
  if (code) return `the connection failed (${code})`;
  return message ? `the connection failed (${message})` : "the connection failed";
}

/** "Prowlarr at http://10.0.0.5:9696 did not answer: the connection was refused (nothing listens on that port)". */
export function describeUnreachable(error: HttpUnavailableError, name = error.service): string {
  return `${name} at ${originOf(error.url)} did not answer: ${unreachableReason(error)}`;
}
