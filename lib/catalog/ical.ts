import { z } from "zod";
import { verifyApiKey } from "@/lib/accounts";
import { UnauthorizedError, parseInput } from "@/lib/errors";
import { calendarBetween } from "./calendar.service";
import type { CalendarEntry } from "./catalog.schemas";

const DAY = 86_400_000;

const escape = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** RFC 5545 folds lines longer than 75 octets; continuation lines start with a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    if (Buffer.byteLength(current + char, "utf8") > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const dayStamp = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, "");
const pad = (n: number) => String(n).padStart(2, "0");
const releaseLabel = { inCinemas: "in cinemas", digital: "digital release", physical: "physical release" } as const;

function event(entry: CalendarEntry, baseUrl: string, now: Date): string[] {
  const at = new Date(entry.at);
  // Air times are known only when set on the series; otherwise the event is the whole day.
  const allDay = at.getUTCHours() === 0 && at.getUTCMinutes() === 0;
  const lines = [
    "BEGIN:VEVENT",
    `UID:mydia-${entry.kind}-${entry.id}${entry.kind === "movie" ? `-${entry.release}` : ""}`,
    `DTSTAMP:${stamp(now)}`,
  ];
  if (allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dayStamp(at)}`, `DTEND;VALUE=DATE:${dayStamp(new Date(at.getTime() + DAY))}`);
  } else {
    const minutes = (entry.kind === "episode" ? entry.runtime : null) ?? 30;
    lines.push(`DTSTART:${stamp(at)}`, `DTEND:${stamp(new Date(at.getTime() + minutes * 60_000))}`);
  }
  if (entry.kind === "episode") {
    const code = `${entry.seasonNumber}x${pad(entry.episodeNumber)}`;
    lines.push(
      `SUMMARY:${escape(`${entry.seriesTitle} - ${code}${entry.title ? ` - ${entry.title}` : ""}`)}`,
      ...(entry.network ? [`LOCATION:${escape(entry.network)}`] : []),
      `URL:${baseUrl}/tv/${entry.seriesId}`,
    );
  } else {
    lines.push(
      `SUMMARY:${escape(`${entry.title}${entry.year ? ` (${entry.year})` : ""} - ${releaseLabel[entry.release]}`)}`,
      `URL:${baseUrl}/movies/${entry.id}`,
    );
  }
  lines.push(`CATEGORIES:${entry.kind === "episode" ? "TV" : "Movies"}`, "END:VEVENT");
  return lines;
}

export function renderICal(entries: CalendarEntry[], baseUrl: string, now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Mydia//Calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Mydia",
    ...entries.flatMap((e) => event(e, baseUrl, now)),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

export const calendarFeedQuery = z.object({
  apikey: z.string().min(1, "add ?apikey= (Profile → API keys)"),
  pastDays: z.coerce.number().int().min(0).max(365).default(7),
  futureDays: z.coerce.number().int().min(0).max(365).default(28),
  unmonitored: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

/** The iCal feed for calendar apps, which can only send the key in the URL. */
export async function calendarFeed(query: unknown, baseUrl: string, now = new Date()): Promise<string> {
  const q = parseInput(calendarFeedQuery, query);
  if (!(await verifyApiKey(q.apikey))) throw new UnauthorizedError("Invalid or revoked API key");
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const entries = await calendarBetween(
    new Date(today - q.pastDays * DAY),
    new Date(today + (q.futureDays + 1) * DAY),
    !q.unmonitored,
  );
  return renderICal(entries, baseUrl, now);
}
