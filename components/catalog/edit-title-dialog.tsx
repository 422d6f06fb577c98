"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { Pencil } from "lucide-react";
import { updateMovieAction, updateSeriesAction } from "@/app/(app)/catalog-actions";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import {
  labels,
  minimumAvailabilities,
  seriesMonitors,
  seriesTypes,
  type MinimumAvailability,
  type SeriesMonitor,
  type SeriesType,
} from "@/lib/catalog/catalog.types";
import type { z } from "zod";
import { updateMovieInput, updateSeriesInput, type UpdateSeriesInput } from "@/lib/catalog/title.input";
import type { AddOptions } from "./add-dialog";
import { CommonTitleFields, useSaveChanges } from "./edit-title-fields";

interface Common {
  monitored: boolean;
  libraryId: string;
  qualityProfileId: string;
  tags: string[];
}
export type MovieEditValues = Common & { minimumAvailability: MinimumAvailability };
export type SeriesEditValues = Common & { monitor: SeriesMonitor; monitorNewSeasons: boolean; seriesType: SeriesType };

interface FormProps {
  id: string;
  title: string;
  options: AddOptions;
  tagSuggestions: string[];
  saved: () => void;
}
type UpdateSeriesChanges = z.output<typeof updateSeriesInput>;
type Props = Omit<FormProps, "saved"> &
  ({ kind: "movie"; values: MovieEditValues } | { kind: "series"; values: SeriesEditValues });

function SaveButton({ form, pending }: { form: string; pending: boolean }) {
  return (
    <DialogFooter>
      <Button type="submit" form={form} disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </DialogFooter>
  );
}

function MovieEditForm({ values, ...props }: FormProps & { values: MovieEditValues }) {
  const form = useForm({ resolver: zodResolver(updateMovieInput), defaultValues: values });
  const onSubmit = useSaveChanges(form, {
    ...props,
    stored: values,
    send: (patch) => updateMovieAction(props.id, patch),
  });
  return (
    <FormProvider {...form}>
      <form id="edit-movie-form" className="grid min-w-0 gap-4" onSubmit={onSubmit} noValidate>
        <FormAlert />
        <CheckboxField<MovieEditValues> name="monitored" id="edit-movie-monitored" label="Monitored" />
        <NativeSelectField<MovieEditValues>
          name="minimumAvailability"
          id="edit-movie-availability"
          label="Available when"
          options={minimumAvailabilities.map((a) => ({ value: a, label: labels.minimumAvailability[a] }))}
        />
        <CommonTitleFields
          kind="movie"
          storedLibraryId={values.libraryId}
          options={props.options}
          tagSuggestions={props.tagSuggestions}
        />
      </form>
      <SaveButton form="edit-movie-form" pending={form.formState.isSubmitting} />
    </FormProvider>
  );
}

function SeriesEditForm({ values, ...props }: FormProps & { values: SeriesEditValues }) {
  const form = useForm<UpdateSeriesInput, unknown, UpdateSeriesChanges>({
    resolver: zodResolver(updateSeriesInput),
    defaultValues: values,
  });
  const onSubmit = useSaveChanges(form, {
    ...props,
    stored: values,
    send: (patch) => updateSeriesAction(props.id, patch),
  });
  const monitor = useWatch({ control: form.control, name: "monitor" });
  return (
    <FormProvider {...form}>
      <form id="edit-series-form" className="grid min-w-0 gap-4" onSubmit={onSubmit} noValidate>
        <FormAlert />
        <CheckboxField<SeriesEditValues> name="monitored" id="edit-series-monitored" label="Monitored" />
        <NativeSelectField<SeriesEditValues>
          name="monitor"
          id="edit-series-monitor"
          label="Monitor"
          options={seriesMonitors.map((m) => ({ value: m, label: labels.seriesMonitor[m] }))}
          help={monitor !== values.monitor && "A new mode is applied to every season and episode."}
        />
        <CheckboxField<SeriesEditValues>
          name="monitorNewSeasons"
          id="edit-series-monitor-new"
          label="Monitor new seasons"
        />
        <NativeSelectField<SeriesEditValues>
          name="seriesType"
          id="edit-series-type"
          label="Series type"
          options={seriesTypes.map((t) => ({ value: t, label: labels.seriesType[t] }))}
        />
        <CommonTitleFields
          kind="series"
          storedLibraryId={values.libraryId}
          options={props.options}
          tagSuggestions={props.tagSuggestions}
        />
      </form>
      <SaveButton form="edit-series-form" pending={form.formState.isSubmitting} />
    </FormProvider>
  );
}

/** "Edit" on a title page: everything the Add dialog set, changeable later. A new library moves the files. */
export function EditTitleDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const saved = () => setOpen(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Pencil aria-hidden /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>Edit {props.title}</DialogTitle>
          <DialogDescription>Changes apply at once; a new library moves the files there.</DialogDescription>
        </DialogHeader>
        {/* The content mounts on each opening, so the form starts from the title as stored. */}
        {props.kind === "movie" ? (
          <MovieEditForm {...props} saved={saved} />
        ) : (
          <SeriesEditForm {...props} saved={saved} />
        )}
      </DialogContent>
    </Dialog>
  );
}
