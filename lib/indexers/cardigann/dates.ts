/**
 * Dates as Cardigann definitions produce them: Go layouts (dateparse/timeparse), relative times
 * ("3 hours ago", timeago/reltime), fuzzy forms ("Today 12:30", "yesterday") and whatever a date
 * field holds at the end (FromUnknown). Results are Dates; times without a zone are taken as UTC.
 */
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

type Part = { re: string; set?: (v: string, d: DateParts) => void };
interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
  pm?: boolean;
  offsetMinutes?: number;
}

const zone = (v: string, d: DateParts) => {
  if (/^z$/i.test(v)) {
    d.offsetMinutes = 0;
    return;
  }
  const m = v.match(/^([+-])(\d{2}):?(\d{2})?$/);
  if (m) d.offsetMinutes = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
};

const TOKENS: [string, Part][] = [
  ["January", { re: "[A-Za-z]+", set: (v, d) => void (d.month = monthIndex(v)) }],
  ["Monday", { re: "[A-Za-z]+" }],
  ["Jan", { re: "[A-Za-z]{3,4}", set: (v, d) => void (d.month = monthIndex(v)) }],
  ["Mon", { re: "[A-Za-z]{3}" }],
  ["MST", { re: "[A-Z]{2,5}|[+-]\\d{2,4}" }],
  ["2006", { re: "\\d{4}", set: (v, d) => void (d.year = Number(v)) }],
  ["Z07:00", { re: "Z|[+-]\\d{2}:\\d{2}", set: zone }],
  ["Z0700", { re: "Z|[+-]\\d{4}", set: zone }],
  ["Z07", { re: "Z|[+-]\\d{2}", set: zone }],
  ["-07:00", { re: "[+-]\\d{2}:\\d{2}", set: zone }],
  ["-0700", { re: "[+-]\\d{4}", set: zone }],
  ["-07", { re: "[+-]\\d{2}", set: zone }],
  ["002", { re: "\\d{3}" }],
  ["01", { re: "\\d{2}", set: (v, d) => void (d.month = Number(v) - 1) }],
  ["02", { re: "\\d{2}", set: (v, d) => void (d.day = Number(v)) }],
  ["_2", { re: " ?\\d{1,2}", set: (v, d) => void (d.day = Number(v)) }],
  ["03", { re: "\\d{2}", set: (v, d) => void (d.hour = Number(v)) }],
  ["04", { re: "\\d{2}", set: (v, d) => void (d.minute = Number(v)) }],
  ["05", { re: "\\d{2}", set: (v, d) => void (d.second = Number(v)) }],
  ["06", { re: "\\d{2}", set: (v, d) => void (d.year = 2000 + Number(v) - (Number(v) > 68 ? 100 : 0)) }],
  ["15", { re: "\\d{1,2}", set: (v, d) => void (d.hour = Number(v)) }],
  ["PM", { re: "[AaPp][Mm]", set: (v, d) => void (d.pm = /p/i.test(v)) }],
  ["pm", { re: "[AaPp][Mm]", set: (v, d) => void (d.pm = /p/i.test(v)) }],
  ["1", { re: "\\d{1,2}", set: (v, d) => void (d.month = Number(v) - 1) }],
  ["2", { re: "\\d{1,2}", set: (v, d) => void (d.day = Number(v)) }],
  ["3", { re: "\\d{1,2}", set: (v, d) => void (d.hour = Number(v)) }],
  ["4", { re: "\\d{1,2}", set: (v, d) => void (d.minute = Number(v)) }],
  ["5", { re: "\\d{1,2}", set: (v, d) => void (d.second = Number(v)) }],
];

const layoutCache = new Map<string, { regex: RegExp; setters: Part["set"][] }>();

/** Compiles a Go reference-time layout ("02/01/2006 15:04") into a matcher. */
export function compileGoLayout(layout: string): { regex: RegExp; setters: Part["set"][] } {
  const cached = layoutCache.get(layout);
  if (cached) return cached;
  let source = "";
  const setters: Part["set"][] = [];
  let i = 0;
  let previous = "";
  outer: while (i < layout.length) {
    const fraction = layout.slice(i).match(/^[.,](0+|9+)(?![0-9])/);
    if (fraction && (previous === "05" || previous === "5")) {
      source += `(?:[.,](\\d+))${fraction[1].startsWith("9") ? "?" : ""}`;
      setters.push((v, d) => void (d.ms = Math.round(Number(`0.${v || "0"}`) * 1000)));
      i += fraction[0].length;
      continue;
    }
    for (const [token, part] of TOKENS) {
      if (layout.startsWith(token, i)) {
        source += `(${part.re})`;
        setters.push(part.set);
        i += token.length;
        previous = token;
        continue outer;
      }
    }
    const char = layout[i];
    previous = "";
    source += /\s/.test(char) ? "\\s+" : char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    i++;
  }
  const compiled = { regex: new RegExp(`^\\s*${source}\\s*$`, "i"), setters };
  layoutCache.set(layout, compiled);
  return compiled;
}

function build(parts: DateParts, now: Date): Date {
  let hour = parts.hour ?? 0;
  if (parts.pm !== undefined) hour = (hour % 12) + (parts.pm ? 12 : 0);
  const utc = Date.UTC(
    parts.year ?? now.getUTCFullYear(),
    parts.month ?? (parts.day !== undefined ? now.getUTCMonth() : 0),
    parts.day ?? 1,
    hour,
    parts.minute ?? 0,
    parts.second ?? 0,
    parts.ms ?? 0,
  );
  return new Date(utc - (parts.offsetMinutes ?? 0) * 60_000);
}

export function parseGoLayout(value: string, layout: string, now = new Date()): Date {
  const { regex, setters } = compileGoLayout(layout);
  const match = value.trim().match(regex);
  if (!match) throw new Error(`"${value}" does not match the date layout "${layout}"`);
  const parts: DateParts = {};
  setters.forEach((set, index) => set?.(match[index + 1] ?? "", parts));
  return build(parts, now);
}

const UNITS: [RegExp, number][] = [
  [/^(s|sec|secs|second|seconds)$/, 1_000],
  [/^(m|min|mins|minute|minutes)$/, 60_000],
  [/^(h|hr|hrs|hour|hours)$/, 3_600_000],
  [/^(d|day|days)$/, 86_400_000],
  [/^(w|wk|wks|week|weeks)$/, 604_800_000],
  [/^(mo|mos|month|months)$/, 2_592_000_000],
  [/^(y|yr|yrs|year|years)$/, 31_536_000_000],
];

/** "2 hours, 5 minutes ago", "an hour ago", "3d 4h" → now minus that. */
export function parseTimeAgo(value: string, now = new Date()): Date {
  let text = value
    .toLowerCase()
    .replace(/,/g, " ")
    .replace(/\bago\b/g, " ")
    .replace(/\band\b/g, " ");
  if (/\b(now|just now)\b/.test(text)) return now;
  text = text.replace(/\ban?\s+(?=[a-z])/g, "1 ");
  let ms = 0;
  let found = false;
  for (const match of text.matchAll(/([\d.]+)\s*([a-z]+)/g)) {
    const unit = UNITS.find(([re]) => re.test(match[2]));
    if (!unit) continue;
    ms += Number(match[1]) * unit[1];
    found = true;
  }
  if (!found) throw new Error(`"${value}" is not a relative time`);
  return new Date(now.getTime() - ms);
}

function withTime(day: Date, text: string): Date {
  const time = text.match(/(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?/i);
  if (!time) return day;
  let hour = Number(time[1]);
  if (time[4]) hour = (hour % 12) + (/p/i.test(time[4]) ? 12 : 0);
  return new Date(
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, Number(time[2]), Number(time[3] ?? 0)),
  );
}

/** "Today 12:30", "Yesterday at 5pm", "tomorrow", or a relative time. */
export function parseFuzzyTime(value: string, now = new Date()): Date {
  const text = value.trim().toLowerCase();
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (/\b(today|heute|aujourd|hoy|oggi|сегодня)/.test(text)) return withTime(midnight, text);
  if (/\b(yesterday|gestern|hier|ayer|ieri|вчера)/.test(text))
    return withTime(new Date(midnight.getTime() - 86_400_000), text);
  if (/\btomorrow\b/.test(text)) return withTime(new Date(midnight.getTime() + 86_400_000), text);
  return parseTimeAgo(value, now);
}

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_FIRST = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const NAMED =
  /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,})\.?[\s-,]+(\d{2,4})(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** Whatever a date field ends up holding (Prowlarr's DateTimeUtil.FromUnknown). */
export function parseUnknownDate(value: string, now = new Date()): Date {
  const text = value.replace(/\s+/g, " ").trim();
  if (!text) throw new Error("empty date");
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return new Date(Number(text));
  if (/\b(now|today|yesterday|tomorrow|ago)\b/i.test(text) || /^\d+\s*[a-z]+(\s+\d+\s*[a-z]+)*$/i.test(text))
    return parseFuzzyTime(text, now);
  let m = text.match(YEAR_FIRST);
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
  m = text.match(DAY_FIRST);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return new Date(Date.UTC(year, +m[2] - 1, +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
  }
  m = text.match(NAMED);
  if (m && monthIndex(m[2]) >= 0) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return new Date(Date.UTC(year, monthIndex(m[2]), +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
  }
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const parsed = Date.parse(iso);
  if (!Number.isNaN(parsed)) return new Date(parsed);
  throw new Error(`"${value}" is not a date Mydia can read`);
}

// ── .NET custom formats (v11 dateparse/timeparse: "yyyy-MM-dd HH:mm:ss zzz") ─────────────────

const DOTNET_TOKENS: [RegExp, (token: string) => Part][] = [
  [/^y{3,4}/, () => ({ re: "\\d{4}", set: (v, d) => void (d.year = Number(v)) })],
  [/^yy/, () => ({ re: "\\d{2}", set: (v, d) => void (d.year = 2000 + Number(v) - (Number(v) > 68 ? 100 : 0)) })],
  [/^y/, () => ({ re: "\\d{1,4}", set: (v, d) => void (d.year = Number(v) < 100 ? 2000 + Number(v) : Number(v)) })],
  [/^MMMM/, () => ({ re: "[^\\s\\d.,/-]+", set: (v, d) => void (d.month = monthIndex(v)) })],
  [/^MMM/, () => ({ re: "[^\\s\\d.,/-]{3,5}", set: (v, d) => void (d.month = monthIndex(v)) })],
  [/^MM/, () => ({ re: "\\d{1,2}", set: (v, d) => void (d.month = Number(v) - 1) })],
  [/^M/, () => ({ re: "\\d{1,2}", set: (v, d) => void (d.month = Number(v) - 1) })],
  [/^dddd|^ddd/, () => ({ re: "[^\\s\\d.,]+" })],
  [/^dd?/, () => ({ re: "\\d{1,2}", set: (v, d) => void (d.day = Number(v)) })],
  [/^HH?|^hh?/, () => ({ re: "\\d{1,2}", set: (v, d) => void (d.hour = Number(v)) })],
  [/^mm?/, () => ({ re: "\\d{1,2}", set: (v, d) => void (d.minute = Number(v)) })],
  [/^ss?/, () => ({ re: "\\d{1,2}", set: (v, d) => void (d.second = Number(v)) })],
  [
    /^[fF]{1,7}/,
    (t) => ({
      re: `\\d{${t[0] === "F" ? 0 : t.length},7}`,
      set: (v, d) => void (d.ms = v ? Math.round(Number(`0.${v}`) * 1000) : 0),
    }),
  ],
  [/^tt?/, () => ({ re: "[AaPp][Mm]?", set: (v, d) => void (d.pm = /p/i.test(v)) })],
  [/^zzz|^zz?|^K/, () => ({ re: "Z|[+-]\\d{1,2}(?::?\\d{2})?", set: zone })],
];

const dotNetCache = new Map<string, { regex: RegExp; setters: Part["set"][] }>();

/** Compiles a .NET custom date format into a matcher (spaces match any run of spaces). */
export function compileDotNetFormat(format: string): { regex: RegExp; setters: Part["set"][] } {
  const cached = dotNetCache.get(format);
  if (cached) return cached;
  let source = "";
  const setters: Part["set"][] = [];
  let i = 0;
  outer: while (i < format.length) {
    const rest = format.slice(i);
    const quoted = rest.match(/^(['"])(.*?)\1/);
    if (quoted) {
      source += quoted[2].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      i += quoted[0].length;
      continue;
    }
    if (rest[0] === "\\" && rest.length > 1) {
      source += rest[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      i += 2;
      continue;
    }
    for (const [pattern, make] of DOTNET_TOKENS) {
      const match = rest.match(pattern);
      if (match) {
        const part = make(match[0]);
        source += `(${part.re})`;
        setters.push(part.set);
        i += match[0].length;
        continue outer;
      }
    }
    source += /\s/.test(rest[0]) ? "\\s*" : rest[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    i++;
  }
  const compiled = { regex: new RegExp(`^\\s*${source}\\s*$`, "i"), setters };
  dotNetCache.set(format, compiled);
  return compiled;
}

/** Go layouts are written with the reference time's digits (2006, 01, 02, 15:04); .NET ones never are. */
export const isGoLayout = (layout: string): boolean => /\d/.test(layout);

/** dateparse/timeparse: a .NET format (v11) or a Go layout (older definitions, uploads). */
export function parseDateLayout(value: string, layout: string, now = new Date()): Date {
  if (isGoLayout(layout)) return parseGoLayout(value, layout, now);
  const { regex, setters } = compileDotNetFormat(layout);
  const match = value.trim().match(regex);
  if (!match) throw new Error(`"${value}" does not match the date format "${layout}"`);
  const parts: DateParts = {};
  setters.forEach((set, index) => set?.(match[index + 1] ?? "", parts));
  if (parts.year === undefined && parts.month === undefined && parts.day === undefined) {
    parts.year = now.getUTCFullYear();
    parts.month = now.getUTCMonth();
    parts.day = now.getUTCDate();
  }
  return build(parts, now);
}
