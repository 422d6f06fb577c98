import type { IndexerCaps } from "../indexer.types";
import { IndexerRequestError } from "../errors";
import { asArray, asNode, attrsOf, type XmlNode } from "./xml";

/** Newznab/Torznab error codes (spec section 5) and what they mean for Mydia. */
const errorMeanings: Record<number, { kind: "auth" | "rate-limited" | "indexer-error"; text: string }> = {
  100: { kind: "auth", text: "the API key is wrong" },
  101: { kind: "auth", text: "the account is suspended" },
  102: { kind: "auth", text: "the account may not use the API" },
  429: { kind: "rate-limited", text: "too many requests" },
  500: { kind: "rate-limited", text: "the API request limit is reached" },
  501: { kind: "rate-limited", text: "the download limit is reached" },
  910: { kind: "indexer-error", text: "the API is disabled" },
};

/** Throws the error an `<error code description>` document describes. */
export function throwIfErrorDocument(doc: XmlNode, indexerName: string): void {
  const error = asNode(doc.error);
  if (!error) return;
  const attrs = attrsOf(error);
  const code = Number(attrs.code);
  const description = attrs.description?.trim() || "no description";
  const meaning = errorMeanings[code];
  const kind = meaning?.kind ?? "indexer-error";
  const suffix = meaning ? ` (${meaning.text})` : "";
  const retryAfterSeconds = kind === "rate-limited" ? retryAfterFrom(description) : undefined;
  throw new IndexerRequestError(
    kind,
    `${indexerName} error ${Number.isFinite(code) ? code : "?"}: ${description}${suffix}`,
    {
      field: kind === "auth" ? "apiKey" : undefined,
      retryAfterSeconds,
    },
  );
}

/** "Request limit reached. Retry in 3600 seconds" style hints; one hour when none is given. */
function retryAfterFrom(description: string): number {
  const match = description.match(/(\d+)\s*(second|sec|s\b|minute|min|hour|h\b)/i);
  if (!match) return 3600;
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  return unit.startsWith("h") ? value * 3600 : unit.startsWith("m") ? value * 60 : value;
}

/** Parameters assumed when caps omit supportedParams (as Sonarr and Radarr do). */
const defaultParams: Record<string, string> = {
  search: "q",
  "tv-search": "q,rid,season,ep",
  "movie-search": "q,imdbid",
};

function mode(searching: XmlNode | undefined, name: string): { available: boolean; params: string[] } {
  const attrs = attrsOf(searching?.[name]);
  if (!searching || !(name in searching)) return { available: false, params: [] };
  const available = (attrs.available ?? "yes").toLowerCase() === "yes";
  const params = (attrs.supportedParams ?? attrs.supportedparams ?? defaultParams[name] ?? "q")
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  return { available, params };
}

/** Reads a `t=caps` document into IndexerCaps. */
export function parseCaps(doc: XmlNode, indexerName: string): IndexerCaps {
  throwIfErrorDocument(doc, indexerName);
  const caps = asNode(doc.caps);
  if (!caps) {
    const root = Object.keys(doc).filter((k) => k !== "?xml")[0] ?? "nothing";
    throw new IndexerRequestError("parse", `${indexerName} answered t=caps with <${root}> instead of <caps>`);
  }
  const searching = asNode(caps.searching);
  const limits = attrsOf(caps.limits);
  const server = attrsOf(caps.server);
  const categories = asArray(asNode(caps.categories)?.category)
    .map((category) => {
      const attrs = attrsOf(category);
      return {
        id: Number(attrs.id),
        name: attrs.name ?? attrs.id,
        subcategories: asArray(asNode(category)?.subcat)
          .map((sub) => attrsOf(sub))
          .map((sub) => ({ id: Number(sub.id), name: sub.name ?? sub.id }))
          .filter((sub) => Number.isFinite(sub.id)),
      };
    })
    .filter((category) => Number.isFinite(category.id));
  const max = Number(limits.max);
  return {
    search: mode(searching, "search"),
    tvSearch: mode(searching, "tv-search"),
    movieSearch: mode(searching, "movie-search"),
    categories,
    limits: Number.isFinite(max) && max > 0 ? { max, default: Number(limits.default) || Math.min(max, 100) } : null,
    server: { title: server.title ?? null, version: server.version ?? server.appversion ?? null },
  };
}
