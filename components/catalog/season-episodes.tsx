"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Bookmark, BookmarkX } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Switch } from "@/components/ui/switch";
import { cn } from "@/components/ui/utils";
import { formatBytes } from "@/components/format";
import type { EpisodeState } from "@/lib/catalog/title-status";
import { StateChip } from "./title-status";
import {
  setEpisodeMonitoredAction,
  setEpisodesMonitoredAction,
  setSeasonMonitoredAction,
} from "@/app/(app)/catalog-actions";
import { InteractiveSearchDialog } from "@/components/indexers/interactive-search";
import { run } from "./item-actions";

export interface EpisodeRow {
  id: string;
  episodeNumber: number;
  absoluteNumber: number | null;
  title: string | null;
  airDate: string | null;
  runtime: number | null;
  monitored: boolean;
  removed: boolean;
  state: EpisodeState;
  /** The episode's video file, for those who may read the library. */
  file: { quality: string | null; size: number; languages: string[] } | null;
}

const episodeCode = (season: number, episode: number) =>
  `S${String(season).padStart(2, "0")}E${String(episode).padStart(2, "0")}`;

const dateOf = (day: string | null) =>
  day ? new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" }) : "TBA";

export function SeasonToggle({
  seriesId,
  seasonNumber,
  monitored,
  canEdit,
}: {
  seriesId: string;
  seasonNumber: number;
  monitored: boolean;
  canEdit: boolean;
}) {
  const [pending, start] = useTransition();
  const [value, setValue] = useState(monitored);
  const [seen, setSeen] = useState(monitored);
  if (seen !== monitored) {
    setSeen(monitored);
    setValue(monitored);
  }
  return (
    <Switch
      checked={value}
      disabled={!canEdit || pending}
      aria-label={`Monitor season ${seasonNumber}`}
      onClick={(event) => event.stopPropagation()}
      onCheckedChange={(next) => {
        setValue(next);
        start(async () => {
          if (!(await run(setSeasonMonitoredAction(seriesId, seasonNumber, next)))) setValue(!next);
        });
      }}
    />
  );
}

/**
 * Rows render once their season's <details> is first opened: a closed season costs no markup,
 * which keeps a 30-season page light.
 */
function useOpenedOnce(initiallyOpen: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(initiallyOpen);
  useEffect(() => {
    const details = ref.current?.closest("details");
    if (!details || opened) return;
    const onToggle = () => {
      if (details.open) setOpened(true);
    };
    onToggle();
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, [opened]);
  return { ref, opened };
}

/** Episode rows of one season, with their state, per-episode toggles and a bulk bar for the selected ones. */
export function SeasonEpisodes({
  seriesId,
  seasonNumber,
  episodes,
  canEdit,
  initiallyOpen = true,
}: {
  seriesId: string;
  seasonNumber: number;
  episodes: EpisodeRow[];
  canEdit: boolean;
  initiallyOpen?: boolean;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, start] = useTransition();
  const { ref, opened } = useOpenedOnce(initiallyOpen);
  if (!opened) return <div ref={ref} />;
  if (!episodes.length)
    return <p className="px-4 py-3 text-sm text-muted-foreground">TMDB lists no episodes for this season yet.</p>;
  const allSelected = selected.size === episodes.length;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const bulk = (monitored: boolean) =>
    start(async () => {
      if (await run(setEpisodesMonitoredAction(seriesId, [...selected], monitored))) {
        toast.success(
          `${selected.size} ${selected.size === 1 ? "episode" : "episodes"} ${monitored ? "monitored" : "unmonitored"}`,
        );
        setSelected(new Set());
      }
    });
  return (
    <div ref={ref}>
      {canEdit && (
        <div className="flex flex-wrap items-center gap-2 border-b px-4 py-2 text-sm">
          <Checkbox
            checked={allSelected ? true : selected.size ? "indeterminate" : false}
            onCheckedChange={() => setSelected(allSelected ? new Set() : new Set(episodes.map((e) => e.id)))}
            aria-label={`Select every episode of season ${seasonNumber}`}
          />
          <span className="text-muted-foreground">
            {selected.size ? `${selected.size} selected` : "Select episodes"}
          </span>
          {selected.size > 0 && (
            <span className="ml-auto flex gap-2">
              <Button size="sm" variant="outline" disabled={pending} onClick={() => bulk(true)}>
                <Bookmark aria-hidden /> Monitor
              </Button>
              <Button size="sm" variant="outline" disabled={pending} onClick={() => bulk(false)}>
                <BookmarkX aria-hidden /> Unmonitor
              </Button>
            </span>
          )}
        </div>
      )}
      <ul className="divide-y">
        {episodes.map((e) => (
          <li
            key={e.id}
            className={cn("flex items-center gap-3 px-4 py-2.5 text-sm", e.removed && "opacity-60")}
            data-testid="episode-row"
            data-state={e.state}
          >
            {canEdit && (
              <Checkbox
                checked={selected.has(e.id)}
                onCheckedChange={() => toggle(e.id)}
                aria-label={`Select episode ${e.episodeNumber}`}
              />
            )}
            <span className="w-8 shrink-0 text-muted-foreground tabular-nums">{e.episodeNumber}</span>
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{e.title ?? `Episode ${e.episodeNumber}`}</span>
              <span className="block text-xs text-muted-foreground">
                {dateOf(e.airDate)}
                {e.runtime ? ` · ${e.runtime} min` : ""}
                {e.removed ? " · no longer listed on TMDB" : ""}
              </span>
              <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
                <StateChip state={e.state} />
                {e.file && (
                  <span data-testid="episode-file">
                    {[e.file.quality ?? "Unknown quality", formatBytes(e.file.size), e.file.languages.join(", ")]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
              </span>
            </span>
            {canEdit && (
              <InteractiveSearchDialog
                subject={{ episodeId: e.id }}
                title={`${episodeCode(seasonNumber, e.episodeNumber)} · ${e.title ?? `Episode ${e.episodeNumber}`}`}
                label={`Search indexers for episode ${e.episodeNumber}`}
              />
            )}
            <EpisodeSwitch seriesId={seriesId} episode={e} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function EpisodeSwitch({ seriesId, episode, canEdit }: { seriesId: string; episode: EpisodeRow; canEdit: boolean }) {
  const [value, setValue] = useState(episode.monitored);
  const [pending, start] = useTransition();
  // A bulk action or a live refresh brings new props: follow them.
  const [seen, setSeen] = useState(episode.monitored);
  if (seen !== episode.monitored) {
    setSeen(episode.monitored);
    setValue(episode.monitored);
  }
  return (
    <Switch
      checked={value}
      disabled={!canEdit || pending}
      aria-label={`Monitor episode ${episode.episodeNumber}`}
      onCheckedChange={(next) => {
        setValue(next);
        start(async () => {
          if (!(await run(setEpisodeMonitoredAction(seriesId, episode.id, next)))) setValue(!next);
        });
      }}
    />
  );
}
