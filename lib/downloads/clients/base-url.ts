import type { DownloadClientConnection } from "./types";

/** "http(s)://host:port/urlBase" without a trailing slash. */
export function baseUrlOf(connection: DownloadClientConnection): string {
  const scheme = connection.useTls ? "https" : "http";
  const host =
    connection.host.includes(":") && !connection.host.startsWith("[") ? `[${connection.host}]` : connection.host;
  const base = connection.urlBase.trim().replace(/^\/*/, "/").replace(/\/+$/, "");
  return `${scheme}://${host}:${connection.port}${base === "/" ? "" : base}`;
}

export const basicAuth = (username: string | null, password: string | null): string =>
  `Basic ${Buffer.from(`${username ?? ""}:${password ?? ""}`).toString("base64")}`;

/** Seconds from SABnzbd's "h:mm:ss" / "d:hh:mm:ss"; null when absent or unreadable. */
export function clockToSeconds(value: string | null | undefined): number | null {
  if (!value) return null;
  const parts = value.split(":").map(Number);
  if (parts.length === 0 || parts.some((p) => !Number.isFinite(p))) return null;
  if (parts.length === 4) return parts[0] * 86400 + parts[1] * 3600 + parts[2] * 60 + parts[3];
  return parts.reduce((total, part) => total * 60 + part, 0);
}
