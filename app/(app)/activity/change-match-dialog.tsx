"use client";

import { useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/catalog/native-select";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { QueueItem } from "@/lib/downloads";
import {
  changeMatchAction,
  searchCatalogAction,
  seriesEpisodesAction,
  type EpisodeChoice,
  type PickerItem,
} from "./actions";
import { focusBack, type RowDialogProps } from "./row-dialog";

type Kind = "movie" | "series";

const pad = (n: number) => String(n).padStart(2, "0");
const seasonLabel = (n: number) => (n === 0 ? "Specials" : `Season ${n}`);

/** Catalog titles matching a text, refreshed as the user types (debounced). */
function useCatalogSearch(kind: Kind, text: string) {
  const [items, setItems] = useState<PickerItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () =>
        void (async () => {
          const result = await searchCatalogAction(kind, text);
          if (!current) return;
          if (result.ok) {
            setItems(result.data);
            setError(null);
          } else setError(result.error);
        })(),
      200,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, text]);
  return { items, error };
}

/** Points a download at another movie, or at episodes of one series. */
export function ChangeMatchDialog({ item, open, onOpenChange, returnFocus }: RowDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={focusBack(returnFocus)} className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Change match</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">
            What is {item.title}? Pick the movie, or the series and its episodes.
          </DialogDescription>
        </DialogHeader>
        <ChangeMatchForm item={item} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** Mounted with each opening (and kept while the queue refreshes), starting from the download's match. */
function ChangeMatchForm({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>(item.seriesId ? "series" : "movie");
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<string | null>(item.movieId ?? item.seriesId);
  const [episodes, setEpisodes] = useState<EpisodeChoice[] | null>(null);
  const [season, setSeason] = useState<number | null>(null);
  const [checked, setChecked] = useState<Set<string>>(() => new Set(item.episodeIds));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const search = useCatalogSearch(kind, text);
  const initialEpisodes = useRef(item.episodeIds);

  useEffect(() => {
    if (kind !== "series" || !picked) return setEpisodes(null);
    let current = true;
    void seriesEpisodesAction(picked).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error);
      setEpisodes(result.data);
      const first =
        result.data.find((e) => initialEpisodes.current.includes(e.id)) ??
        result.data.find((e) => e.seasonNumber > 0) ??
        result.data[0];
      setSeason(first?.seasonNumber ?? null);
    });
    return () => {
      current = false;
    };
  }, [kind, picked]);

  const seasons = useMemo(() => [...new Set((episodes ?? []).map((e) => e.seasonNumber))], [episodes]);
  const shown = (episodes ?? []).filter((e) => e.seasonNumber === season);
  const canSave = kind === "movie" ? Boolean(picked) : checked.size > 0;

  function switchKind(next: Kind) {
    setKind(next);
    setPicked(null);
    setChecked(new Set());
    setText("");
  }

  function pick(value: string) {
    if (value !== picked) setChecked(new Set());
    setPicked(value);
  }

  function toggle(episodeId: string, on: boolean) {
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(episodeId);
      else next.delete(episodeId);
      return next;
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    start(async () => {
      const input = kind === "movie" ? { movieId: picked! } : { episodeIds: [...checked] };
      const result = await changeMatchAction(item.id, input);
      if (!result.ok) return setError(result.error);
      onDone();
      toast.success("Match changed: the import uses it from now on");
    });
  }

  return (
    <form onSubmit={submit} className="grid min-w-0 gap-4">
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Tabs value={kind} onValueChange={(v) => switchKind(v as Kind)}>
        <TabsList aria-label="Kind">
          <TabsTrigger value="movie">Movie</TabsTrigger>
          <TabsTrigger value="series">Series</TabsTrigger>
        </TabsList>
      </Tabs>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-filter`}>{kind === "movie" ? "Filter movies" : "Filter series"}</Label>
        <Input
          id={`${id}-filter`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Title"
          autoComplete="off"
        />
      </div>
      <fieldset className="grid min-w-0 gap-1">
        <legend className="sr-only">{kind === "movie" ? "Movie" : "Series"}</legend>
        {search.error && <p className="text-sm text-destructive">{search.error}</p>}
        {search.items?.length === 0 && (
          <p className="text-sm text-muted-foreground">
            Nothing in the catalog matches. Add the {kind === "movie" ? "movie" : "series"} first (Movies or TV → Add),
            then change the match.
          </p>
        )}
        <ul className="max-h-48 overflow-y-auto rounded-md border" aria-label="Catalog titles">
          {search.items?.map((entry) => (
            <li key={entry.id}>
              <label className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm hover:bg-muted has-[:checked]:bg-accent">
                <input
                  type="radio"
                  name={`${id}-target`}
                  value={entry.id}
                  checked={picked === entry.id}
                  onChange={() => pick(entry.id)}
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
      {kind === "series" && picked && episodes && (
        <div className="grid gap-2">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <div className="grid gap-2">
              <Label htmlFor={`${id}-season`}>Season</Label>
              <NativeSelect
                id={`${id}-season`}
                value={season ?? ""}
                onChange={(e) => setSeason(Number(e.target.value))}
              >
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
                      onChange={(ev) => toggle(e.id, ev.target.checked)}
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
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending || !canSave}>
          Save match
        </Button>
      </DialogFooter>
    </form>
  );
}
