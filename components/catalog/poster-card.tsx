import Link from "next/link";
import { Bookmark, BookmarkX } from "lucide-react";
import { Poster } from "./poster";

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
}: {
  href: string;
  title: string;
  subtitle: string;
  posterPath: string | null;
  kind: "movie" | "tv";
  monitored: boolean;
  badge?: string;
  eager?: boolean;
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
