import Link from "next/link";
import { Clapperboard, Tv } from "lucide-react";
import { SearchButton } from "@/components/automation/search-button";
import { Badge } from "@/components/ui/badge";
import type { WantedItem } from "@/lib/automation";

const code = (i: WantedItem) =>
  `S${String(i.seasonNumber ?? 0).padStart(2, "0")}E${String(i.episodeNumber ?? 0).padStart(2, "0")}`;

function label(i: WantedItem): { primary: string; secondary: string } {
  if (i.kind === "movie") return { primary: i.title ?? "Untitled", secondary: i.year ? `Movie · ${i.year}` : "Movie" };
  return {
    primary: `${i.seriesTitle ?? "Series"} ${code(i)}`,
    secondary: [i.title, i.airDate ? `aired ${i.airDate}` : null].filter(Boolean).join(" · "),
  };
}

/** Rows of the Wanted page: each links to its movie or series; cutoff rows say what is held and what the profile wants. */
export function WantedList({ items, cutoff, canSearch }: { items: WantedItem[]; cutoff: boolean; canSearch: boolean }) {
  return (
    <ul className="divide-y rounded-xl border" aria-label={cutoff ? "Below the cutoff" : "Missing"}>
      {items.map((i) => {
        const { primary, secondary } = label(i);
        const Icon = i.kind === "movie" ? Clapperboard : Tv;
        return (
          <li
            key={`${i.kind}:${i.id}`}
            className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="flex min-w-0 items-start gap-3">
              <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
              <div className="min-w-0">
                <Link href={i.href} className="block truncate font-medium hover:underline">
                  {primary}
                </Link>
                {secondary && <p className="truncate text-sm text-muted-foreground">{secondary}</p>}
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-1 pl-7 sm:justify-end sm:pl-0">
              {cutoff && (
                <>
                  <Badge variant="outline" title="Quality of the file on disk, and the profile's cutoff">
                    {i.quality ?? "Unknown"} · cutoff {i.cutoff ?? "not set"}
                  </Badge>
                  {(i.cutoffFormatScore ?? 0) > 0 && (
                    <Badge variant="outline" title="Custom-format score of the file, and the profile's cutoff score">
                      score {i.formatScore ?? 0} / {i.cutoffFormatScore}
                    </Badge>
                  )}
                </>
              )}
              {canSearch && (
                <SearchButton
                  variant="ghost"
                  label="Search"
                  command={
                    i.kind === "movie"
                      ? { name: "MovieSearch", movieIds: [i.id] }
                      : { name: "EpisodeSearch", episodeIds: [i.id] }
                  }
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
