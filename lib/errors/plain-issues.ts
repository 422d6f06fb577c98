import type { z } from "zod";

/** Words written the way users read them in labels ("rssIntervalMinutes" → "RSS interval minutes"). */
const WORDS: Record<string, string> = {
  api: "API",
  id: "ID",
  ids: "IDs",
  imdb: "IMDb",
  rss: "RSS",
  tls: "TLS",
  tmdb: "TMDB",
  tvdb: "TVDB",
  url: "URL",
  urls: "URLs",
  tv: "TV",
  nzb: "NZB",
};

/** Field names whose plain label is not their words. */
const LABELS: Record<string, string> = {
  q: "Search text",
  baseUrl: "URL",
  apiPath: "API path",
  apiKey: "API key",
  urlBase: "URL base",
  useTls: "Use TLS",
  path: "Folder",
  libraryId: "Library",
  qualityProfileId: "Quality profile",
  episodeIds: "Episodes",
  tmdbId: "TMDB ID",
  readToken: "Read access token",
  relayUrl: "Relay URL",
  timeoutMs: "Timeout",
  requestsPerMinute: "Requests per minute",
  requestsPerDay: "Requests per day",
  rssIntervalMinutes: "RSS interval",
};

/** The label of a field as a form shows it, from its path (the last named part counts). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const name = [...path].reverse().find((p): p is string => typeof p === "string");
  if (!name) return "The request";
  if (LABELS[name]) return LABELS[name];
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => WORDS[w] ?? w);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const quote = (value: unknown) => (typeof value === "string" ? `“${value}”` : String(value));
const list = (values: readonly unknown[]) =>
  values.length <= 1
    ? values.map(quote).join("")
    : `${values.slice(0, -1).map(quote).join(", ")} or ${quote(values[values.length - 1])}`;

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "yes or no",
  array: "a list",
  object: "a set of fields",
  date: "a date",
};

const FORMATS: Record<string, string> = {
  url: "must be a web address such as https://example.com",
  email: "must be an email address",
  uuid: "must be an ID",
  regex: "is not in the expected format",
  datetime: "must be a date and time such as 2026-01-31T20:00:00Z",
  date: "must be a date such as 2026-01-31",
};

/**
 * zod's error map for the edge (parseInput): a plain phrase that follows the field's label
 * ("must be at least 5"). Messages a schema sets itself win over this one.
 */
export function plainIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "is required";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "is required" : `must be at least ${min} characters long`;
      if (issue.origin === "array" || issue.origin === "set")
        return min <= 1 ? "needs at least one entry" : `needs at least ${min} entries`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `must be at most ${max} characters long`;
      if (issue.origin === "array" || issue.origin === "set") return `can hold at most ${max} entries`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case "invalid_value":
      return issue.values.length === 1 ? `must be ${list(issue.values)}` : `must be one of ${list(issue.values)}`;
    case "invalid_format":
      return FORMATS[issue.format] ?? "is not in the expected format";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `${issue.keys.length === 1 ? "is not a field" : "are not fields"} Mydia knows: ${list(issue.keys)}`;
    case "invalid_union":
      return "is not valid: it matches none of the accepted forms";
    case "invalid_key":
    case "invalid_element":
      return "holds an entry that is not valid";
    default:
      return undefined;
  }
}

/** Phrases that read as the end of a sentence starting with the field's label. */
const FOLLOWS_LABEL =
  /^(must|is|are|can|cannot|can't|does|do|has|have|needs|should|may|holds|was|were|at most|at least|not)\b/i;

/** One plain sentence for a field's message: "RSS interval must be at least 5." */
export function plainSentence(path: readonly PropertyKey[], message: string): string {
  const trimmed = message.trim().replace(/[.\s]+$/, "");
  const unrecognized = /^(is not a field|are not fields) Mydia knows: /.exec(trimmed);
  let sentence: string;
  if (unrecognized) sentence = `${trimmed.slice(unrecognized[0].length)} ${unrecognized[1]} Mydia knows`;
  else if (FOLLOWS_LABEL.test(trimmed)) sentence = `${fieldLabel(path)} ${trimmed}`;
  else sentence = trimmed;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

export interface PlainIssues {
  /** One sentence for a toast or an alert: the first problem, and how many more there are. */
  message: string;
  /** A message per field (dotted path; "form" for the whole input), to show next to each field. */
  fields: Record<string, string>;
}

/** zod issues as a form shows them: a sentence for the toast and a message next to each field. */
export function plainIssues(issues: readonly z.core.$ZodIssue[]): PlainIssues {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    fields[key] ??= plainSentence(issue.path, issue.message);
  }
  const first = issues[0];
  const sentence = first ? plainSentence(first.path, first.message) : "The input is not valid.";
  const others = Object.keys(fields).length - 1;
  const message =
    others > 0 ? `${sentence} (${others} more ${others === 1 ? "field needs" : "fields need"} fixing.)` : sentence;
  return { message, fields };
}
