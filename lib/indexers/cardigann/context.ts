import { IndexerRequestError } from "../errors";
import type { SiteResponse, SiteSession } from "./http";
import type { Definition } from "./load";
import type { SettingValues } from "./variables";
import { encodeComponent } from "./http";
import { load } from "cheerio";
import { safeSelect } from "./css";
import type { ErrorBlock } from "./definition.schema";
import { selectValue } from "./selectors";
import type { TemplateData } from "./template";

/** Everything one run of a definition needs. */
export interface EngineContext {
  definition: Definition;
  indexerName: string;
  /** The site address, ending in "/". */
  siteLink: string;
  settings: SettingValues;
  session: SiteSession;
  now: () => Date;
  /** Persists the session cookies (the serialized jar) after a login. */
  saveSession?: (cookieJar: string) => Promise<void>;
  signal?: AbortSignal;
}

export function resolveUrl(ctx: EngineContext, path: string): string {
  return new URL(path.trim(), ctx.siteLink).toString();
}

/** key=value pairs, values encoded in the definition's charset; `$raw` keys are kept verbatim. */
export function encodeQuery(pairs: [string, string][], encoding: string, raw = new Set<number>()): string {
  return pairs
    .map(([key, value], index) =>
      raw.has(index)
        ? `${key}=${value}`
        : `${encodeComponent(key, "utf-8").replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeComponent(value, encoding)}`,
    )
    .join("&");
}

export function headersFrom(
  block: Record<string, string[]> | undefined,
  data: TemplateData,
  apply: (s: string, d: TemplateData) => string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(block ?? {}))
    headers[name.toLowerCase()] = values.map((v) => apply(v, data)).join(", ");
  return headers;
}

/** Runs `error:` blocks against an answer (HTML, or JSON read as text like Prowlarr does). */
export function checkErrorBlocks(
  ctx: EngineContext,
  blocks: ErrorBlock[] | undefined,
  response: SiteResponse,
  data: TemplateData,
  kind: "auth" | "indexer-error",
): void {
  if (!blocks?.length) return;
  const $ = load(response.body);
  for (const block of blocks) {
    const found = safeSelect($, block.selector).first();
    if (!found.length) continue;
    let message = found.text().replace(/\s+/g, " ").trim();
    if (block.message) {
      try {
        message =
          selectValue(block.message, { kind: "html", $, el: $.root() }, data, { data, now: ctx.now() }, false) ??
          message;
      } catch {
        // keep the element's own text
      }
    }
    throw new IndexerRequestError(
      kind,
      `${ctx.indexerName}: ${message.slice(0, 200) || "the site reported an error"}`,
      kind === "auth" ? { field: "password" } : {},
    );
  }
}

export function statusCheck(ctx: EngineContext, response: SiteResponse): void {
  if (response.status >= 200 && response.status < 400) return;
  if (response.status === 401 || response.status === 403) {
    throw new IndexerRequestError("auth", `${ctx.indexerName} refused the request (HTTP ${response.status})`);
  }
  if (response.status === 429) {
    const retry = Number(response.headers.get("retry-after"));
    throw new IndexerRequestError("rate-limited", `${ctx.indexerName} is rate limiting requests (HTTP 429)`, {
      retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : 60,
    });
  }
  throw new IndexerRequestError("status", `${ctx.indexerName} answered HTTP ${response.status}`);
}
