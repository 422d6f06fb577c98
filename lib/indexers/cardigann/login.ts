import { load } from "cheerio";
import { IndexerRequestError } from "../errors";
import { checkErrorBlocks, encodeQuery, headersFrom, resolveUrl, statusCheck, type EngineContext } from "./context";
import { safeSelect } from "./css";
import type { SiteResponse } from "./http";
import { selectValue } from "./selectors";
import { applyTemplate, type TemplateData } from "./template";

const inputPairs = (
  inputs: Record<string, string | number | boolean> | undefined,
  data: TemplateData,
): [string, string][] => Object.entries(inputs ?? {}).map(([key, value]) => [key, applyTemplate(String(value), data)]);

/** Whether the definition needs a login before searching (API-key sites need none). */
export const needsLogin = (ctx: EngineContext): boolean => ctx.definition.login !== null;

/**
 * Logs in as the definition says (form, post, get, oneurl, cookie), keeps the session cookies,
 * checks `error:` blocks and the `test:` page, and saves the session. Refused credentials become
 * an "auth" IndexerRequestError naming the site's own message.
 */
export async function login(ctx: EngineContext, data: TemplateData): Promise<void> {
  const block = ctx.definition.login;
  if (!block) return;
  if (block.captcha)
    throw new IndexerRequestError(
      "unsupported",
      `${ctx.indexerName} needs a CAPTCHA at login, which Mydia cannot solve`,
    );
  const headers = headersFrom(block.headers, data, applyTemplate);
  const path = block.path ? applyTemplate(block.path, data) : "";
  let response: SiteResponse;
  switch (block.method) {
    case "cookie": {
      const cookie = String(ctx.settings.cookie ?? "");
      if (!cookie)
        throw new IndexerRequestError("auth", `${ctx.indexerName}: paste the site's cookie into the settings`, {
          field: "cookie",
        });
      ctx.session.clearCookies();
      ctx.session.setCookieString(cookie);
      response = await ctx.session.request(resolveUrl(ctx, block.test?.path ?? path ?? ""), {
        headers,
        signal: ctx.signal,
      });
      break;
    }
    case "post": {
      const form = encodeQuery(inputPairs(block.inputs, data), ctx.definition.encoding);
      response = await ctx.session.request(resolveUrl(ctx, path), {
        method: "POST",
        form,
        headers,
        signal: ctx.signal,
      });
      break;
    }
    case "get": {
      const query = encodeQuery(inputPairs(block.inputs, data), ctx.definition.encoding);
      const url = resolveUrl(ctx, path);
      response = await ctx.session.request(query ? `${url}${url.includes("?") ? "&" : "?"}${query}` : url, {
        headers,
        signal: ctx.signal,
      });
      break;
    }
    case "oneurl": {
      const oneUrl = applyTemplate(String(block.inputs?.oneurl ?? ""), data);
      response = await ctx.session.request(resolveUrl(ctx, `${path}${oneUrl}`), { headers, signal: ctx.signal });
      break;
    }
    case "form":
      response = await submitForm(ctx, data, path, headers);
      break;
  }
  statusCheck(ctx, response);
  checkErrorBlocks(ctx, block.error, response, data, "auth");
  await testLogin(ctx, data, headers);
  await ctx.saveSession?.(ctx.session.serializeCookies());
}

async function submitForm(
  ctx: EngineContext,
  data: TemplateData,
  path: string,
  headers: Record<string, string>,
): Promise<SiteResponse> {
  const block = ctx.definition.login!;
  const landing = await ctx.session.request(resolveUrl(ctx, path), { headers, signal: ctx.signal });
  statusCheck(ctx, landing);
  const $ = load(landing.body);
  const form = safeSelect($, block.form ?? "form").first();
  if (!form.length)
    throw new IndexerRequestError(
      "indexer-error",
      `${ctx.indexerName}: the login form (${block.form ?? "form"}) is not on ${path || "the login page"}`,
    );
  const pairs = new Map<string, string>();
  form.find("input[name], select[name], textarea[name]").each((_, element) => {
    const field = $(element);
    const name = field.attr("name")!;
    const type = (field.attr("type") ?? "").toLowerCase();
    if ((type === "checkbox" || type === "radio") && field.attr("checked") === undefined) return;
    if (type === "submit" || type === "image") return;
    const value =
      element.tagName === "select"
        ? (field.find("option[selected]").attr("value") ?? field.find("option").first().attr("value") ?? "")
        : (field.attr("value") ?? field.text());
    pairs.set(name, value);
  });
  for (const [key, value] of inputPairs(block.inputs, data)) pairs.set(key, value);
  const landingRow = { kind: "html" as const, $, el: $.root() };
  const filterCtx = { data, now: ctx.now() };
  for (const [key, selector] of Object.entries(block.selectorinputs ?? {})) {
    const value = selectValue(selector, landingRow, data, filterCtx, !selector.optional);
    if (value !== null) pairs.set(key, value);
  }
  const getPairs: [string, string][] = [];
  for (const [key, selector] of Object.entries(block.getselectorinputs ?? {})) {
    const value = selectValue(selector, landingRow, data, filterCtx, !selector.optional);
    if (value !== null) getPairs.push([key, value]);
  }
  const action = block.submitpath ? applyTemplate(block.submitpath, data) : form.attr("action") || path;
  let url = new URL(action, landing.url).toString();
  if (getPairs.length) url += `${url.includes("?") ? "&" : "?"}${encodeQuery(getPairs, ctx.definition.encoding)}`;
  const body = encodeQuery([...pairs], ctx.definition.encoding);
  const method = (form.attr("method") ?? "post").toLowerCase() === "get" ? "GET" : "POST";
  return method === "GET"
    ? ctx.session.request(`${url}${url.includes("?") ? "&" : "?"}${body}`, {
        headers: { ...headers, referer: landing.url },
        signal: ctx.signal,
      })
    : ctx.session.request(url, {
        method: "POST",
        form: body,
        headers: { ...headers, referer: landing.url },
        signal: ctx.signal,
      });
}

/** `test:`: the page must load without bouncing to the login page, and show the selector. */
async function testLogin(ctx: EngineContext, data: TemplateData, headers: Record<string, string>): Promise<void> {
  const test = ctx.definition.login?.test;
  if (!test) return;
  const response = await ctx.session.request(resolveUrl(ctx, applyTemplate(test.path, data)), {
    headers,
    signal: ctx.signal,
  });
  if (isLoginPage(ctx, response))
    throw new IndexerRequestError("auth", `${ctx.indexerName}: login failed (the site sent the login page again)`, {
      field: "password",
    });
  statusCheck(ctx, response);
  if (test.selector && !safeSelect(load(response.body), applyTemplate(test.selector, data)).length) {
    throw new IndexerRequestError(
      "auth",
      `${ctx.indexerName}: login failed (the page after login does not show "${test.selector}")`,
      { field: "password" },
    );
  }
}

/** The answer came from (or was redirected to) the login page: the session is gone. */
export function isLoginPage(ctx: EngineContext, response: SiteResponse): boolean {
  const loginPath = ctx.definition.login?.path;
  if (!loginPath || ctx.definition.login?.method === "cookie") return false;
  const target = new URL(loginPath.split("{{")[0] || "/", ctx.siteLink).pathname;
  if (target === "/") return false;
  const visited = [...response.chain.slice(1), ...(response.location ? [response.location] : [])];
  return visited.some((url) => new URL(url).pathname === target);
}
