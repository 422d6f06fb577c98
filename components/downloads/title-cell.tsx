import Link from "next/link";
import { Poster } from "@/components/catalog/poster";
import { cn } from "@/components/ui/utils";
import type { TitleSubject } from "@/lib/downloads/lifecycle/title-subject";

const pad = (n: number) => String(n).padStart(2, "0");

/** "S01E02", "S01E02–E04", "S01E02 S02E01": the episodes of a download. */
export function episodeCodes(episodes: { seasonNumber: number; episodeNumber: number }[]): string {
  if (episodes.length === 0) return "";
  const first = episodes[0];
  const last = episodes[episodes.length - 1];
  const oneSeason = episodes.every((e) => e.seasonNumber === first.seasonNumber);
  const contiguous = episodes.every((e, i) => e.episodeNumber === first.episodeNumber + i);
  if (episodes.length > 1 && oneSeason && contiguous)
    return `S${pad(first.seasonNumber)}E${pad(first.episodeNumber)}–E${pad(last.episodeNumber)}`;
  return episodes.map((e) => `S${pad(e.seasonNumber)}E${pad(e.episodeNumber)}`).join(" ");
}

/** The title's name as one line: "Heat (1995)", "The Office S02E03 · The Dundies". */
export function subjectLabel(subject: NonNullable<TitleSubject>): string {
  if (subject.kind === "movie") return subject.year ? `${subject.title} (${subject.year})` : subject.title;
  const codes = episodeCodes(subject.episodes);
  const one = subject.episodes.length === 1 ? subject.episodes[0].title : null;
  return [subject.title, codes].filter(Boolean).join(" ") + (one ? ` · ${one}` : "");
}

export const subjectHref = (subject: NonNullable<TitleSubject>) =>
  subject.kind === "movie" ? `/movies/${subject.id}` : `/tv/${subject.id}`;

/**
 * A queue or history row's title: a small poster from the local image cache, the title (movie with
 * year, series with SxxEyy and the episode's title) linking to its page, and the release name under it.
 */
export function TitleCell({
  subject,
  release,
  className,
}: {
  subject: TitleSubject;
  release: string;
  className?: string;
}) {
  if (!subject)
    return (
      <p className={cn("[overflow-wrap:anywhere] font-medium", className)} title={release}>
        {release}
      </p>
    );
  const label = subjectLabel(subject);
  return (
    <div className={cn("flex min-w-0 items-start gap-3", className)} data-testid="title-cell">
      <Poster
        path={subject.posterPath}
        title={subject.title}
        kind={subject.kind === "movie" ? "movie" : "tv"}
        width={92}
        className="w-10 shrink-0 rounded-md [&_span]:hidden [&_svg]:size-4"
      />
      <div className="min-w-0">
        <Link
          href={subjectHref(subject)}
          prefetch={false}
          className="[overflow-wrap:anywhere] font-medium underline-offset-4 hover:underline focus-visible:underline"
        >
          {label}
        </Link>
        <p className="text-xs [overflow-wrap:anywhere] text-muted-foreground" title={release}>
          {release}
        </p>
      </div>
    </div>
  );
}
