import { assertCan, type Actor } from "@/lib/accounts";
import { fieldError, parseInput } from "@/lib/errors";
import { calendarEntries } from "./calendar.repo";
import { calendarDayQuery, calendarDaysQuery, calendarQuery, type CalendarEntry } from "./catalog.schemas";

const DAY = 86_400_000;
/** The API and the iCal feed list every entry of their window, up to this many. */
export const CALENDAR_LIST_LIMIT = 5000;

function rangeOf(q: { start: string; end: string }): { start: Date; end: Date } {
  const start = new Date(`${q.start}T00:00:00.000Z`);
  const end = new Date(new Date(`${q.end}T00:00:00.000Z`).getTime() + DAY);
  if (end <= start) throw fieldError("end", "must not be before start");
  if (end.getTime() - start.getTime() > 400 * DAY) throw fieldError("end", "must be at most 400 days after start");
  return { start, end };
}

/** Episodes' air dates and movies' release dates in [start, end] (days, UTC), oldest first. */
export async function calendar(actor: Actor, query: unknown): Promise<CalendarEntry[]> {
  assertCan(actor, "browse");
  const q = parseInput(calendarQuery, query);
  const { start, end } = rangeOf(q);
  return calendarBetween(start, end, q.monitoredOnly ?? false);
}

/** Every entry in [start, end), oldest first, up to CALENDAR_LIST_LIMIT. */
export async function calendarBetween(start: Date, end: Date, monitoredOnly: boolean): Promise<CalendarEntry[]> {
  return (await calendarEntries({ start, end, monitoredOnly, limit: CALENDAR_LIST_LIMIT })).entries;
}

export interface CalendarDays {
  /** At most `perDay` entries of each day, in the day's order. */
  entries: CalendarEntry[];
  /** How many entries each day (YYYY-MM-DD) with any holds in all. */
  dayTotals: Record<string, number>;
}

/** The calendar page's range: each day's first entries and its total, however busy the library. */
export async function calendarDays(actor: Actor, query: unknown): Promise<CalendarDays> {
  assertCan(actor, "browse");
  const q = parseInput(calendarDaysQuery, query);
  const { start, end } = rangeOf(q);
  const { entries, dayTotals } = await calendarEntries({
    start,
    end,
    monitoredOnly: q.monitoredOnly ?? false,
    perDay: { skip: 0, take: q.perDay },
  });
  return { entries, dayTotals: Object.fromEntries(dayTotals) };
}

/** One day's entries, a page at a time. */
export async function calendarDay(
  actor: Actor,
  query: unknown,
): Promise<{ entries: CalendarEntry[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "browse");
  const q = parseInput(calendarDayQuery, query);
  const start = new Date(`${q.date}T00:00:00.000Z`);
  const { entries, dayTotals } = await calendarEntries({
    start,
    end: new Date(start.getTime() + DAY),
    monitoredOnly: q.monitoredOnly ?? false,
    perDay: { skip: (q.page - 1) * q.pageSize, take: q.pageSize },
  });
  return { entries, total: dayTotals.get(q.date) ?? 0, page: q.page, pageSize: q.pageSize };
}
