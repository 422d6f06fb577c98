"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { formatJsonForm } from "@/lib/quality/format.input";
import { saveFormatAction } from "../actions";
import { FormatJsonField } from "./format-json-field";
import { JsonDialogFrame } from "./json-dialog-frame";

const TEMPLATE = JSON.stringify(
  {
    name: "x265 (HD)",
    includeCustomFormatWhenRenaming: false,
    specifications: [
      {
        name: "x265",
        implementation: "ReleaseTitleSpecification",
        negate: false,
        required: true,
        fields: { value: "[xh][ ._-]?265|\\bHEVC(\\b|\\d)" },
      },
      {
        name: "Not 2160p",
        implementation: "ResolutionSpecification",
        negate: true,
        required: true,
        fields: { value: 2160 },
      },
    ],
  },
  null,
  2,
);

/** Write or edit one custom format as Radarr/Sonarr/TRaSH JSON; a new one starts from an example. */
export function FormatDialog({
  format,
  onClose,
}: {
  /** null for a new format. */
  format: { id: string; name: string; json: string } | null;
  onClose: () => void;
}) {
  const form = useForm({ resolver: zodResolver(formatJsonForm), defaultValues: { json: format?.json ?? TEMPLATE } });
  const onSubmit = useActionSubmit(
    form,
    (values) => saveFormatAction(format?.id ?? null, values.json),
    (saved) => {
      toast.success(`Saved ${saved.name}`);
      onClose();
    },
  );
  return (
    <JsonDialogFrame
      title={format ? `Edit ${format.name}` : "New custom format"}
      description="One format in Radarr/Sonarr/TRaSH JSON: a name and its specifications."
      formId="format-form"
      pending={form.formState.isSubmitting}
      onClose={onClose}
    >
      <FormProvider {...form}>
        <form id="format-form" className="grid gap-3" onSubmit={onSubmit} noValidate>
          <FormAlert />
          <FormatJsonField />
        </form>
      </FormProvider>
    </JsonDialogFrame>
  );
}
