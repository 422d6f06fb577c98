"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
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
import { qualityProfileInput } from "@/lib/quality/profile.input";
import { saveProfileAction } from "../actions";
import { ProfileGeneralFields } from "./profile-general-fields";
import { ProfileItemsField } from "./profile-items-field";
import { ProfileScoreFields } from "./profile-score-fields";
import type { ProfileValues } from "./profile-values";

/** Add, copy or edit a quality profile: its qualities in order, the cutoff and the custom-format scores. */
export function ProfileDialog({
  id,
  profile,
  formats,
  onClose,
}: {
  /** null for a new profile (a copy of another). */
  id: string | null;
  profile: ProfileValues;
  formats: { id: string; name: string }[];
  onClose: () => void;
}) {
  const form = useForm({ resolver: zodResolver(qualityProfileInput), defaultValues: profile });
  const onSubmit = useActionSubmit(
    form,
    (values) => saveProfileAction(id, values),
    (saved) => {
      toast.success(`Saved ${saved.name}`);
      onClose();
    },
  );
  const pending = form.formState.isSubmitting;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[92dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{id ? `Edit ${profile.name}` : "New quality profile"}</DialogTitle>
          <DialogDescription>
            Qualities are listed best first: drag them (or Alt+↑/↓) to change the order, tick the ones you want.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id="profile-form" className="grid gap-5" onSubmit={onSubmit} noValidate>
            <FormAlert />
            <ProfileGeneralFields />
            <ProfileItemsField />
            <ProfileScoreFields formats={formats} />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="profile-form" disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
