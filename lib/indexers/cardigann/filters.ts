import { parseDateLayout, parseFuzzyTime, parseTimeAgo, parseUnknownDate } from "./dates";
import type { FilterBlock } from "./definition.schema";
import { goRegex } from "./go-regex";
import { resolveJsonPath } from "./json-path";
import { applyTemplate, goReplacement, type TemplateData } from "./template";

export interface FilterContext {
  data: TemplateData;
  now: Date;
}

const argList = (args: FilterBlock["args"]): string[] =>
  args === undefined ? [] : Array.isArray(args) ? args.map((a) => String(a)) : [String(args)];

const HTML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function htmlDecode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

const htmlEncode = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function urlDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** A pattern JavaScript cannot express (.NET balancing groups) skips its filter (reported at load time). */
function tryRegex(pattern: string, flags: string): RegExp | null {
  try {
    return goRegex(pattern, flags);
  } catch {
    return null;
  }
}

/** Runs one filter. Unknown names throw (load-time checks report them per definition). */
export function applyFilter(value: string, filter: FilterBlock, ctx: FilterContext): string {
  const args = argList(filter.args);
  const templated = (arg: string | undefined) => applyTemplate(arg ?? "", ctx.data);
  switch (filter.name) {
    case "querystring": {
      const query = value.includes("?") ? value.slice(value.indexOf("?") + 1) : value;
      return new URLSearchParams(query.split("#")[0]).get(args[0]) ?? "";
    }
    case "dateparse":
    case "timeparse":
      return args[0]
        ? parseDateLayout(value, args[0], ctx.now).toISOString()
        : parseUnknownDate(value, ctx.now).toISOString();
    case "regexp": {
      const regex = tryRegex(args[0] ?? "", "");
      if (!regex) return value;
      const match = value.match(regex);
      return match ? (match[1] ?? match[0]) : "";
    }
    case "re_replace": {
      const regex = tryRegex(args[0] ?? "", "g");
      return regex ? value.replace(regex, goReplacement(templated(args[1]))) : value;
    }
    case "split": {
      const parts = value.split(args[0] ?? "");
      let index = Number(args[1] ?? 0);
      if (index < 0) index += parts.length;
      return parts[index] ?? "";
    }
    case "replace":
      return value.split(args[0] ?? "").join(templated(args[1]));
    case "trim": {
      const cutset = args[0];
      if (!cutset) return value.trim();
      const escaped = cutset.replace(/[\]\\^-]/g, "\\$&");
      return value.replace(new RegExp(`^[${escaped}]+|[${escaped}]+$`, "g"), "");
    }
    case "prepend":
      return templated(args[0]) + value;
    case "append":
      return value + templated(args[0]);
    case "tolower":
      return value.toLowerCase();
    case "toupper":
      return value.toUpperCase();
    case "urldecode":
      return urlDecode(value);
    case "urlencode":
      return encodeURIComponent(value).replace(/%20/g, "+");
    case "htmldecode":
      return htmlDecode(value);
    case "htmlencode":
      return htmlEncode(value);
    case "timeago":
    case "reltime":
      return parseTimeAgo(value, ctx.now).toISOString();
    case "fuzzytime":
      return parseFuzzyTime(value, ctx.now).toISOString();
    case "validfilename":
      return value.replace(/[<>:"/\\|?*\u0000-\u001f]/g, "").trim();
    case "diacritics":
      return value.normalize("NFD").replace(/\p{Diacritic}/gu, "");
    case "jsonjoinarray": {
      const parsed: unknown = JSON.parse(value);
      const selected = resolveJsonPath(parsed, args[0] ?? "$");
      return Array.isArray(selected)
        ? selected.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(args[1] ?? ",")
        : String(selected ?? "");
    }
    case "validate": {
      const valid = new Set(
        (args[0] ?? "")
          .split(",")
          .map((v) => v.trim().toLowerCase())
          .filter(Boolean),
      );
      const words = value
        .toLowerCase()
        .split(/[\s,/]+/)
        .filter((w) => valid.has(w));
      return [...new Set(words)].join(",");
    }
    case "hexdump":
    case "strdump":
      return value;
  }
}

export function applyFilters(value: string, filters: FilterBlock[] | undefined, ctx: FilterContext): string {
  let current = value;
  for (const filter of filters ?? []) current = applyFilter(current, filter, ctx);
  return current;
}
