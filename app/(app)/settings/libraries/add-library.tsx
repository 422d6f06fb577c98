"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { libraryFormInput } from "@/lib/library/library.input";
import { createLibraryAction } from "./actions";
import { FolderPicker } from "./folder-picker";
import { importModeOptions } from "./import-modes";

const addLibrarySchema = libraryFormInput.pick({ kind: true, name: true, path: true, importMode: true });
type AddLibraryValues = z.input<typeof addLibrarySchema>;

const defaults: AddLibraryValues = { kind: "movie", name: "Movies", path: "", importMode: "hardlink" };
const defaultNames: Record<AddLibraryValues["kind"], string> = { movie: "Movies", tv: "TV" };

export function AddLibrary() {
  const [open, setOpen] = useState(false);
  const form = useForm<AddLibraryValues, unknown, z.output<typeof addLibrarySchema>>({
    resolver: zodResolver(addLibrarySchema),
    defaultValues: defaults,
  });
  const submit = useActionSubmit(form, createLibraryAction, (_, values) => {
    setOpen(false);
    form.reset(defaults);
    toast.success(`${values.name} added: scan it to find what is already there`);
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="size-4" aria-hidden /> Add library
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Add a library</DialogTitle>
          <DialogDescription>
            Pick the folder that holds your movies or your series (one folder per title inside).
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form className="grid min-w-0 gap-4" noValidate onSubmit={(event) => void submit(event)}>
            <FormAlert />
            <div className="grid gap-4 sm:grid-cols-2">
              <NativeSelectField<AddLibraryValues>
                name="kind"
                id="library-kind"
                label="Kind"
                options={[
                  { value: "movie", label: "Movies" },
                  { value: "tv", label: "TV series" },
                ]}
                onPick={(kind) => {
                  // The suggested name follows the kind until the user names the library.
                  const name = form.getValues("name");
                  if (name === defaultNames.movie || name === defaultNames.tv)
                    form.setValue("name", defaultNames[kind as AddLibraryValues["kind"]]);
                }}
              />
              <TextField<AddLibraryValues> name="name" id="library-name" label="Name" />
            </div>
            <div className="grid gap-2">
              <TextField<AddLibraryValues>
                name="path"
                id="library-path"
                label="Folder"
                placeholder="/data/media/movies"
              />
              <FolderPicker
                value={form.watch("path")}
                onPick={(path) =>
                  form.setValue("path", path, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
                }
              />
            </div>
            <NativeSelectField<AddLibraryValues>
              name="importMode"
              id="library-import"
              label="Import mode"
              options={importModeOptions}
            />
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Adding…" : "Add library"}
            </Button>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
