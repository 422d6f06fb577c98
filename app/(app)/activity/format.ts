/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** The history tab's address for an event filter and a page. */
export function historyHref(event: string | null, page: number): string {
  const params = new URLSearchParams({ tab: "history" });
  if (event) params.set("event", event);
  if (page > 1) params.set("page", String(page));
  return `/activity?${params}`;
}
