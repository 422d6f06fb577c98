"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import {
  EpisodeChecklist,
  TitleList,
  toggled,
  useCatalogSearch,
  type TitleKind as Kind,
} from "@/components/catalog/title-picker";
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
import { changeMatchAction, seriesEpisodesAction, type EpisodeChoice } from "./actions";
import { focusBack, type RowDialogProps } from "./row-dialog";

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
      <TitleList
        name={`${id}-target`}
        kind={kind}
        items={search.items}
        error={search.error}
        picked={picked}
        onPick={pick}
        emptyHint="then change the match."
      />
      {kind === "series" && picked && episodes && (
        <EpisodeChecklist
          id={id}
          episodes={episodes}
          season={season}
          onSeason={setSeason}
          checked={checked}
          onToggle={(episodeId, on) => setChecked(toggled(episodeId, on))}
        />
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
