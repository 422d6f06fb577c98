/**
 * Homepage's `utils/proxy/handlers/generic`, reduced to what a test needs: fills the widget's `api`
 * template ("{url}/api/v3/{endpoint}?apikey={key}") and the mapping's params, fetches it through the
 * given fetcher and answers the raw body, as Homepage's proxy hands it to the mapping.
 */
export interface WidgetMapping {
  endpoint: string;
  params?: string[];
  validate?: string[];
  map?: (data: Buffer) => unknown;
}

export interface Widget {
  api: string;
  mappings: Record<string, WidgetMapping>;
}

export function widgetUrl(
  widget: Widget,
  mapping: WidgetMapping,
  service: { url: string; key: string },
  params: Record<string, string> = {},
): URL {
  const url = new URL(
    widget.api.replace("{url}", service.url).replace("{endpoint}", mapping.endpoint).replace("{key}", service.key),
  );
  for (const name of mapping.params ?? []) if (params[name] !== undefined) url.searchParams.set(name, params[name]);
  return url;
}

export default async function genericProxyHandler(
  url: URL,
  fetcher: (url: URL) => Promise<{ status: number; body: Buffer }>,
): Promise<{ status: number; body: Buffer }> {
  return fetcher(url);
}
