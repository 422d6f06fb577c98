"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
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
import type { PathMapping } from "@/lib/library";
import { pathMappingInput } from "@/lib/library/path-mapping.input";
import { FolderPicker } from "../libraries/folder-picker";
import { savePathMappingAction } from "./path-mapping-actions";

type Values = z.input<typeof pathMappingInput>;

export function PathMappingDialog({ mapping }: { mapping?: PathMapping }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {mapping ? (
          <Button variant="ghost" size="sm" aria-label={`Edit the mapping of ${mapping.remotePath}`}>
            <Pencil className="size-4" />
          </Button>
        ) : (
          <Button variant="outline">
            <Plus className="size-4" aria-hidden /> Add mapping
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{mapping ? "Edit path mapping" : "Add a path mapping"}</DialogTitle>
          <DialogDescription>The longest matching remote path wins; the rest of the path is kept.</DialogDescription>
        </DialogHeader>
        <PathMappingForm mapping={mapping} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** Mounted with each opening of the dialog, starting from the stored mapping (or empty). */
function PathMappingForm({ mapping, onDone }: { mapping?: PathMapping; onDone: () => void }) {
  const form = useForm({
    resolver: zodResolver(pathMappingInput),
    defaultValues: { remotePath: mapping?.remotePath ?? "", localPath: mapping?.localPath ?? "" },
  });
  const localPath = useWatch({ control: form.control, name: "localPath" });
  const onSubmit = useActionSubmit(
    form,
    (values) => savePathMappingAction(mapping?.id ?? null, values),
    (saved) => {
      onDone();
      toast.success(mapping ? "Mapping saved" : `${saved.remotePath} now maps to ${saved.localPath}`);
    },
    // The server's reason (a folder outside LIBRARY_ALLOWED_ROOTS) says more than the field's note.
    { summary: true },
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormAlert />
        <TextField<Values>
          name="remotePath"
          id="pm-remote"
          label="Remote path"
          placeholder="/downloads or D:\Downloads"
          autoComplete="off"
          help="As the download client reports it (its save folder)."
        />
        <div className="grid gap-2">
          <TextField<Values>
            name="localPath"
            id="pm-local"
            label="Local path"
            placeholder="/mnt/data/downloads"
            autoComplete="off"
          />
          <FolderPicker
            value={localPath}
            onPick={(picked) => form.setValue("localPath", picked, { shouldValidate: form.formState.isSubmitted })}
          />
        </div>
        <DialogFooter>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {mapping ? "Save mapping" : "Add mapping"}
          </Button>
        </DialogFooter>
      </form>
    </FormProvider>
  );
}
