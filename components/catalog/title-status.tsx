import { BookmarkX, CalendarClock, CircleAlert, CircleCheck, CircleDashed, Download, Radio } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/utils";
import type { EpisodeState, MovieState, Progress, ProgressKind } from "@/lib/catalog/title-status";

type AnyState = EpisodeState | MovieState;

/** Label, icon and tints of each state: text and icon carry the meaning, colour only repeats it. */
export const stateStyles: Record<
  AnyState,
  { label: string; icon: LucideIcon; chip: string; bar: string; tone: string }
> = {
  downloaded: {
    label: "Downloaded",
    icon: CircleCheck,
    chip: "border-success/40 bg-success/10 text-success",
    bar: "bg-success",
    tone: "text-success",
  },
  downloading: {
    label: "Downloading",
    icon: Download,
    chip: "border-violet-500/40 bg-violet-500/10 text-violet-700 dark:text-violet-300",
    bar: "bg-violet-500",
    tone: "text-violet-700 dark:text-violet-300",
  },
  airing: {
    label: "Airing today",
    icon: Radio,
    chip: "border-warning/50 bg-warning/15 text-warning-foreground dark:text-warning",
    bar: "bg-warning",
    tone: "text-warning-foreground dark:text-warning",
  },
  missing: {
    label: "Missing",
    icon: CircleAlert,
    chip: "border-destructive/40 bg-destructive/10 text-destructive dark:text-red-400",
    bar: "bg-destructive",
    tone: "text-destructive dark:text-red-400",
  },
  unaired: {
    label: "Unaired",
    icon: CalendarClock,
    chip: "border-info/40 bg-info/10 text-info",
    bar: "bg-info",
    tone: "text-info",
  },
  unreleased: {
    label: "Not released",
    icon: CalendarClock,
    chip: "border-info/40 bg-info/10 text-info",
    bar: "bg-info",
    tone: "text-info",
  },
  unmonitored: {
    label: "Unmonitored",
    icon: BookmarkX,
    chip: "border-border bg-muted text-muted-foreground",
    bar: "bg-muted-foreground/50",
    tone: "text-muted-foreground",
  },
};

export const progressStyles: Record<ProgressKind, { label: string; bar: string; icon: LucideIcon }> = {
  complete: { label: "All downloaded, ended", bar: "bg-success", icon: CircleCheck },
  continuing: { label: "All downloaded, continuing", bar: "bg-info", icon: CircleCheck },
  missing: { label: "Missing monitored episodes", bar: "bg-destructive", icon: CircleAlert },
  unmonitored: { label: "Missing, unmonitored", bar: "bg-warning", icon: CircleDashed },
  downloading: { label: "Downloading", bar: "bg-violet-500", icon: Download },
};

/** A state as a small chip: icon and words, tinted. */
export function StateChip({ state, className, label }: { state: AnyState; className?: string; label?: string }) {
  const style = stateStyles[state];
  const Icon = style.icon;
  return (
    <span
      data-state={state}
      className={cn(
        "inline-flex w-fit shrink-0 items-center gap-1 rounded-md border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap",
        style.chip,
        className,
      )}
    >
      <Icon className="size-3" aria-hidden />
      {label ?? style.label}
    </span>
  );
}

/** "3/10" with a Sonarr-style bar; the bar's colour is also said in its title and to screen readers. */
export function ProgressBar({
  progress,
  kind,
  className,
  showCount = true,
}: {
  progress: Pick<Progress, "files" | "wanted">;
  kind: ProgressKind;
  className?: string;
  showCount?: boolean;
}) {
  const { files, wanted } = progress;
  const percent = wanted === 0 ? (files > 0 ? 100 : 0) : Math.min(100, Math.round((files / wanted) * 100));
  const style = progressStyles[kind];
  const text = `${files}/${wanted}`;
  return (
    <span className={cn("flex min-w-0 items-center gap-2", className)} data-kind={kind} title={style.label}>
      <span
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={wanted}
        aria-valuenow={files}
        aria-valuetext={`${files} of ${wanted} episodes downloaded: ${style.label.toLowerCase()}`}
        className="relative h-1.5 min-w-8 flex-1 overflow-hidden rounded-full bg-muted-foreground/20"
      >
        <span className={cn("absolute inset-y-0 left-0 rounded-full", style.bar)} style={{ width: `${percent}%` }} />
      </span>
      {showCount && (
        <span className="shrink-0 text-xs font-medium tabular-nums" data-testid="progress-count">
          {text}
        </span>
      )}
    </span>
  );
}

/** The key to the colours, for the calendar. */
export function StateLegend({ states, className }: { states: AnyState[]; className?: string }) {
  return (
    <ul className={cn("flex flex-wrap gap-1.5", className)} aria-label="Legend">
      {states.map((state) => (
        <li key={state}>
          <StateChip state={state} />
        </li>
      ))}
    </ul>
  );
}
