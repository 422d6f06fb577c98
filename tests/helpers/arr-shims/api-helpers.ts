/**
 * Homepage's `utils/proxy/api-helpers`, as far as its *arr widget mappings use it: the proxy hands
 * `map` the raw response body, which these read as JSON.
 */
export function asJson<T = unknown>(data: unknown): T {
  if (typeof data === "string" || data instanceof Uint8Array) {
    const text = typeof data === "string" ? data : Buffer.from(data).toString("utf8");
    return (text.length > 0 ? JSON.parse(text) : text) as T;
  }
  return data as T;
}

export function jsonArrayFilter<T>(data: unknown, filter: (item: T) => boolean): T[] {
  const json = asJson<T[]>(data);
  return Array.isArray(json) ? json.filter(filter) : [];
}
