import type { IncomingHttpHeaders } from "node:http";
import type { TrustedProxies } from "./trusted-proxies";

/** Set by the web server on every request, after it has decided which forwarded headers to believe. */
export const CLIENT_ADDRESS_HEADER = "x-mydia-client-address";

/** Headers only a proxy should set: dropped when the peer is not a trusted proxy. */
const FORWARDED_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
] as const;

const normalize = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * X-Forwarded-For chain is walked from the right, skipping trusted proxies, and the first
 * address not trusted is the client (entries left of it could be made up by the client).
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  const direct = peer ? normalize(peer) : "unknown";
  if (!trusted.has(direct)) return direct;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => normalize(hop.trim()))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!trusted.has(chain[i])) return chain[i];
  }
  return chain[0] ?? direct;
}

interface IncomingLike {
  headers: IncomingHttpHeaders;
  socket: { remoteAddress?: string };
}

/**
 * Runs on every request before Next sees it: records the client address in one header that no
 * client can set, and removes forwarded headers that an untrusted peer sent (Next then fills in
 * X-Forwarded-For/Host/Proto from the socket and the Host header itself).
 */
export function prepareIncomingRequest(request: IncomingLike, trusted: TrustedProxies): void {
  const peer = request.socket.remoteAddress;
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(peer, request.headers["x-forwarded-for"], trusted);
  if (!trusted.has(peer ? normalize(peer) : undefined)) {
    for (const name of FORWARDED_HEADERS) delete request.headers[name];
  }
  markClientAddressTrusted();
}

const markerKey = Symbol.for("mydia.clientAddressHeader");
type WithMarker = typeof globalThis & { [markerKey]?: boolean };

function markClientAddressTrusted(): void {
  (globalThis as WithMarker)[markerKey] = true;
}

/**
 * The client address for rate limits, read in route handlers. Only believed when Mydia's own web
 * server set it (under a bare `next dev` anyone could send the header): otherwise "unknown".
 */
export function clientAddressFromHeaders(
  headers: Headers | Record<string, string | string[] | undefined> | undefined,
): string {
  if (!(globalThis as WithMarker)[markerKey] || !headers) return "unknown";
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const address = Array.isArray(value) ? value[0] : value;
  return address?.trim() || "unknown";
}
