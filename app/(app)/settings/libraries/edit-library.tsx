"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { NumberField } from "@/components/forms/number-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
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
import type { Library } from "@/lib/library";
import { libraryFormInput } from "@/lib/library/library.input";
import { updateLibraryAction } from "./actions";
import { FolderPicker } from "./folder-picker";
import { importModeOptions } from "./import-modes";

const editLibrarySchema = libraryFormInput.pick({
  name: true,
  path: true,
  importMode: true,
  qualityProfileId: true,
  monitorNew: true,
  scanIntervalHours: true,
  recycleDays: true,
});
type EditLibraryValues = z.input<typeof editLibrarySchema>;
type EditLibraryOutput = z.output<typeof editLibrarySchema>;

const valuesOf = (l: Library): EditLibraryOutput => ({
  name: l.name,
  path: l.path,
  importMode: l.importMode,
  qualityProfileId: l.qualityProfileId,
  monitorNew: l.monitorNew,
  scanIntervalHours: l.scanIntervalHours,
  recycleDays: l.recycleDays,
});

/** The fields that differ from the library as stored: the update names only these. */
const changesOf = (library: Library, values: EditLibraryOutput): Partial<EditLibraryOutput> => {
  const before = valuesOf(library);
  return Object.fromEntries(
    Object.entries(values).filter(([key, value]) => before[key as keyof EditLibraryOutput] !== value),
  );
};

/** Every setting the Add library form (and the API) sets, changeable later; naming has its own form below. */
export function EditLibrary({ library, profiles }: { library: Library; profiles: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const form = useForm<EditLibraryValues, unknown, EditLibraryOutput>({
    resolver: zodResolver(editLibrarySchema),
    defaultValues: valuesOf(library),
  });
  const submit = useActionSubmit(
    form,
    async (values) => {
      const changes = changesOf(library, values);
      return Object.keys(changes).length === 0
        ? { ok: true as const, data: undefined }
        : await updateLibraryAction(library.id, changes);
    },
    (_, values) => {
      if (Object.keys(changesOf(library, values)).length > 0) toast.success(`${values.name} saved`);
      setOpen(false);
    },
  );
  const id = (name: string) => `library-${library.id}-${name}`;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          form.reset(valuesOf(library));
          setBrowsing(false);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          <Pencil className="size-4" aria-hidden /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Edit {library.name}</DialogTitle>
          <DialogDescription>
            A new folder re-points the library (for a moved disk or mount): the files are expected there already.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id={id("form")} className="grid min-w-0 gap-4" noValidate onSubmit={(event) => void submit(event)}>
            <FormAlert />
            <TextField<EditLibraryValues> name="name" id={id("name")} label="Name" />
            <div className="grid gap-2">
              <TextField<EditLibraryValues> name="path" id={id("path")} label="Folder" />
              {browsing ? (
                <FolderPicker
                  value={form.watch("path")}
                  onPick={(path) =>
                    form.setValue("path", path, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
                  }
                />
              ) : (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  className="justify-self-start"
                  onClick={() => setBrowsing(true)}
                >
                  Browse folders…
                </Button>
              )}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <NativeSelectField<EditLibraryValues>
                name="importMode"
                id={id("import")}
                label="Import mode"
                options={importModeOptions}
              />
              <NativeSelectField<EditLibraryValues>
                name="qualityProfileId"
                id={id("profile")}
                label="Default quality profile"
                options={profiles.map((p) => ({ value: p.id, label: p.name }))}
              />
              <NumberField<EditLibraryValues>
                name="scanIntervalHours"
                id={id("scan")}
                label="Scan every"
                unit="hours"
                help="0 scans only by hand."
                min={0}
                max={720}
              />
              <NumberField<EditLibraryValues>
                name="recycleDays"
                id={id("recycle")}
                label="Keep recycled files"
                unit="days"
                help="0 keeps them until emptied."
                min={0}
                max={365}
              />
            </div>
            <CheckboxField<EditLibraryValues> name="monitorNew" id={id("monitor")} label="Monitor titles a scan adds" />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button type="submit" form={id("form")} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : "Save"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
