"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { CheckListField } from "@/components/forms/check-list-field";
import { FormAlert } from "@/components/forms/form-alert";
import { LinesField } from "@/components/forms/lines-field";
import { ListField } from "@/components/forms/list-field";
import { SwitchField } from "@/components/forms/switch-field";
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
} from "@/components/ui/dialog";
import type { ReleaseProfile } from "@/lib/quality";
import { releaseProfileInput } from "@/lib/quality/release-profile.input";
import { saveReleaseProfileAction } from "../actions";

type Values = Omit<ReleaseProfile, "id">;

export const newReleaseProfile: Values = {
  name: "",
  enabled: true,
  required: [],
  ignored: [],
  indexerIds: [],
  tags: [],
};

/** Add or edit a release profile: the terms a release name must or must not contain. */
export function ReleaseProfileDialog({
  id,
  profile,
  indexers,
  onClose,
}: {
  /** null for a new profile. */
  id: string | null;
  profile: Values;
  indexers: { id: string; name: string }[];
  onClose: () => void;
}) {
  const form = useForm({ resolver: zodResolver(releaseProfileInput), defaultValues: profile });
  const onSubmit = useActionSubmit(
    form,
    (values) => saveReleaseProfileAction(id, values),
    (saved) => {
      toast.success(`Saved ${saved.name}`);
      onClose();
    },
  );
  const pending = form.formState.isSubmitting;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{id ? `Edit ${profile.name}` : "New release profile"}</DialogTitle>
          <DialogDescription>
            One term per line: plain text matches anywhere in the name (any case); /like this/i is a regular expression.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id="rp-form" className="grid gap-4" onSubmit={onSubmit} noValidate>
            <FormAlert />
            <TextField<Values> name="name" id="rp-name" label="Name" />
            <SwitchField<Values> name="enabled" id="rp-enabled" label="Enabled" layout="inline" />
            <LinesField<Values>
              name="required"
              id="rp-required"
              label="Must contain (at least one)"
              className="font-mono text-xs"
            />
            <LinesField<Values> name="ignored" id="rp-ignored" label="Must not contain" className="font-mono text-xs" />
            <ListField<Values> name="tags" id="rp-tags" label="Tags (comma-separated; empty: every movie and series)" />
            <CheckListField<Values>
              name="indexerIds"
              id="rp-ix"
              legend="Indexers (none ticked: all)"
              options={indexers.map((i) => ({ value: i.id, label: i.name }))}
              empty="No indexers yet."
            />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="rp-form" disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
