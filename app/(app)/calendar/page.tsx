import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/utils";
import {
  Agenda,
  CalendarGrid,
  dayKey,
  groupByDay,
  type CalendarItem,
  type DayTotals,
} from "@/components/catalog/calendar-views";
import { StateLegend } from "@/components/catalog/title-status";
import type { Actor } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { calendarDay, calendarDays, episodeState, type CalendarEntry } from "@/lib/catalog";
import { itemsWithActiveDownloads } from "@/lib/downloads";
import { episodesWithFiles, moviesWithFiles } from "@/lib/library";
import { getConfig } from "@/lib/config";
import { publicOrigin } from "@/lib/http-server";

export const metadata: Metadata = { title: "Calendar" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type View = "month" | "week" | "agenda" | "day";
const DAY = 86_400_000;
/** Entries loaded per day: the grid shows four, the agenda ten; "+N more" opens the day. */
const PER_DAY = { month: 4, week: 4, agenda: 10 } as const;
const DAY_PAGE_SIZE = 50;

const utcDay = (value: string | undefined): Date => {
  const parsed = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date();
  const date = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
};
const mondayOf = (date: Date) => new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);

function rangeOf(view: View, anchor: Date): { start: Date; end: Date; prev: Date; next: Date; title: string } {
  if (view === "day")
    return {
      start: anchor,
      end: anchor,
      prev: new Date(anchor.getTime() - DAY),
      next: new Date(anchor.getTime() + DAY),
      title: anchor.toLocaleDateString("en", {
        weekday: "long",
        month: "long",
        day: "numeric",
        year: "numeric",
        timeZone: "UTC",
      }),
    };
  if (view === "week") {
    const start = mondayOf(anchor);
    const end = new Date(start.getTime() + 6 * DAY);
    return {
      start,
      end,
      prev: new Date(start.getTime() - 7 * DAY),
      next: new Date(start.getTime() + 7 * DAY),
      title: `Week of ${start.toLocaleDateString("en", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" })}`,
    };
  }
  if (view === "agenda") {
    const end = new Date(anchor.getTime() + 29 * DAY);
    return {
      start: anchor,
      end,
      prev: new Date(anchor.getTime() - 30 * DAY),
      next: new Date(anchor.getTime() + 30 * DAY),
      title: `30 days from ${anchor.toLocaleDateString("en", { month: "long", day: "numeric", timeZone: "UTC" })}`,
    };
  }
  const first = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), 1));
  const last = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0));
  const start = mondayOf(first);
  const end = new Date(mondayOf(last).getTime() + 6 * DAY);
  return {
    start,
    end,
    prev: new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1, 1)),
    next: new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 1)),
    title: first.toLocaleDateString("en", { month: "long", year: "numeric", timeZone: "UTC" }),
  };
}

/** Each entry's state, from its files (lib/library) and downloads on their way (lib/downloads). */
async function withStates(actor: Actor, entries: CalendarEntry[], now = new Date()): Promise<CalendarItem[]> {
  const [episodeFiles, movieFiles, active] = await Promise.all([
    episodesWithFiles(
      actor,
      entries.flatMap((e) => (e.kind === "episode" ? [e.id] : [])),
    ),
    moviesWithFiles(
      actor,
      entries.flatMap((e) => (e.kind === "movie" ? [e.id] : [])),
    ),
    itemsWithActiveDownloads(),
  ]);
  return entries.map((entry): CalendarItem => {
    if (entry.kind === "episode")
      return {
        ...entry,
        state: episodeState(
          {
            monitored: entry.monitored,
            airDateUtc: entry.at,
            runtime: entry.runtime,
            hasFile: episodeFiles.has(entry.id),
            downloading: active.episodeIds.has(entry.id),
          },
          now,
        ),
      };
    const state = movieFiles.has(entry.id)
      ? "downloaded"
      : active.movieIds.has(entry.id)
        ? "downloading"
        : !entry.monitored
          ? "unmonitored"
          : new Date(entry.at) > now
            ? "unreleased"
            : "missing";
    return { ...entry, state };
  });
}

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("browse");
  const raw = await searchParams;
  const view: View = raw.view === "week" || raw.view === "agenda" || raw.view === "day" ? raw.view : "month";
  const monitoredOnly = raw.monitored === "true";
  const anchor = utcDay(typeof raw.date === "string" ? raw.date : undefined);
  const page = Math.min(10_000, Math.max(1, Number(raw.page) || 1));
  const range = rangeOf(view, anchor);
  const loaded =
    view === "day"
      ? await calendarDay(actor, { date: dayKey(anchor), monitoredOnly, page, pageSize: DAY_PAGE_SIZE }).then(
          (day) => ({
            entries: day.entries,
            dayTotals: { [dayKey(anchor)]: day.total },
          }),
        )
      : await calendarDays(actor, {
          start: dayKey(range.start),
          end: dayKey(range.end),
          monitoredOnly,
          perDay: PER_DAY[view],
        });
  const entries = groupByDay(await withStates(actor, loaded.entries));
  const days = Array.from(
    { length: Math.round((range.end.getTime() - range.start.getTime()) / DAY) + 1 },
    (_, i) => new Date(range.start.getTime() + i * DAY),
  );
  const href = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams({ view, date: dayKey(anchor), ...(monitoredOnly ? { monitored: "true" } : {}) });
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) params.delete(k);
      else params.set(k, v);
    }
    return `/calendar?${params}`;
  };
  const more: DayTotals = {
    totals: loaded.dayTotals,
    dayHref: (day) => href({ view: "day", date: day, page: undefined }),
  };
  const dayTotal = loaded.dayTotals[dayKey(anchor)] ?? 0;
  const dayPages = Math.max(1, Math.ceil(dayTotal / DAY_PAGE_SIZE));
  const config = getConfig();
  const origin = publicOrigin(await headers(), {
    baseUrl: config.BASE_URL,
    baseUrlConfigured: config.baseUrlConfigured,
  });
  const feedUrl = `${origin}/feed/calendar.ics?apikey=YOUR_API_KEY&pastDays=7&futureDays=28`;

  return (
    <>
      <LiveRefresh prefixes={["catalog."]} />
      <PageHeader title="Calendar" description="When episodes air and movies come out (dates in UTC)." />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1">
          <Button asChild variant="outline" size="icon-sm" aria-label="Previous">
            <Link href={href({ date: dayKey(range.prev), page: undefined })} prefetch={false}>
              <ChevronLeft aria-hidden />
            </Link>
          </Button>
          <Button asChild variant="outline" size="sm">
            <Link href={href({ date: dayKey(new Date()), page: undefined })} prefetch={false}>
              Today
            </Link>
          </Button>
          <Button asChild variant="outline" size="icon-sm" aria-label="Next">
            <Link href={href({ date: dayKey(range.next), page: undefined })} prefetch={false}>
              <ChevronRight aria-hidden />
            </Link>
          </Button>
        </div>
        <h2 className="mr-auto text-lg font-semibold tracking-tight" data-testid="calendar-title">
          {range.title}
        </h2>
        <div className="flex rounded-md border p-0.5">
          {(["month", "week", "agenda", "day"] as const).map((v) => (
            <Link
              key={v}
              href={href({ view: v, page: undefined })}
              prefetch={false}
              aria-current={v === view ? "page" : undefined}
              className={cn(
                "rounded px-2.5 py-1 text-sm capitalize",
                v === view ? "bg-muted font-medium" : "text-muted-foreground hover:text-foreground",
              )}
            >
              {v}
            </Link>
          ))}
        </div>
        <Link
          href={href({ monitored: monitoredOnly ? undefined : "true", page: undefined })}
          prefetch={false}
          className={cn(
            "rounded-md border px-2.5 py-1.5 text-sm",
            monitoredOnly && "border-primary bg-primary text-primary-foreground",
          )}
          aria-pressed={monitoredOnly}
        >
          Monitored only
        </Link>
      </div>
      <StateLegend
        states={["downloaded", "downloading", "airing", "missing", "unaired", "unreleased", "unmonitored"]}
        className="mb-3"
      />
      {view === "day" ? (
        <>
          <Agenda entries={entries} />
          {dayPages > 1 && (
            <nav aria-label="Pages of this day" className="mt-4 flex items-center justify-between gap-2 text-sm">
              <Button variant="outline" size="sm" asChild={page > 1} disabled={page <= 1}>
                {page > 1 ? (
                  <Link href={href({ page: String(page - 1) })} prefetch={false}>
                    Previous
                  </Link>
                ) : (
                  "Previous"
                )}
              </Button>
              <span className="text-muted-foreground" data-testid="calendar-day-page">
                Page {page} of {dayPages} ({dayTotal} entries)
              </span>
              <Button variant="outline" size="sm" asChild={page < dayPages} disabled={page >= dayPages}>
                {page < dayPages ? (
                  <Link href={href({ page: String(page + 1) })} prefetch={false}>
                    Next
                  </Link>
                ) : (
                  "Next"
                )}
              </Button>
            </nav>
          )}
        </>
      ) : view === "agenda" ? (
        <Agenda entries={entries} more={more} />
      ) : (
        <>
          <CalendarGrid
            days={days}
            entries={entries}
            month={view === "month" ? anchor.getUTCMonth() : undefined}
            more={more}
          />
          <Agenda entries={entries} more={more} className="sm:hidden" />
        </>
      )}
      <Card className="mt-6">
        <CardHeader>
          <CardTitle className="text-base">Subscribe in a calendar app</CardTitle>
          <CardDescription>
            Create an API key on your{" "}
            <Link className="underline underline-offset-4" href="/profile">
              profile
            </Link>{" "}
            and put it in this address. pastDays and futureDays set the window; add &amp;unmonitored=true to include
            unmonitored items.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <code className="block overflow-x-auto rounded-md bg-muted px-3 py-2 text-xs" data-testid="ical-url">
            {feedUrl}
          </code>
        </CardContent>
      </Card>
    </>
  );
}
