/** The first value of a header that may repeat or hold a comma-separated list (proxies append). */
const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** A host[:port] as a browser may send it: no scheme, path, user info or spaces. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * The address users reach Mydia at, for links shown to them (the iCal feed): BASE_URL when it is
 * set, else the address of this request. Forwarded headers (X-Forwarded-Proto/-Host) count here
 * only because the web server (bin/web.ts, prepareIncomingRequest) removes them from any peer that
 * is not a trusted proxy.
 */
export function publicOrigin(headers: Headers, configured: { baseUrl: string; baseUrlConfigured: boolean }): string {
  if (configured.baseUrlConfigured) return configured.baseUrl;
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  if (!host || !HOST.test(host)) return configured.baseUrl;
  const proto = first(headers.get("x-forwarded-proto"))?.toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
