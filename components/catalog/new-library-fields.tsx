"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { FolderPicker } from "@/app/(app)/settings/libraries/folder-picker";
import { TextField } from "@/components/forms/text-field";
import type { AddFormValues } from "./add-form-schema";

/**
 * The Add dialog's library choice when the kind has no library yet: name and folder of a new one
 * (the kind is the dialog's), fields `library.name` and `library.path` of the Add form. An admin
 * creates it together with the title; others are told who can.
 */
export function NewLibraryFields({ type, canCreate }: { type: "movie" | "tv"; canCreate: boolean }) {
  const form = useFormContext<AddFormValues>();
  const path = useWatch({ control: form.control, name: "library.path" }) ?? "";
  const noun = type === "movie" ? "movies" : "TV";
  if (!canCreate)
    return (
      <p role="alert" className="text-sm text-destructive">
        There is no {noun} library yet, and only an admin can add one. Ask an admin to add it in Settings → Libraries.
      </p>
    );
  return (
    <fieldset className="grid min-w-0 gap-3 rounded-md border p-3" data-testid="new-library">
      <legend className="px-1 text-sm font-medium">New {noun} library</legend>
      <p className="text-sm text-muted-foreground">
        There is no {noun} library yet. Pick the folder that holds your {type === "movie" ? "movies" : "series"} (one
        folder per title inside); it is created with this {type === "movie" ? "movie" : "series"}.
      </p>
      <TextField<AddFormValues> name="library.name" id="new-library-name" label="Library name" />
      <div className="grid min-w-0 gap-2">
        <TextField<AddFormValues>
          name="library.path"
          id="new-library-path"
          label="Folder"
          placeholder={type === "movie" ? "/data/media/movies" : "/data/media/tv"}
        />
        <FolderPicker
          value={path}
          onPick={(picked) =>
            form.setValue("library.path", picked, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
          }
        />
      </div>
    </fieldset>
  );
}
