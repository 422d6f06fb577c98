import { CookieJar } from "tough-cookie";
import { createHttpClient, readBodyLimited, type HttpClient } from "@/lib/http";

/** No tracker page or .torrent comes near this; a larger answer is not read any further. */
const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/** One HTTP answer of a Cardigann site, decoded with the definition's encoding. */
export interface SiteResponse {
  url: string;
  status: number;
  headers: Headers;
  body: string;
  bytes: Uint8Array;
  /** Set when the (last) answer was a redirect that was not followed. */
  location: string | null;
  /** Every URL visited, first to last (redirects included). */
  chain: string[];
}

export interface SiteRequest {
  method?: "GET" | "POST";
  /** Form body (application/x-www-form-urlencoded), already encoded. */
  form?: string;
  headers?: Record<string, string>;
  followRedirects?: boolean;
  signal?: AbortSignal;
}

const lastRequestAt = new Map<string, number>();

/** Encodes a value for a query string in a single-byte charset (windows-1251 …); UTF-8 otherwise. */
export function encodeComponent(value: string, encoding: string): string {
  const enc = encoding.toLowerCase();
  if (enc === "utf-8" || enc === "utf8") return encodeURIComponent(value);
  const table = byteTable(enc);
  if (!table) return encodeURIComponent(value);
  let out = "";
  for (const char of value) {
    if (/[A-Za-z0-9\-_.~]/.test(char)) out += char;
    else if (char === " ") out += "+";
    else {
      const byte = char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : table.get(char);
      out += byte === undefined ? encodeURIComponent(char) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}

const tables = new Map<string, Map<string, number> | null>();
function byteTable(encoding: string): Map<string, number> | null {
  if (tables.has(encoding)) return tables.get(encoding)!;
  let table: Map<string, number> | null;
  try {
    const decoder = new TextDecoder(encoding);
    table = new Map();
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const char = decoder.decode(new Uint8Array([byte]));
      if (char !== "\ufffd" && !table.has(char)) table.set(char, byte);
    }
  } catch {
    table = null;
  }
  tables.set(encoding, table);
  return table;
}

export function decodeBody(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * The HTTP side of one Cardigann indexer: a cookie jar (the login session, saved and reused),
 * redirects followed by hand so that cookies set on the way are kept, the definition's encoding,
 * and `requestDelay` between requests to the same site. The jar scopes cookies by domain, path,
 * Secure and expiry as browsers do (tough-cookie), so a tracker's session never goes to another
 * host, whether a redirect or a link leads there.
 */
export class SiteSession {
  private readonly jar: CookieJar;
  private readonly http: HttpClient;

  constructor(
    private readonly options: {
      key: string;
      name: string;
      /** The site's address: cookies pasted in the settings (and sessions saved before scoping) belong to it. */
      siteLink: string;
      encoding: string;
      timeoutMs: number;
      requestDelayMs: number;
      /** A session saved by serializeCookies(). */
      cookies?: string | null;
      userAgent?: string;
      fetch?: typeof fetch;
    },
  ) {
    this.jar = restoreJar(options.cookies ?? null, options.siteLink);
    this.http = createHttpClient({
      service: options.name,
      timeoutMs: options.timeoutMs,
      retries: 0,
      headers: {
        accept: "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.7",
        ...(options.userAgent ? { "user-agent": options.userAgent } : {}),
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /** Whether the site has a session (any cookie the site would be sent). */
  hasCookies(): boolean {
    return this.jar.getCookiesSync(this.options.siteLink).length > 0;
  }

  clearCookies(): void {
    this.jar.removeAllCookiesSync();
  }

  /** The jar as JSON, to save the session. */
  serializeCookies(): string {
    return JSON.stringify(this.jar.serializeSync());
  }

  /** "name=value; name2=value2" as pasted from a browser: host-only cookies of the site. */
  setCookieString(cookie: string): void {
    for (const part of cookie.split(";")) {
      const index = part.indexOf("=");
      if (index > 0)
        this.jar.setCookieSync(
          `${part.slice(0, index).trim()}=${part.slice(index + 1).trim()}; Path=/`,
          this.options.siteLink,
          {
            ignoreError: true,
          },
        );
    }
  }

  private storeCookies(headers: Headers, url: string): void {
    for (const header of headers.getSetCookie()) this.jar.setCookieSync(header, url, { ignoreError: true });
  }

  private async delay(signal?: AbortSignal): Promise<void> {
    const wait = (lastRequestAt.get(this.options.key) ?? 0) + this.options.requestDelayMs - Date.now();
    lastRequestAt.set(this.options.key, Math.max(Date.now(), Date.now() + wait));
    if (wait > 0)
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        signal?.addEventListener(
          "abort",
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
  }

  async request(url: string, init: SiteRequest = {}): Promise<SiteResponse> {
    const chain: string[] = [];
    let current = url;
    let method = init.method ?? "GET";
    let form = init.form;
    for (let hop = 0; hop < 8; hop++) {
      await this.delay(init.signal);
      chain.push(current);
      const headers: Record<string, string> = { ...init.headers };
      const cookie = this.jar.getCookieStringSync(current);
      if (cookie) headers.cookie = cookie;
      if (form !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
      const response = await this.http.call(current, (k) =>
        k(current, { method, headers, body: form, redirect: "manual", throwHttpErrors: false, signal: init.signal }),
      );
      this.storeCookies(response.headers, current);
      const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
      if (location && init.followRedirects !== false) {
        await response.body?.cancel();
        current = new URL(location, current).toString();
        if (response.status !== 307 && response.status !== 308) {
          method = "GET";
          form = undefined;
        }
        continue;
      }
      const bytes = await readBodyLimited(response, MAX_RESPONSE_BYTES, this.options.name, current);
      return {
        url: current,
        status: response.status,
        headers: response.headers,
        bytes,
        body: decodeBody(bytes, this.options.encoding),
        location: location ? new URL(location, current).toString() : null,
        chain,
      };
    }
    throw new Error(`${this.options.name}: too many redirects from ${new URL(url).pathname}`);
  }
}

/** A saved jar, or a session saved before cookies were scoped (a flat name → value map of the site's cookies). */
function restoreJar(saved: string | null, siteLink: string): CookieJar {
  if (!saved) return new CookieJar();
  try {
    const parsed: unknown = JSON.parse(saved);
    if (parsed && typeof parsed === "object" && Array.isArray((parsed as { cookies?: unknown }).cookies))
      return CookieJar.deserializeSync(saved);
    const jar = new CookieJar();
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>))
      if (typeof value === "string") jar.setCookieSync(`${name}=${value}; Path=/`, siteLink, { ignoreError: true });
    return jar;
  } catch {
    return new CookieJar();
  }
}
