import { load } from "cheerio";
import { IndexerRequestError } from "../errors";
import { encodeQuery, headersFrom, resolveUrl, statusCheck, type EngineContext } from "./context";
import { safeSelect } from "./css";
import type { SelectorField } from "./definition.schema";
import { applyFilters } from "./filters";
import type { SiteResponse } from "./http";
import { login, needsLogin } from "./login";
import { applyTemplate, type TemplateData } from "./template";
import { baseVariables } from "./variables";

/** What grabbing a Cardigann release hands to a download client. */
export type ResolvedDownload = { kind: "magnet"; uri: string } | { kind: "torrent"; url: string; bytes: Uint8Array };

function downloadUriVariables(url: string): TemplateData {
  const parsed = new URL(url);
  return {
    AbsoluteUri: parsed.toString(),
    AbsolutePath: parsed.pathname,
    PathAndQuery: `${parsed.pathname}${parsed.search}`,
    Query: Object.fromEntries(parsed.searchParams),
    Host: parsed.hostname,
    Scheme: parsed.protocol.replace(":", ""),
    Port: parsed.port,
  };
}

const isTorrent = (response: SiteResponse) =>
  (response.headers.get("content-type") ?? "").includes("bittorrent") ||
  (response.bytes[0] === 0x64 && /^d\d+:/.test(new TextDecoder().decode(response.bytes.slice(0, 12))));

async function fetchTorrent(
  ctx: EngineContext,
  url: string,
  headers: Record<string, string>,
): Promise<ResolvedDownload> {
  if (url.startsWith("magnet:")) return { kind: "magnet", uri: url };
  const response = await ctx.session.request(url, { headers, signal: ctx.signal });
  if (response.location?.startsWith("magnet:")) return { kind: "magnet", uri: response.location };
  statusCheck(ctx, response);
  if (!isTorrent(response))
    throw new IndexerRequestError("parse", `${ctx.indexerName}: the download link did not give a .torrent file`);
  return { kind: "torrent", url, bytes: response.bytes };
}

function pick($: ReturnType<typeof load>, field: SelectorField, data: TemplateData, ctx: EngineContext): string | null {
  const element = safeSelect($, applyTemplate(field.selector ?? "", data)).first();
  if (!element.length) return null;
  const raw = field.attribute ? element.attr(field.attribute) : element.text();
  if (!raw) return null;
  return applyFilters(raw.trim(), field.filters, { data, now: ctx.now() });
}

/**
 * Resolves a release's download link as the definition's `download:` block says: an optional
 * `before` request, then the selectors on the linked page (magnet or .torrent link), or an info
 * hash turned into a magnet; without a block, the link is fetched directly with the session.
 */
export async function resolveDownload(ctx: EngineContext, link: string): Promise<ResolvedDownload> {
  const base = baseVariables(ctx.definition, ctx.settings, ctx.siteLink, ctx.now());
  if (needsLogin(ctx) && !ctx.session.hasCookies()) await login(ctx, base);
  const data: TemplateData = { ...base, DownloadUri: downloadUriVariables(resolveUrl(ctx, link)) };
  const block = ctx.definition.download;
  const headers = headersFrom(block?.headers, data, applyTemplate);
  if (!block) return fetchTorrent(ctx, resolveUrl(ctx, link), headers);

  let beforeResponse: SiteResponse | null = null;
  if (block.before) {
    const before = block.before;
    const pairs = Object.entries(before.inputs ?? {}).map(
      ([k, v]) => [k, applyTemplate(String(v), data)] as [string, string],
    );
    const path = before.path ? applyTemplate(before.path, data) : link;
    const form = encodeQuery(pairs, ctx.definition.encoding);
    beforeResponse =
      (before.method ?? "get").toLowerCase() === "post"
        ? await ctx.session.request(resolveUrl(ctx, path), { method: "POST", form, headers, signal: ctx.signal })
        : await ctx.session.request(
            `${resolveUrl(ctx, path)}${form ? `${path.includes("?") ? "&" : "?"}${form}` : ""}`,
            { headers, signal: ctx.signal },
          );
    statusCheck(ctx, beforeResponse);
  }

  if (block.infohash?.hash) {
    const page =
      block.infohash.usebeforeresponse && beforeResponse
        ? beforeResponse
        : await ctx.session.request(resolveUrl(ctx, link), { headers, signal: ctx.signal });
    const $ = load(page.body);
    const hash = pick($, block.infohash.hash, data, ctx);
    const title = block.infohash.title ? pick($, block.infohash.title, data, ctx) : null;
    if (!hash) throw new IndexerRequestError("parse", `${ctx.indexerName}: no info hash on the release page`);
    return {
      kind: "magnet",
      uri: `magnet:?xt=urn:btih:${hash.toLowerCase()}${title ? `&dn=${encodeURIComponent(title)}` : ""}`,
    };
  }

  if (block.selectors?.length) {
    const page = await ctx.session.request(resolveUrl(ctx, link), { headers, signal: ctx.signal });
    statusCheck(ctx, page);
    const $page = load(page.body);
    const $before = beforeResponse ? load(beforeResponse.body) : null;
    for (const selector of block.selectors) {
      const found = pick(selector.usebeforeresponse && $before ? $before : $page, selector, data, ctx);
      if (!found) continue;
      const url = found.startsWith("magnet:") ? found : new URL(found, page.url).toString();
      try {
        return await fetchTorrent(ctx, url, headers);
      } catch (error) {
        if (selector === block.selectors[block.selectors.length - 1]) throw error;
      }
    }
    throw new IndexerRequestError(
      "parse",
      `${ctx.indexerName}: none of the download selectors matched the release page`,
    );
  }
  return fetchTorrent(ctx, resolveUrl(ctx, link), headers);
}
