"use client";

import { ChevronDown, Inbox, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { createRequestAction } from "@/app/(app)/requests/actions";
import type { Requestable, RequestableEpisode } from "@/lib/requests/requestable.service";

type Picked = Record<number, Set<number>>;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}`);
  return body as T;
}

/** "Request" on a Discover or search result: a movie, or a series' seasons or episodes, with a note. */
export function RequestDialog({
  type,
  tmdbId,
  title,
  year,
}: {
  type: "movie" | "tv";
  tmdbId: number;
  title: string;
  year: number | null;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState<Requestable | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [whole, setWhole] = useState(false);
  const [seasons, setSeasons] = useState<Set<number>>(new Set());
  const [episodes, setEpisodes] = useState<Picked>({});
  const [episodeLists, setEpisodeLists] = useState<Record<number, RequestableEpisode[] | "loading" | string>>({});
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const mediaType = type === "movie" ? "movie" : "series";

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    setError(null);
    if (next && type === "tv" && !details)
      getJson<Requestable>(`/api/v1/requests/requestable/series/${tmdbId}`)
        .then(setDetails)
        .catch((e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  };

  const toggleSeason = (n: number, on: boolean) =>
    setSeasons((s) => {
      const next = new Set(s);
      if (on) next.add(n);
      else next.delete(n);
      return next;
    });

  const showEpisodes = (n: number) => {
    if (episodeLists[n]) return setEpisodeLists(({ [n]: _, ...rest }) => rest);
    setEpisodeLists((l) => ({ ...l, [n]: "loading" }));
    getJson<{ items: RequestableEpisode[] }>(`/api/v1/requests/requestable/series/${tmdbId}/seasons/${n}`)
      .then(({ items }) => setEpisodeLists((l) => ({ ...l, [n]: items })))
      .catch((e: unknown) => setEpisodeLists((l) => ({ ...l, [n]: e instanceof Error ? e.message : String(e) })));
  };

  const toggleEpisode = (season: number, episode: number, on: boolean) =>
    setEpisodes((p) => {
      const next = new Set(p[season] ?? []);
      if (on) next.add(episode);
      else next.delete(episode);
      return { ...p, [season]: next };
    });

  const pickedEpisodes = Object.entries(episodes).flatMap(([season, set]) =>
    seasons.has(Number(season)) ? [] : [...set].map((episode) => ({ season: Number(season), episode })),
  );
  const nothingPicked = type === "tv" && !whole && seasons.size === 0 && pickedEpisodes.length === 0;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await createRequestAction({
      mediaType,
      tmdbId,
      whole,
      seasons: whole ? [] : [...seasons],
      episodes: whole ? [] : pickedEpisodes,
      note: note.trim() || undefined,
    });
    setPending(false);
    if (!result.ok) return setError(result.error);
    toast.success(
      result.data.status === "pending" ? `${result.data.title} requested` : `${result.data.title} approved`,
    );
    setOpen(false);
    router.push("/requests");
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm" className="w-full" aria-label={`Request ${title}`}>
          <Inbox aria-hidden /> Request
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>
            Request {title}
            {year ? ` (${year})` : ""}
          </DialogTitle>
          <DialogDescription>
            {type === "movie"
              ? "An admin approves it, then it is downloaded for you."
              : "Choose the whole series, seasons or single episodes. What the library already has is not asked for again."}
          </DialogDescription>
        </DialogHeader>
        <form id={`request-${type}-${tmdbId}`} onSubmit={submit} className="grid gap-4">
          {error && (
            <p className="text-sm text-destructive" role="alert" data-testid="request-error">
              {error}
            </p>
          )}
          {type === "tv" &&
            (loadError ? (
              <p className="text-sm text-destructive" role="alert">
                {loadError}
              </p>
            ) : !details ? (
              <p className="flex items-center gap-2 text-sm text-muted-foreground">
                <Loader2 className="size-4 animate-spin" aria-hidden /> Loading seasons…
              </p>
            ) : (
              <fieldset className="grid gap-2">
                <legend className="mb-1 text-sm font-medium">What to request</legend>
                <label className="flex min-h-11 items-center gap-3 rounded-md border px-3">
                  <Checkbox checked={whole} onCheckedChange={(v) => setWhole(v === true)} aria-label="All seasons" />
                  <span className="text-sm">All seasons, and new ones as they come</span>
                </label>
                {!whole &&
                  details.seasons.map((s) => {
                    const list = episodeLists[s.seasonNumber];
                    return (
                      <div key={s.seasonNumber} className="rounded-md border">
                        <div className="flex min-h-11 items-center gap-3 px-3">
                          <Checkbox
                            id={`season-${tmdbId}-${s.seasonNumber}`}
                            checked={seasons.has(s.seasonNumber)}
                            onCheckedChange={(v) => toggleSeason(s.seasonNumber, v === true)}
                          />
                          <Label htmlFor={`season-${tmdbId}-${s.seasonNumber}`} className="flex-1 py-2 font-normal">
                            Season {s.seasonNumber}
                            {s.episodeCount ? (
                              <span className="text-muted-foreground"> · {s.episodeCount} episodes</span>
                            ) : null}
                          </Label>
                          {!seasons.has(s.seasonNumber) && (
                            <Button
                              type="button"
                              variant="ghost"
                              size="sm"
                              aria-expanded={!!list}
                              onClick={() => showEpisodes(s.seasonNumber)}
                            >
                              Episodes <ChevronDown aria-hidden className={list ? "rotate-180" : undefined} />
                            </Button>
                          )}
                        </div>
                        {list && !seasons.has(s.seasonNumber) && (
                          <div className="grid gap-1 border-t px-3 py-2">
                            {list === "loading" ? (
                              <p className="text-sm text-muted-foreground">Loading episodes…</p>
                            ) : typeof list === "string" ? (
                              <p className="text-sm text-destructive">{list}</p>
                            ) : (
                              list.map((e) => (
                                <label key={e.episodeNumber} className="flex min-h-9 items-center gap-3 text-sm">
                                  <Checkbox
                                    checked={episodes[s.seasonNumber]?.has(e.episodeNumber) ?? false}
                                    onCheckedChange={(v) => toggleEpisode(s.seasonNumber, e.episodeNumber, v === true)}
                                  />
                                  <span className="min-w-0 truncate">
                                    {e.episodeNumber}. {e.title ?? `Episode ${e.episodeNumber}`}
                                  </span>
                                </label>
                              ))
                            )}
                          </div>
                        )}
                      </div>
                    );
                  })}
              </fieldset>
            ))}
          <div className="grid gap-2">
            <Label htmlFor={`request-note-${tmdbId}`}>Note for the admin (optional)</Label>
            <Textarea
              id={`request-note-${tmdbId}`}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              placeholder="e.g. with German audio if possible"
            />
          </div>
        </form>
        <DialogFooter>
          <Button type="submit" form={`request-${type}-${tmdbId}`} disabled={pending || nothingPicked}>
            {pending ? "Requesting…" : "Send request"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
