"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { ListField } from "@/components/forms/list-field";
import { NumberField } from "@/components/forms/number-field";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
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
import type { DelayProfile } from "@/lib/quality";
import { delayProfileInput } from "@/lib/quality/delay-profile.input";
import { saveDelayProfileAction } from "../actions";

type Values = Omit<DelayProfile, "id">;

export const newDelayProfile: Values = {
  order: 0,
  enableUsenet: true,
  enableTorrent: true,
  preferredProtocol: "usenet",
  usenetDelayMinutes: 0,
  torrentDelayMinutes: 60,
  bypassIfHighestQuality: true,
  bypassIfAboveFormatScore: false,
  minimumFormatScore: 0,
  tags: [],
};

const protocols = [
  { value: "usenet", label: "Usenet" },
  { value: "torrent", label: "Torrent" },
] as const;

/** Add or edit a delay profile; the default one (no tags) applies to everything and has no tags field. */
export function DelayProfileDialog({
  id,
  profile,
  onClose,
}: {
  id: string | null;
  profile: Values;
  onClose: () => void;
}) {
  const form = useForm({ resolver: zodResolver(delayProfileInput), defaultValues: profile });
  const bypassScore = useWatch({ control: form.control, name: "bypassIfAboveFormatScore" });
  const onSubmit = useActionSubmit(
    form,
    (values) => saveDelayProfileAction(id, values),
    () => {
      toast.success("Delay profile saved");
      onClose();
    },
  );
  const isDefault = id !== null && profile.tags.length === 0;
  const pending = form.formState.isSubmitting;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{id ? "Edit delay profile" : "New delay profile"}</DialogTitle>
          <DialogDescription>
            Wait this long after a release appears before grabbing it, so that a better one, or one on the preferred
            protocol, can turn up.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id="delay-form" className="grid gap-4" onSubmit={onSubmit} noValidate>
            <FormAlert />
            <SwitchField<Values> name="enableUsenet" id="d-usenet" label="Usenet" layout="inline" />
            <SwitchField<Values> name="enableTorrent" id="d-torrent" label="Torrents" layout="inline" />
            <SelectField<Values> name="preferredProtocol" id="d-pref" label="Preferred protocol" options={protocols} />
            <div className="grid gap-4 sm:grid-cols-2">
              <NumberField<Values>
                name="usenetDelayMinutes"
                id="d-ud"
                label="Usenet delay (minutes)"
                inputMode="numeric"
                min={0}
              />
              <NumberField<Values>
                name="torrentDelayMinutes"
                id="d-td"
                label="Torrent delay (minutes)"
                inputMode="numeric"
                min={0}
              />
            </div>
            <SwitchField<Values>
              name="bypassIfHighestQuality"
              id="d-bq"
              label="No delay for the profile's best quality"
              layout="inline"
            />
            <SwitchField<Values>
              name="bypassIfAboveFormatScore"
              id="d-bs"
              label="No delay above a custom-format score"
              layout="inline"
            />
            {bypassScore && (
              <NumberField<Values> name="minimumFormatScore" id="d-score" label="Score" inputMode="numeric" />
            )}
            {!isDefault && (
              <ListField<Values>
                name="tags"
                id="d-tags"
                label="Tags (comma-separated)"
                help="Items with one of these tags use this profile; the rest use the default."
              />
            )}
          </form>
        </FormProvider>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="delay-form" disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
