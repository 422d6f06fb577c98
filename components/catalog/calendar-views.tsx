import Link from "next/link";
import { Film, Tv } from "lucide-react";
import { cn } from "@/components/ui/utils";
import type { CalendarEntry } from "@/lib/catalog/catalog.schemas";
import type { EpisodeState, MovieState } from "@/lib/catalog/title-status";
import { stateStyles } from "./title-status";

/** A calendar entry with its state (downloaded, missing, airing, …), which colours it. */
export type CalendarItem = CalendarEntry & { state: EpisodeState | MovieState };

const releaseLabel = { inCinemas: "In cinemas", digital: "Digital", physical: "Physical" } as const;
const pad = (n: number) => String(n).padStart(2, "0");

export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

export function groupByDay(entries: CalendarItem[]): Map<string, CalendarItem[]> {
  const days = new Map<string, CalendarItem[]>();
  for (const entry of entries) {
    const key = entry.at.slice(0, 10);
    const day = days.get(key);
    if (day) day.push(entry);
    else days.set(key, [entry]);
  }
  return days;
}

function EntryChip({ entry, compact }: { entry: CalendarItem; compact?: boolean }) {
  const episode = entry.kind === "episode";
  const href = episode ? `/tv/${entry.seriesId}` : `/movies/${entry.id}`;
  const Icon = episode ? Tv : Film;
  const style = stateStyles[entry.state];
  const StateIcon = style.icon;
  return (
    <Link
      href={href}
      prefetch={false}
      data-testid="calendar-entry"
      data-state={entry.state}
      title={style.label}
      className={cn(
        "flex min-w-0 items-start gap-1.5 rounded-md border border-l-4 px-1.5 py-1 text-xs leading-tight hover:bg-muted",
        style.chip,
        "text-foreground dark:text-foreground",
      )}
    >
      <Icon className="mt-px size-3 shrink-0 text-muted-foreground" aria-hidden />
      <span className="min-w-0">
        <span className="block truncate font-medium">{episode ? entry.seriesTitle : entry.title}</span>
        {!compact && (
          <span className="block truncate text-muted-foreground">
            {episode
              ? `${entry.seasonNumber}x${pad(entry.episodeNumber)}${entry.title ? ` · ${entry.title}` : ""}`
              : releaseLabel[entry.release]}
          </span>
        )}
        <span className="sr-only"> · {style.label}</span>
      </span>
      <StateIcon className={cn("mt-px ml-auto size-3 shrink-0", style.tone)} aria-hidden />
    </Link>
  );
}

/** How many entries each day holds in all, and where to see all of a day's: the page loads only a few per day. */
export interface DayTotals {
  totals: Record<string, number>;
  dayHref: (day: string) => string;
}

function MoreLink({ day, shown, more }: { day: string; shown: number; more: DayTotals }) {
  const rest = (more.totals[day] ?? shown) - shown;
  if (rest <= 0) return null;
  return (
    <Link
      href={more.dayHref(day)}
      prefetch={false}
      data-testid="calendar-more"
      className="block px-1 text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
    >
      +{rest} more
    </Link>
  );
}

/** Days as a grid of weeks (Monday first): the month view and the week view. */
export function CalendarGrid({
  days,
  entries,
  month,
  more,
}: {
  days: Date[];
  entries: Map<string, CalendarItem[]>;
  month?: number;
  more: DayTotals;
}) {
  const today = dayKey(new Date());
  return (
    <div className="hidden overflow-hidden rounded-xl border sm:block">
      <div className="grid grid-cols-7 border-b bg-muted/50 text-xs font-medium text-muted-foreground">
        {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((d) => (
          <div key={d} className="px-2 py-1.5">
            {d}
          </div>
        ))}
      </div>
      <div className="grid grid-cols-7">
        {days.map((day) => {
          const key = dayKey(day);
          const items = entries.get(key) ?? [];
          return (
            <div
              key={key}
              className={cn(
                "min-h-28 border-r border-b p-1.5 [&:nth-child(7n)]:border-r-0",
                month !== undefined && day.getUTCMonth() !== month && "bg-muted/30",
              )}
            >
              <div
                className={cn(
                  "mb-1 inline-flex size-6 items-center justify-center rounded-full text-xs tabular-nums",
                  key === today && "bg-primary text-primary-foreground",
                )}
              >
                {day.getUTCDate()}
              </div>
              <div className="space-y-1">
                {items.map((entry) => (
                  <EntryChip
                    key={`${entry.kind}-${entry.id}-${entry.at}`}
                    entry={entry}
                    compact={month !== undefined}
                  />
                ))}
                <MoreLink day={key} shown={items.length} more={more} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A list by day: the agenda view, and the phone layout of every view. */
export function Agenda({
  entries,
  more,
  className,
}: {
  entries: Map<string, CalendarItem[]>;
  more?: DayTotals;
  className?: string;
}) {
  const days = [...entries.keys()].sort();
  if (!days.length)
    return <p className={cn("text-sm text-muted-foreground", className)}>Nothing airs or releases in this period.</p>;
  return (
    <ol className={cn("space-y-4", className)}>
      {days.map((key) => (
        <li key={key}>
          <h3 className="mb-2 text-sm font-semibold">
            {new Date(`${key}T00:00:00Z`).toLocaleDateString("en", {
              weekday: "long",
              month: "long",
              day: "numeric",
              timeZone: "UTC",
            })}
          </h3>
          <div className="grid gap-1.5 sm:grid-cols-2 lg:grid-cols-3">
            {entries.get(key)!.map((entry) => (
              <EntryChip key={`${entry.kind}-${entry.id}-${entry.at}`} entry={entry} />
            ))}
          </div>
          {more && <MoreLink day={key} shown={entries.get(key)!.length} more={more} />}
        </li>
      ))}
    </ol>
  );
}
