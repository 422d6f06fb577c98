"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { LoaderCircle } from "lucide-react";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { releaseTargetAction } from "@/app/(app)/activity/actions";
import {
  EpisodeChecklist,
  TitleList,
  useCatalogSearch,
  type TitleKind as Kind,
} from "@/components/catalog/title-picker";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { InteractiveRelease, ReleaseTarget } from "@/lib/automation";
import type { GrabOutcome } from "./grab-button";
import { grabRelease } from "./grab-release";
import { RejectionsNote } from "./rejections-note";
import { releaseTargetFormSchema, type ReleaseTargetValues } from "./release-target-schema";
import { useSeriesEpisodes } from "./use-series-episodes";

/** The pick of the release target dialog: kind, title, episodes; the server's proposal is picked first. */
export function ReleaseTargetForm({
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
  const proposed = proposal.movieId ?? proposal.seriesId;
  const startFrom = (kind: Kind): ReleaseTargetValues => {
    const back = kind === proposal.kind;
    return {
      kind,
      filter: back ? "" : (release.parsed.title ?? ""),
      picked: back ? proposed : null,
      episodeIds: back ? proposal.episodeIds : [],
    };
  };
  const form = useForm({ resolver: zodResolver(releaseTargetFormSchema), defaultValues: startFrom(initialKind) });
  const [kind, filter, picked, episodeIds] = useWatch({
    control: form.control,
    name: ["kind", "filter", "picked", "episodeIds"],
  });
  // The proposal for the current pick: episodes the name covers there, and the profile's reasons to reject it.
  const [judged, setJudged] = useState<ReleaseTarget>(proposal);
  // The pick the last proposal was asked for: an older answer arriving late is dropped.
  const latest = useRef<string | null>(proposed);
  const { setError } = form;
  const showError = useCallback((message: string) => setError("root.server", { message }), [setError]);
  const { episodes, season, setSeason } = useSeriesEpisodes(kind === "series" ? picked : null, judged, showError);
  const checked = useMemo(() => new Set(episodeIds), [episodeIds]);
  const search = useCatalogSearch(kind, filter);
  // The proposed title leads the list even when the filter's first page does not hold it.
  const items = useMemo(() => {
    const list = search.items ?? [];
    const lead = proposal.item && kind === proposal.kind && !list.some((i) => i.id === proposal.item!.id);
    return lead ? [proposal.item!, ...list] : list;
  }, [search.items, proposal, kind]);

  const canGrab = kind === "movie" ? Boolean(picked) : episodeIds.length > 0;
  const sameAsJudged = kind === "movie" ? judged.movieId === picked : judged.seriesId === picked;
  const rejections = sameAsJudged ? judged.rejections : [];

  // Back on the proposal's kind, its pick returns; the other kind starts from the name's title.
  function switchKind(next: Kind) {
    const values = startFrom(next);
    latest.current = values.picked;
    setJudged(proposal);
    form.reset(values);
  }

  function pick(value: string) {
    if (value === picked) return;
    latest.current = value;
    form.setValue("picked", value);
    form.setValue("episodeIds", []);
    form.clearErrors();
    void releaseTargetAction(release.id, kind === "movie" ? { movieId: value } : { seriesId: value }).then((result) => {
      if (latest.current !== value) return;
      if (!result.ok) return showError(result.error);
      setJudged(result.data);
      if (kind === "series") form.setValue("episodeIds", result.data.episodeIds);
    });
  }

  const onSubmit = form.handleSubmit(async (values) => {
    const target = values.kind === "movie" ? { movieId: values.picked! } : { episodeIds: values.episodeIds };
    const outcome = await grabRelease(release, target, rejections.length > 0);
    if (outcome === "grabbed") onDone(outcome);
  });
  const pending = form.formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid min-w-0 gap-4">
        <FormAlert />
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
        <TextField<ReleaseTargetValues>
          name="filter"
          id={`${id}-filter`}
          label={kind === "movie" ? "Filter movies" : "Filter series"}
          placeholder="Title"
          autoComplete="off"
        />
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
            onToggle={(episodeId, on) =>
              form.setValue("episodeIds", on ? [...episodeIds, episodeId] : episodeIds.filter((e) => e !== episodeId), {
                shouldValidate: form.formState.isSubmitted,
              })
            }
          />
        )}
        {rejections.length > 0 && <RejectionsNote rejections={rejections} />}
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
    </FormProvider>
  );
}
