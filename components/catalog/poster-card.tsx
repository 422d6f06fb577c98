import Link from "next/link";
import { Bookmark, BookmarkX } from "lucide-react";
import type { MovieState, Progress, ProgressKind } from "@/lib/catalog/title-status";
import { cn } from "@/components/ui/utils";
import { Poster } from "./poster";
import { ProgressBar, stateStyles } from "./title-status";

/** Status at a glance under a poster: a series' episode bar, or a movie's state. */
export type PosterStatus =
  | { kind: "series"; progress: Pick<Progress, "files" | "wanted">; bar: ProgressKind }
  | { kind: "movie"; state: MovieState };

/** One tile of the Movies/TV grid. */
export function PosterCard({
  href,
  title,
  subtitle,
  posterPath,
  kind,
  monitored,
  badge,
  eager,
  status,
}: {
  href: string;
  title: string;
  subtitle: string;
  posterPath: string | null;
  kind: "movie" | "tv";
  monitored: boolean;
  badge?: string;
  eager?: boolean;
  status?: PosterStatus;
}) {
  const MonitorIcon = monitored ? Bookmark : BookmarkX;
  return (
    <Link
      href={href}
      prefetch={false}
      className="group flex flex-col gap-2 rounded-lg focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      data-testid="poster-card"
    >
      <div className="relative">
        <Poster
          path={posterPath}
          title={title}
          kind={kind}
          width={342}
          eager={eager}
          className="transition-transform group-hover:-translate-y-0.5 group-hover:shadow-md"
        />
        <span
          className="absolute top-1.5 left-1.5 flex size-6 items-center justify-center rounded-full bg-background/85 text-foreground shadow-sm backdrop-blur"
          title={monitored ? "Monitored" : "Not monitored"}
        >
          <MonitorIcon className="size-3.5" aria-label={monitored ? "Monitored" : "Not monitored"} />
        </span>
        {badge && (
          <span className="absolute right-1.5 bottom-1.5 rounded bg-background/85 px-1.5 py-0.5 text-[11px] font-medium shadow-sm backdrop-blur">
            {badge}
          </span>
        )}
      </div>
      <div className="min-w-0 px-0.5">
        <p className="truncate text-sm font-medium" title={title}>
          {title}
        </p>
        <p className="truncate text-xs text-muted-foreground">{subtitle}</p>
        {status?.kind === "series" && <ProgressBar progress={status.progress} kind={status.bar} className="mt-1" />}
        {status?.kind === "movie" && <MovieStatusLine state={status.state} />}
      </div>
    </Link>
  );
}

export function PosterGrid({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-3 sm:grid-cols-4 sm:gap-4 md:grid-cols-5 lg:grid-cols-6 2xl:grid-cols-8">
      {children}
    </div>
  );
}

function MovieStatusLine({ state }: { state: MovieState }) {
  const style = stateStyles[state];
  const Icon = style.icon;
  return (
    <span className="mt-1 grid gap-1" data-state={state}>
      <span className={cn("h-1.5 rounded-full", style.bar)} aria-hidden />
      <span className="flex items-center gap-1 text-xs text-muted-foreground">
        <Icon className="size-3 shrink-0" aria-hidden />
        {style.label}
      </span>
    </span>
  );
}
