"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Import } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
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
import { prowlarrImportSchema } from "@/lib/indexers/prowlarr-import.input";
import { importProwlarrAction } from "./actions";

type Values = z.input<typeof prowlarrImportSchema>;
const empty: Values = { baseUrl: "", apiKey: "" };

/** One step: every enabled Prowlarr indexer becomes a Torznab/Newznab indexer through Prowlarr. */
export function ProwlarrImportDialog() {
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(prowlarrImportSchema), defaultValues: empty });
  const onSubmit = useActionSubmit(form, importProwlarrAction, ({ version, imported, skipped }) => {
    toast.success(
      `Imported ${imported.length} indexer(s) from Prowlarr ${version}${skipped.length ? `; skipped ${skipped.length}` : ""}`,
    );
    setOpen(false);
  });
  const pending = form.formState.isSubmitting;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Each opening starts empty: the key is not kept around after an import.
        if (next) form.reset(empty);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <Import aria-hidden /> Import from Prowlarr
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Import from Prowlarr</DialogTitle>
          <DialogDescription>
            Every enabled Prowlarr indexer is added as a Torznab or Newznab indexer that goes through Prowlarr, with its
            priority and categories. For Jackett, add a Torznab indexer with the URL
            http://jackett:9117/api/v2.0/indexers/all/results/torznab (or an indexer id instead of all).
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id="prowlarr-import" onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormAlert />
            <TextField<Values>
              name="baseUrl"
              id="prowlarr-url"
              label="Prowlarr URL"
              placeholder="http://prowlarr:9696"
              inputMode="url"
            />
            <TextField<Values> name="apiKey" id="prowlarr-key" label="API key" type="password" autoComplete="off" />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button type="submit" form="prowlarr-import" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
