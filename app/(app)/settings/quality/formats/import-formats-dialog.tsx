"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { importFormatsForm } from "@/lib/quality/format.input";
import { importFormatsAction } from "../actions";
import { FormatJsonField } from "./format-json-field";
import { JsonDialogFrame } from "./json-dialog-frame";

type Values = z.input<typeof importFormatsForm>;

/** Import one format or a list, as Radarr or Sonarr export them or the TRaSH guides share them. */
export function ImportFormatsDialog({ onClose }: { onClose: () => void }) {
  const form = useForm({ resolver: zodResolver(importFormatsForm), defaultValues: { json: "", replace: false } });
  const onSubmit = useActionSubmit(form, importFormatsAction, ({ created, updated, skipped }) => {
    toast.success(
      `Imported: ${created} new, ${updated} replaced${skipped.length ? `, ${skipped.length} skipped (same name)` : ""}`,
    );
    onClose();
  });
  return (
    <JsonDialogFrame
      title="Import custom formats"
      description="Paste one format or a list, as exported by Radarr or Sonarr or copied from the TRaSH guides."
      formId="import-formats-form"
      pending={form.formState.isSubmitting}
      onClose={onClose}
    >
      <FormProvider {...form}>
        <form id="import-formats-form" className="grid gap-3" onSubmit={onSubmit} noValidate>
          <FormAlert />
          <FormatJsonField />
          <CheckboxField<Values> name="replace" id="replace" label="Replace formats with the same name" />
        </form>
      </FormProvider>
    </JsonDialogFrame>
  );
}
