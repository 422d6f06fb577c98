import { load, type Cheerio } from "cheerio";
import type { AnyNode } from "domhandler";
import { IndexerRequestError } from "../errors";
import { emptyRelease, infoHashFromMagnet, normalizeImdbId, volumeFlags, type IndexerRelease } from "../release";
import { newznabCategoriesFor } from "./categories";
import { resolveUrl, type EngineContext } from "./context";
import { safeSelect } from "./css";
import { parseUnknownDate } from "./dates";
import { applyFilters } from "./filters";
import { selectJson, selectJsonRows, type Json } from "./json-path";
import { coerceFloat, coerceInt, parseSize } from "./parse-util";
import { selectValue, type Row } from "./selectors";
import { applyTemplate as templateRender, type TemplateData, type TemplateValue } from "./template";

/** Fields Prowlarr never requires, even without `optional: true`. */
const OPTIONAL_FIELDS = new Set([
  "imdb",
  "imdbid",
  "tmdbid",
  "rageid",
  "tvdbid",
  "tvmazeid",
  "traktid",
  "doubanid",
  "poster",
  "banner",
  "description",
  "genre",
]);

export interface RowSource {
  indexerId: string;
  protocol: "torrent";
  responseType: "html" | "json" | "xml";
  noResultsMessage?: string;
  pageUrl: string;
}

function htmlRows(ctx: EngineContext, body: string, xml: boolean, data: TemplateData): Row[] {
  const $ = load(body, xml ? { xml: true } : undefined);
  const rows = ctx.definition.search.rows;
  const selector = rows.selector ? templateRender(rows.selector, data) : "";
  let elements: Cheerio<AnyNode>[] = safeSelect($, selector)
    .toArray()
    .map((el) => $(el));
  const after = rows.after ?? 0;
  if (after > 0) {
    const merged: Cheerio<AnyNode>[] = [];
    for (let i = 0; i < elements.length; i += after + 1) {
      const row = elements[i];
      for (let j = 1; j <= after && i + j < elements.length; j++) row.append(elements[i + j].contents());
      merged.push(row);
    }
    elements = merged;
  }
  if (rows.remove) for (const el of elements) safeSelect($, rows.remove, el).remove();
  return elements.map((el) => ({ kind: "html" as const, $, el }));
}

function jsonRows(ctx: EngineContext, body: string, data: TemplateData, source: RowSource): Row[] {
  let parsed: Json;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    if (source.noResultsMessage && body.includes(source.noResultsMessage)) return [];
    throw new IndexerRequestError("parse", `${ctx.indexerName} sent invalid JSON: ${(error as Error).message}`);
  }
  const rows = ctx.definition.search.rows;
  if (rows.count) {
    const count = selectValue(rows.count, { kind: "json", value: parsed }, data, { data, now: ctx.now() }, false);
    if (count !== null && Number(count) === 0) return [];
  }
  const selector = rows.selector ? templateRender(rows.selector, data) : "$";
  const result: Row[] = [];
  for (const row of selectJsonRows(parsed, selector)) {
    const selected = rows.attribute ? selectJson(row, rows.attribute) : row;
    if (selected === undefined || selected === null) {
      if (rows.missingAttributeEqualsNoResults) continue;
      throw new IndexerRequestError("parse", `${ctx.indexerName}: a result row has no "${rows.attribute}"`);
    }
    if (rows.multiple) {
      const items = Array.isArray(selected) ? selected : typeof selected === "object" ? Object.values(selected) : [];
      for (const value of items) result.push({ kind: "json", value, parent: row });
    } else {
      result.push({ kind: "json", value: selected, parent: row });
    }
  }
  return result;
}

function applyField(
  name: string,
  modifiers: string[],
  value: string,
  release: IndexerRelease,
  ctx: EngineContext,
  pageUrl: string,
): void {
  const resolve = (url: string) => {
    try {
      return new URL(url.trim(), pageUrl || ctx.siteLink).toString();
    } catch {
      return resolveUrl(ctx, url);
    }
  };
  const mappings = ctx.definition.categoryMappings;
  switch (name) {
    case "download":
      if (!value) return;
      if (value.startsWith("magnet:")) release.magnetUrl = value;
      else release.downloadUrl = resolve(value);
      return;
    case "magnet":
      if (value) release.magnetUrl = value;
      return;
    case "infohash":
      if (value) release.infoHash = value.trim().toLowerCase();
      return;
    case "details":
      if (value) release.infoUrl = resolve(value);
      return;
    case "comments":
      if (value && !release.infoUrl) release.infoUrl = resolve(value);
      return;
    case "title":
      release.title = modifiers.includes("append") ? release.title + value : value;
      return;
    case "category":
    case "categorydesc": {
      const found = newznabCategoriesFor(mappings, value, name === "category" ? "id" : "desc");
      release.categories = modifiers.includes("noappend") ? found : [...new Set([...release.categories, ...found])];
      return;
    }
    case "size":
      release.size = parseSize(value);
      return;
    case "seeders": {
      const seeders = coerceInt(value);
      release.seeders = seeders !== null && seeders < 5_000_000 ? seeders : 0;
      release.peers = (release.peers ?? 0) + release.seeders;
      return;
    }
    case "leechers": {
      const leechers = coerceInt(value);
      release.peers = (release.peers ?? 0) + (leechers !== null && leechers < 5_000_000 ? leechers : 0);
      return;
    }
    case "date":
      try {
        release.publishedAt = parseUnknownDate(value, ctx.now()).toISOString();
      } catch {
        release.publishedAt = null;
      }
      return;
    case "grabs":
      release.grabs = coerceInt(value);
      return;
    case "downloadvolumefactor":
      release.downloadVolumeFactor = coerceFloat(value);
      return;
    case "uploadvolumefactor":
      release.uploadVolumeFactor = coerceFloat(value);
      return;
    case "minimumratio":
      release.minimumRatio = coerceFloat(value);
      return;
    case "minimumseedtime":
      release.minimumSeedTime = coerceInt(value);
      return;
    case "imdb":
    case "imdbid":
      release.imdbId = normalizeImdbId(value.match(/(\d+)/)?.[1]);
      return;
    case "tmdbid":
      release.tmdbId = coerceInt(value) || null;
      return;
    case "tvdbid":
      release.tvdbId = coerceInt(value) || null;
      return;
  }
}

/** Turns one answer into releases: rows, fields, filters, category mapping, row filters. */
export function parseRows(
  ctx: EngineContext,
  body: string,
  data: TemplateData,
  source: RowSource,
): { releases: IndexerRelease[]; rowErrors: string[] } {
  const text = applyFilters(body, ctx.definition.search.preprocessingfilters, { data, now: ctx.now() });
  if (source.noResultsMessage && text.trim() === source.noResultsMessage.trim()) return { releases: [], rowErrors: [] };
  const rows =
    source.responseType === "json"
      ? jsonRows(ctx, text, data, source)
      : htmlRows(ctx, text, source.responseType === "xml", data);
  const releases: IndexerRelease[] = [];
  const rowErrors: string[] = [];
  const keywords = String(data.Keywords ?? "").toLowerCase();
  for (const row of rows) {
    const result: Record<string, TemplateValue> = {};
    const rowData: TemplateData = { ...data, Result: result };
    const release = emptyRelease({
      guid: "",
      title: "",
      indexerId: source.indexerId,
      indexerName: ctx.indexerName,
      protocol: "torrent",
    });
    const filterCtx = { data: rowData, now: ctx.now() };
    try {
      if (ctx.definition.search.rows.dateheaders && row.kind === "html") {
        const header = row.el
          .prevAll()
          .filter((_, el) => row.$(el).is(ctx.definition.search.rows.dateheaders!.selector ?? "*"))
          .first();
        if (header.length) {
          const date = selectValue(
            { ...ctx.definition.search.rows.dateheaders, selector: undefined },
            { ...row, el: header },
            rowData,
            filterCtx,
            false,
          );
          if (date) applyField("date", [], date, release, ctx, source.pageUrl);
        }
      }
      for (const [key, block] of Object.entries(ctx.definition.search.fields)) {
        const [name, ...modifiers] = key.split("|");
        const optional = block.optional === true || OPTIONAL_FIELDS.has(name) || modifiers.includes("optional");
        const value = selectValue(block, row, rowData, filterCtx, !optional);
        result[name] = value;
        if (value !== null) applyField(name, modifiers, value, release, ctx, source.pageUrl);
      }
    } catch (error) {
      rowErrors.push((error as Error).message);
      continue;
    }
    if (!release.title.trim()) continue;
    if (ctx.definition.search.rows.filters?.some((f) => f.name === "andmatch") && keywords) {
      const title = release.title.toLowerCase();
      if (
        !keywords
          .split(/\s+/)
          .filter(Boolean)
          .every((word) => title.includes(word))
      )
        continue;
    }
    release.title = release.title.replace(/\s+/g, " ").trim();
    if (release.magnetUrl && !release.infoHash) release.infoHash = infoHashFromMagnet(release.magnetUrl);
    // Hash-only sites (apibay): a magnet from the info hash, as Prowlarr builds it.
    if (release.infoHash && !release.magnetUrl && !release.downloadUrl) {
      release.magnetUrl = `magnet:?xt=urn:btih:${release.infoHash}&dn=${encodeURIComponent(release.title)}`;
    }
    release.guid =
      release.infoUrl ??
      release.downloadUrl ??
      release.magnetUrl ??
      `${ctx.definition.id}:${release.title}:${release.size ?? ""}`;
    release.flags = volumeFlags(release.downloadVolumeFactor, release.uploadVolumeFactor);
    releases.push(release);
  }
  if (rows.length > 0 && releases.length === 0 && rowErrors.length === rows.length) {
    throw new IndexerRequestError(
      "parse",
      `${ctx.indexerName}: none of the ${rows.length} result rows could be read (${rowErrors[0]})`,
    );
  }
  return { releases, rowErrors };
}
