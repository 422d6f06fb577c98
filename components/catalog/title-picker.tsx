"use client";

import { useEffect, useMemo, useState } from "react";
import { searchCatalogAction, type EpisodeChoice, type PickerItem } from "@/app/(app)/activity/actions";
import { NativeSelect } from "@/components/catalog/native-select";
import { Label } from "@/components/ui/label";

export type TitleKind = "movie" | "series";

const pad = (n: number) => String(n).padStart(2, "0");
const seasonLabel = (n: number) => (n === 0 ? "Specials" : `Season ${n}`);

/** Catalog titles matching a text, refreshed as the user types (debounced). */
export function useCatalogSearch(kind: TitleKind, text: string) {
  const [items, setItems] = useState<PickerItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () =>
        void searchCatalogAction(kind, text).then((result) => {
          if (!current) return;
          if (result.ok) {
            setItems(result.data);
            setError(null);
          } else setError(result.error);
        }),
      200,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, text]);
  return { items, error };
}

/** The catalog titles to pick one from (radio buttons), or what to do when none matches. */
export function TitleList({
  name,
  kind,
  items,
  error,
  picked,
  onPick,
  emptyHint,
}: {
  /** The radio group's name (unique on the page). */
  name: string;
  kind: TitleKind;
  /** null while the first answer is on its way. */
  items: PickerItem[] | null;
  error: string | null;
  picked: string | null;
  onPick: (id: string) => void;
  /** What to do next when nothing matches, after "Add the movie first (Movies or TV → Add),". */
  emptyHint: string;
}) {
  return (
    <fieldset className="grid min-w-0 gap-1">
      <legend className="sr-only">{kind === "movie" ? "Movie" : "Series"}</legend>
      {error && <p className="text-sm text-destructive">{error}</p>}
      {items?.length === 0 && (
        <p className="text-sm text-muted-foreground">
          Nothing in the catalog matches. Add the {kind === "movie" ? "movie" : "series"} first (Movies or TV → Add),{" "}
          {emptyHint}
        </p>
      )}
      <ul className="max-h-48 overflow-y-auto rounded-md border empty:hidden" aria-label="Catalog titles">
        {items?.map((entry) => (
          <li key={entry.id}>
            <label className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm hover:bg-muted has-[:checked]:bg-accent">
              <input
                type="radio"
                name={name}
                value={entry.id}
                checked={picked === entry.id}
                onChange={() => onPick(entry.id)}
                className="accent-primary"
              />
              <span className="min-w-0 truncate">
                {entry.title}
                {entry.year && <span className="text-muted-foreground"> ({entry.year})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** One season's episodes of a series as checkboxes, with a season switch and how many are picked (over all seasons). */
export function EpisodeChecklist({
  id,
  episodes,
  season,
  onSeason,
  checked,
  onToggle,
}: {
  id: string;
  episodes: EpisodeChoice[];
  season: number | null;
  onSeason: (season: number) => void;
  checked: ReadonlySet<string>;
  onToggle: (episodeId: string, on: boolean) => void;
}) {
  const seasons = useMemo(() => [...new Set(episodes.map((e) => e.seasonNumber))], [episodes]);
  const shown = episodes.filter((e) => e.seasonNumber === season);
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="grid gap-2">
          <Label htmlFor={`${id}-season`}>Season</Label>
          <NativeSelect id={`${id}-season`} value={season ?? ""} onChange={(e) => onSeason(Number(e.target.value))}>
            {seasons.map((s) => (
              <option key={s} value={s}>
                {seasonLabel(s)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <p className="text-xs text-muted-foreground" aria-live="polite">
          {checked.size} episode{checked.size === 1 ? "" : "s"} picked
        </p>
      </div>
      <fieldset className="min-w-0">
        <legend className="sr-only">Episodes</legend>
        <ul className="max-h-56 overflow-y-auto rounded-md border">
          {shown.map((e) => (
            <li key={e.id}>
              <label className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm hover:bg-muted">
                <input
                  type="checkbox"
                  checked={checked.has(e.id)}
                  onChange={(ev) => onToggle(e.id, ev.target.checked)}
                  className="accent-primary"
                />
                <span className="shrink-0 font-mono text-xs text-muted-foreground">
                  S{pad(e.seasonNumber)}E{pad(e.episodeNumber)}
                </span>
                <span className="min-w-0 truncate">{e.title ?? `Episode ${e.episodeNumber}`}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

/** Adds or removes one id of a set (state updater). */
export const toggled =
  (episodeId: string, on: boolean) =>
  (current: ReadonlySet<string>): Set<string> => {
    const next = new Set(current);
    if (on) next.add(episodeId);
    else next.delete(episodeId);
    return next;
  };
