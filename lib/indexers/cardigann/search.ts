import { IndexerRequestError } from "../errors";
import type { IndexerRelease } from "../release";
import type { SearchQuery } from "../search/query";
import { checkErrorBlocks, encodeQuery, headersFrom, resolveUrl, statusCheck, type EngineContext } from "./context";
import type { SearchPathBlock } from "./definition.schema";
import type { SiteResponse } from "./http";
import { isLoginPage, login, needsLogin } from "./login";
import { parseRows } from "./rows";
import { applyTemplate, type TemplateData } from "./template";
import { baseVariables, searchVariables } from "./variables";

interface PlannedRequest {
  url: string;
  method: "GET" | "POST";
  form?: string;
  path: SearchPathBlock;
}

/** Search paths that apply to the categories asked for (`categories: ["!", …]` inverts). */
function pathApplies(path: SearchPathBlock, trackerCategories: string[]): boolean {
  if (!path.categories?.length || trackerCategories.length === 0) return true;
  const list = path.categories.map(String);
  const invert = list[0] === "!";
  const hit = list.some((c) => trackerCategories.includes(c));
  return invert ? !hit : hit;
}

/** The requests of a search, like Prowlarr's CardigannRequestGenerator. */
export function planSearch(ctx: EngineContext, data: TemplateData): PlannedRequest[] {
  const search = ctx.definition.search;
  const categories = (data.Categories as string[] | undefined) ?? [];
  const requests: PlannedRequest[] = [];
  for (const path of search.paths) {
    if (!pathApplies(path, categories)) continue;
    const url = resolveUrl(ctx, applyTemplate(path.path, data, encodeURIComponent));
    const inputs: { key: string; value: string; raw: boolean }[] = [];
    const inputSets = [...(path.inheritinputs !== false ? [search.inputs ?? {}] : []), path.inputs ?? {}];
    for (const set of inputSets) {
      for (const [key, value] of Object.entries(set)) {
        if (key === "$raw") {
          for (const part of applyTemplate(String(value), data, encodeURIComponent).split("&")) {
            const [name, ...rest] = part.split("=");
            if (name) inputs.push({ key: name, value: rest.join("="), raw: true });
          }
        } else {
          inputs.push({ key, value: applyTemplate(String(value), data), raw: false });
        }
      }
    }
    const kept = search.allowEmptyInputs ? inputs : inputs.filter((input) => input.raw || input.value.trim() !== "");
    const rawIndexes = new Set(kept.flatMap((input, index) => (input.raw ? [index] : [])));
    const query = encodeQuery(
      kept.map((input) => [input.key, input.value]),
      ctx.definition.encoding,
      rawIndexes,
    );
    const method = (path.method ?? "get").toLowerCase() === "post" ? "POST" : "GET";
    const separator = path.queryseparator ?? "&";
    if (method === "GET") {
      const joined = separator === "&" ? query : query.replace(/&/g, separator);
      requests.push({ url: joined ? `${url}${url.includes("?") ? separator : "?"}${joined}` : url, method, path });
    } else {
      requests.push({ url, method, form: query, path });
    }
  }
  return requests;
}

async function fetchPage(
  ctx: EngineContext,
  request: PlannedRequest,
  headers: Record<string, string>,
): Promise<SiteResponse> {
  return ctx.session.request(request.url, {
    method: request.method,
    form: request.form,
    headers,
    followRedirects: request.path.followredirect ?? true,
    signal: ctx.signal,
  });
}

/**
 * Runs a search end to end: logs in when there is no session (or the site sends the login page
 * back, once), fetches every applicable path, checks `error:` blocks and parses the rows.
 */
export async function runSearch(
  ctx: EngineContext,
  query: SearchQuery,
  configuredCategories: number[],
  indexerId: string,
): Promise<IndexerRelease[]> {
  const now = ctx.now();
  const base = baseVariables(ctx.definition, ctx.settings, ctx.siteLink, now);
  const data = searchVariables(ctx.definition, base, query, configuredCategories, now);
  if (needsLogin(ctx) && !ctx.session.hasCookies()) await login(ctx, base);
  const headers = headersFrom(ctx.definition.search.headers, data, applyTemplate);
  const requests = planSearch(ctx, data);
  if (requests.length === 0)
    throw new IndexerRequestError("unsupported", `${ctx.indexerName} has no search path for these categories`);
  const releases: IndexerRelease[] = [];
  const seen = new Set<string>();
  const rowErrors: string[] = [];
  for (const request of requests) {
    let response = await fetchPage(ctx, request, headers);
    if (needsLogin(ctx) && (isLoginPage(ctx, response) || response.status === 401)) {
      await login(ctx, base);
      response = await fetchPage(ctx, request, headers);
      if (isLoginPage(ctx, response))
        throw new IndexerRequestError("auth", `${ctx.indexerName}: still sent to the login page after logging in`);
    }
    statusCheck(ctx, response);
    checkErrorBlocks(ctx, ctx.definition.search.error, response, data, "indexer-error");
    const parsed = parseRows(ctx, response.body, data, {
      indexerId,
      protocol: "torrent",
      responseType: request.path.response?.type ?? "html",
      noResultsMessage: request.path.response?.noResultsMessage,
      pageUrl: response.url,
    });
    rowErrors.push(...parsed.rowErrors);
    for (const release of parsed.releases) {
      if (seen.has(release.guid)) continue;
      seen.add(release.guid);
      releases.push(release);
    }
  }
  return releases;
}
