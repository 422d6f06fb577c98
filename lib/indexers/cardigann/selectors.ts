import type { Cheerio, CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import { safeIs, safeSelect } from "./css";
import type { SelectorBlock } from "./definition.schema";
import { applyFilters, type FilterContext } from "./filters";
import { selectJson, type Json } from "./json-path";
import { normalizeSpace } from "./parse-util";
import { applyTemplate, type TemplateData } from "./template";

export class SelectorMissingError extends Error {
  override name = "SelectorMissingError";
}

/** A row of an HTML answer (cheerio selection of one element) or of a JSON answer (a value). */
export type Row = { kind: "html"; $: CheerioAPI; el: Cheerio<AnyNode> } | { kind: "json"; value: Json; parent?: Json };

function htmlSelect(row: Extract<Row, { kind: "html" }>, selector: string): Cheerio<AnyNode> | null {
  if (safeIs(row.el, selector)) return row.el;
  const found = safeSelect(row.$, selector, row.el).first();
  return found.length ? found : null;
}

function jsonText(value: Json): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The value of one selector block for a row (Prowlarr's HandleSelector / HandleJsonSelector):
 * `text` (a template), or `selector` + `attribute` / `case` / `remove`, then the filters.
 * Returns null when an optional selector finds nothing; throws SelectorMissingError when required.
 */
export function selectValue(
  block: SelectorBlock,
  row: Row,
  data: TemplateData,
  ctx: FilterContext,
  required: boolean,
): string | null {
  if (block.text !== undefined) return applyFilters(applyTemplate(String(block.text), data), block.filters, ctx);
  let value: string | null = null;
  if (row.kind === "json") {
    let selected: Json = row.value;
    if (block.selector !== undefined) {
      const selector = applyTemplate(block.selector, data);
      // "..field" reads the parent object of a `multiple` row (YTS: the movie of each torrent).
      const base = selector.startsWith("..") && row.parent !== undefined ? row.parent : row.value;
      selected = selectJson(base, selector.replace(/^\.+/, ""));
      if (selected === undefined || selected === null) return missing(block, required, block.selector, data, ctx);
    }
    value = jsonText(selected);
    if (block.case) {
      const match = Object.entries(block.case).find(([key]) => key === value || key === "*");
      if (!match) return missing(block, required, `case of ${block.selector}`, data, ctx);
      value = String(match[1]);
    }
  } else {
    let selection: Cheerio<AnyNode> | null = row.el;
    if (block.selector !== undefined) {
      selection = htmlSelect(row, applyTemplate(block.selector, data));
      if (!selection) return missing(block, required, block.selector, data, ctx);
    }
    if (block.remove) {
      selection = selection.clone();
      safeSelect(row.$, block.remove, selection).remove();
    }
    if (block.case) {
      const current = selection;
      const match = Object.entries(block.case).find(
        ([key]) => safeIs(current, key) || safeSelect(row.$, key, current).length > 0,
      );
      if (!match) return missing(block, required, `case of ${block.selector ?? "row"}`, data, ctx);
      value = String(match[1]);
    } else if (block.attribute) {
      value = selection.attr(block.attribute) ?? null;
      if (value === null) return missing(block, required, `${block.selector ?? "row"} @${block.attribute}`, data, ctx);
    } else {
      value = selection.text();
    }
    value = normalizeSpace(value);
  }
  if (value === null) return missing(block, required, block.selector ?? "value", data, ctx);
  return applyFilters(value, block.filters, ctx);
}

/** A selector that found nothing: its `default` (a template, then the filters), null, or an error when required. */
function missing(
  block: SelectorBlock,
  required: boolean,
  what: string | undefined,
  data: TemplateData,
  ctx: FilterContext,
): string | null {
  if (block.default !== undefined) return applyFilters(applyTemplate(String(block.default), data), block.filters, ctx);
  if (required) throw new SelectorMissingError(`selector "${what}" found nothing`);
  return null;
}
