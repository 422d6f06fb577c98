"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { showServerErrors } from "@/components/forms/server-errors";
import { TagsField } from "@/components/forms/tags-field";
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
import { addMovieAction, addSeriesAction } from "@/app/(app)/catalog-actions";
import { createLibraryAction } from "@/app/(app)/settings/libraries/actions";
import { labels, minimumAvailabilities, seriesMonitors } from "@/lib/catalog/catalog.types";
import { addFormSchema, type AddFormOutput, type AddFormValues } from "./add-form-schema";
import { NewLibraryFields } from "./new-library-fields";

export interface AddOptions {
  libraries: { id: string; name: string; path: string }[];
  profiles: { id: string; name: string }[];
  /** The viewer may create a library (admins): offered in the dialog when the kind has none. */
  canCreateLibrary: boolean;
}

const availabilityOptions = minimumAvailabilities.map((a) => ({ value: a, label: labels.minimumAvailability[a] }));
const monitorOptions = seriesMonitors.map((m) => ({ value: m, label: labels.seriesMonitor[m] }));

/** "Add" on a search result: library, quality profile, monitoring and search now. */
export function AddDialog({
  type,
  tmdbId,
  title,
  year,
  options,
}: {
  type: "movie" | "tv";
  tmdbId: number;
  title: string;
  year: number | null;
  options: AddOptions;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // No library of this kind yet: one is created with the title (its id kept if the add then fails).
  const needsLibrary = options.libraries.length === 0;
  const [created, setCreated] = useState<{ id: string; name: string; path: string } | null>(null);
  const form = useForm<AddFormValues, unknown, AddFormOutput>({
    resolver: zodResolver(addFormSchema),
    defaultValues: {
      libraryId: options.libraries[0]?.id ?? "",
      qualityProfileId: options.profiles[0]?.id ?? "",
      minimumAvailability: "released",
      monitor: "all",
      monitored: true,
      searchNow: false,
      tags: [],
      library:
        needsLibrary && options.canCreateLibrary ? { name: type === "movie" ? "Movies" : "TV", path: "" } : undefined,
    },
  });

  const libraryFor = async (values: AddFormOutput): Promise<string | null> => {
    if (!needsLibrary) return values.libraryId ?? null;
    if (created) return created.id;
    if (!values.library) return null;
    const { name, path } = values.library;
    const result = await createLibraryAction({ name, kind: type, path });
    if (!result.ok) {
      showServerErrors(form, result.fields ?? { form: result.error }, (field) => `library.${field}`);
      return null;
    }
    setCreated({ id: result.data.id, name, path });
    return result.data.id;
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const libraryId = await libraryFor(values);
    if (!libraryId) return;
    const { qualityProfileId, monitored, searchNow, tags } = values;
    const common = { tmdbId, libraryId, qualityProfileId, monitored, searchNow, tags };
    const result =
      type === "movie"
        ? await addMovieAction({ ...common, minimumAvailability: values.minimumAvailability })
        : await addSeriesAction({ ...common, monitor: values.monitor });
    // The message also heads the form: a field it names may not be shown (the library, when one was just created).
    if (!result.ok) return showServerErrors(form, { ...result.fields, form: result.error });
    toast.success(`${result.data.title} added`);
    setOpen(false);
    router.push(type === "movie" ? `/movies/${result.data.id}` : `/tv/${result.data.id}`);
  });
  const pending = form.formState.isSubmitting;

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" className="w-full" aria-label={`Add ${title}`}>
          <Plus aria-hidden /> Add
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>
            Add {title}
            {year ? ` (${year})` : ""}
          </DialogTitle>
          <DialogDescription>
            {type === "movie"
              ? "Choose where it goes and when it counts as available."
              : "Choose where it goes and which episodes to monitor."}
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id={`add-${type}-${tmdbId}`} onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormAlert />
            {needsLibrary && !created ? (
              <NewLibraryFields type={type} canCreate={options.canCreateLibrary} />
            ) : created ? (
              <p className="text-sm text-muted-foreground">
                Library: {created.name} ({created.path}), just added.
              </p>
            ) : (
              <NativeSelectField<AddFormValues>
                name="libraryId"
                id="add-library"
                label="Library"
                options={options.libraries.map((l) => ({ value: l.id, label: `${l.name} (${l.path})` }))}
              />
            )}
            <NativeSelectField<AddFormValues>
              name="qualityProfileId"
              id="add-profile"
              label="Quality profile"
              options={options.profiles.map((p) => ({ value: p.id, label: p.name }))}
            />
            {type === "movie" ? (
              <NativeSelectField<AddFormValues>
                name="minimumAvailability"
                id="add-availability"
                label="Available when"
                options={availabilityOptions}
              />
            ) : (
              <NativeSelectField<AddFormValues>
                name="monitor"
                id="add-monitor"
                label="Monitor"
                options={monitorOptions}
              />
            )}
            <TagsField<AddFormValues> name="tags" id="add-tags" label="Tags" />
            <CheckboxField<AddFormValues> name="monitored" id="add-monitored" label="Monitored" />
            <CheckboxField<AddFormValues> name="searchNow" id="add-search-now" label="Start searching for it now" />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button
            type="submit"
            form={`add-${type}-${tmdbId}`}
            disabled={pending || (needsLibrary && !options.canCreateLibrary)}
          >
            {pending ? "Adding…" : `Add ${type === "movie" ? "movie" : "series"}`}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
