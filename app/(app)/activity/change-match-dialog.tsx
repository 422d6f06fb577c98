"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import {
  EpisodeChecklist,
  TitleList,
  toggled,
  useCatalogSearch,
  type TitleKind as Kind,
} from "@/components/catalog/title-picker";
import { errorMessage } from "@/components/forms/error-message";
import { FieldError } from "@/components/forms/field-shell";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionSubmit } from "@/components/forms/use-action-submit";
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
import { matchInput, type MatchInput } from "@/lib/downloads/match.input";
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

const changeMatchSchema = z
  .object({
    kind: z.enum(["movie", "series"]),
    /** The movie, or while picking series the series (its checked episodes are the match). */
    picked: z.string().nullable(),
    episodeIds: z.array(z.string()),
  })
  .transform((v): MatchInput =>
    v.kind === "movie"
      ? { movieId: v.picked ?? undefined }
      : { episodeIds: v.episodeIds.length > 0 ? v.episodeIds : undefined },
  )
  .pipe(matchInput);
type ChangeMatchValues = z.input<typeof changeMatchSchema>;

/** Mounted with each opening (and kept while the queue refreshes), starting from the download's match. */
function ChangeMatchForm({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const id = useId();
  const form = useForm<ChangeMatchValues, unknown, z.output<typeof changeMatchSchema>>({
    resolver: zodResolver(changeMatchSchema),
    defaultValues: {
      kind: item.seriesId ? "series" : "movie",
      picked: item.movieId ?? item.seriesId,
      episodeIds: item.episodeIds,
    },
  });
  const [kind, picked, episodeIds] = form.watch(["kind", "picked", "episodeIds"]);
  const checked = useMemo(() => new Set(episodeIds), [episodeIds]);
  const [text, setText] = useState("");
  const [episodes, setEpisodes] = useState<EpisodeChoice[] | null>(null);
  const [season, setSeason] = useState<number | null>(null);
  const search = useCatalogSearch(kind, text);
  const initialEpisodes = useRef(item.episodeIds);
  const { errors } = form.formState;

  useEffect(() => {
    if (kind !== "series" || !picked) return setEpisodes(null);
    let current = true;
    void seriesEpisodesAction(picked).then((result) => {
      if (!current) return;
      if (!result.ok) return form.setError("root.server", { type: "server", message: result.error });
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
  }, [kind, picked, form]);

  const canSave = kind === "movie" ? Boolean(picked) : episodeIds.length > 0;

  function switchKind(next: Kind) {
    form.reset({ kind: next, picked: null, episodeIds: [] });
    setText("");
  }

  function pick(value: string) {
    if (value !== picked) form.setValue("episodeIds", []);
    form.setValue("picked", value);
  }

  const submit = useActionSubmit(
    form,
    (input) => changeMatchAction(item.id, input),
    () => {
      onDone();
      toast.success("Match changed: the import uses it from now on");
    },
    { alias: (name) => (name === "movieId" ? "picked" : name) },
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} className="grid min-w-0 gap-4" noValidate>
        <FormAlert />
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
        <FieldError message={errorMessage(errors.picked)} />
        {kind === "series" && picked && episodes && (
          <EpisodeChecklist
            id={id}
            episodes={episodes}
            season={season}
            onSeason={setSeason}
            checked={checked}
            onToggle={(episodeId, on) => form.setValue("episodeIds", [...toggled(episodeId, on)(checked)])}
          />
        )}
        <FieldError message={errorMessage(errors.episodeIds)} />
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting || !canSave}>
            Save match
          </Button>
        </DialogFooter>
      </form>
    </FormProvider>
  );
}
