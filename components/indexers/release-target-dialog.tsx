"use client";

import { LoaderCircle, TriangleAlert } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { releaseTargetAction, seriesEpisodesAction, type EpisodeChoice } from "@/app/(app)/activity/actions";
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
import type { InteractiveRelease, ReleaseTarget } from "@/lib/automation";
import type { GrabOutcome } from "./grab-button";
import { grabRelease } from "./grab-release";

/**
 * Asks what a free-text search result is for before grabbing it: the movie, or the series and
 * episodes its name points at are picked already (the server's proposal); the user confirms or
 * picks others. Reasons the quality profile rejects it for that pick are shown, and the grab then
 * says the user overrode them.
 */
export function ReleaseTargetDialog({
  release,
  onDone,
}: {
  release: InteractiveRelease;
  onDone: (outcome: GrabOutcome) => void;
}) {
  const [proposal, setProposal] = useState<ReleaseTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void releaseTargetAction(release.id).then((result) => {
      if (!current) return;
      if (result.ok) setProposal(result.data);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [release.id]);

  return (
    <Dialog open onOpenChange={(open) => !open && onDone("failed")}>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>What is this release for?</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">{release.title}</DialogDescription>
        </DialogHeader>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {!proposal && !error && (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <LoaderCircle className="size-4 animate-spin" aria-hidden /> Matching the name to your catalog…
          </p>
        )}
        {proposal && <TargetForm release={release} proposal={proposal} onDone={onDone} />}
      </DialogContent>
    </Dialog>
  );
}

function TargetForm({
  release,
  proposal,
  onDone,
}: {
  release: InteractiveRelease;
  proposal: ReleaseTarget;
  onDone: (outcome: GrabOutcome) => void;
}) {
  const id = useId();
  const initialKind: Kind = proposal.kind ?? (release.parsed.kind === "movie" ? "movie" : "series");
  const [kind, setKind] = useState<Kind>(initialKind);
  const [text, setText] = useState(proposal.kind ? "" : (release.parsed.title ?? ""));
  // The proposal for the current pick: episodes the name covers there, and the profile's reasons to reject it.
  const [judged, setJudged] = useState<ReleaseTarget>(proposal);
  const proposed = proposal.movieId ?? proposal.seriesId;
  const [picked, setPicked] = useState<string | null>(proposed);
  // The pick the last proposal was asked for: an older answer arriving late is dropped.
  const latest = useRef<string | null>(proposed);
  const [episodes, setEpisodes] = useState<EpisodeChoice[] | null>(null);
  const [season, setSeason] = useState<number | null>(null);
  const [checked, setChecked] = useState<Set<string>>(() => new Set(proposal.episodeIds));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const search = useCatalogSearch(kind, text);
  // The proposed title leads the list even when the filter's first page does not hold it.
  const items = useMemo(() => {
    const list = search.items ?? [];
    const lead = proposal.item && kind === proposal.kind && !list.some((i) => i.id === proposal.item!.id);
    return lead ? [proposal.item!, ...list] : list;
  }, [search.items, proposal, kind]);

  useEffect(() => {
    if (kind !== "series" || !picked) return setEpisodes(null);
    let current = true;
    void seriesEpisodesAction(picked).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error);
      setEpisodes(result.data);
    });
    return () => {
      current = false;
    };
  }, [kind, picked]);

  // The season shown: the one of the covered episodes, else the one the name gives, else the first regular season.
  useEffect(() => {
    if (!episodes) return;
    const first =
      episodes.find((e) => judged.episodeIds.includes(e.id)) ??
      episodes.find((e) => e.seasonNumber === judged.season) ??
      episodes.find((e) => e.seasonNumber > 0) ??
      episodes[0];
    setSeason(first?.seasonNumber ?? null);
  }, [episodes, judged]);

  const canGrab = kind === "movie" ? Boolean(picked) : checked.size > 0;
  const sameAsJudged = kind === "movie" ? judged.movieId === picked : judged.seriesId === picked;
  const rejections = sameAsJudged ? judged.rejections : [];

  // Back on the proposal's kind, its pick returns; the other kind starts from the name's title.
  function switchKind(next: Kind) {
    const back = next === proposal.kind;
    latest.current = back ? proposed : null;
    setKind(next);
    setJudged(proposal);
    setPicked(back ? proposed : null);
    setChecked(new Set(back ? proposal.episodeIds : []));
    setText(back ? "" : (release.parsed.title ?? ""));
  }

  function pick(value: string) {
    if (value === picked) return;
    latest.current = value;
    setPicked(value);
    setChecked(new Set());
    setError(null);
    void releaseTargetAction(release.id, kind === "movie" ? { movieId: value } : { seriesId: value }).then((result) => {
      if (latest.current !== value) return;
      if (!result.ok) return setError(result.error);
      setJudged(result.data);
      if (kind === "series") setChecked(new Set(result.data.episodeIds));
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    start(async () => {
      const target = kind === "movie" ? { movieId: picked! } : { episodeIds: [...checked] };
      const outcome = await grabRelease(release, target, rejections.length > 0);
      if (outcome === "grabbed") onDone(outcome);
    });
  }

  return (
    <form onSubmit={submit} className="grid min-w-0 gap-4">
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {!proposal.kind && (
        <p className="text-sm text-muted-foreground">
          The name matches nothing in your catalog: pick the {initialKind === "movie" ? "movie" : "series"} it is for.
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
        items={search.items && items}
        error={search.error}
        picked={picked}
        onPick={pick}
        emptyHint="then grab the release again."
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
      {rejections.length > 0 && (
        <div className="rounded-md border border-destructive/40 p-3 text-sm" role="note">
          <p className="mb-1 flex items-center gap-1.5 font-medium">
            <TriangleAlert className="size-4 text-destructive" aria-hidden /> The quality profile rejects it because:
          </p>
          <ul className="list-disc space-y-1 pl-5" aria-label="Why it was rejected">
            {rejections.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p className="mt-2 text-muted-foreground">
            Grabbing it anyway may replace a better file on disk; History will record it as your choice.
          </p>
        </div>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={() => onDone("failed")}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending || !canGrab}>
          {pending && <LoaderCircle className="animate-spin" aria-hidden />}
          {rejections.length > 0 ? "Grab anyway" : "Grab"}
        </Button>
      </DialogFooter>
    </form>
  );
}
