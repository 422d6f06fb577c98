"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { CheckboxField } from "@/components/forms/checkbox-field";
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
import type { QueueItem, QueueRemovalInput } from "@/lib/downloads";
import { queueRemovalInput } from "@/lib/downloads/queue-removal.input";
import { removeFromQueueAction } from "./actions";
import { focusBack, type RowDialogProps } from "./row-dialog";

export function RemoveDialog({ item, open, onOpenChange, returnFocus }: RowDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={focusBack(returnFocus)}>
        <DialogHeader>
          <DialogTitle>Remove download</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">{item.title}</DialogDescription>
        </DialogHeader>
        <RemoveForm item={item} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** Mounted with each opening of the dialog, so every opening starts unticked. */
function RemoveForm({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const id = useId();
  const form = useForm({
    resolver: zodResolver(queueRemovalInput),
    defaultValues: { removeFromClient: false, blocklist: false },
  });
  const onSubmit = useActionSubmit(
    form,
    (options) => removeFromQueueAction(item.id, options),
    (_, { blocklist }) => {
      onDone();
      toast.success(blocklist ? "Removed and blocklisted" : "Removed from the queue");
    },
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormAlert />
        <CheckboxField<QueueRemovalInput>
          name="removeFromClient"
          id={`${id}-client`}
          label={`Remove from ${item.clientName}`}
          help="The download and its files are deleted in the client. Otherwise the client keeps it and Mydia stops watching it."
        />
        <CheckboxField<QueueRemovalInput>
          name="blocklist"
          id={`${id}-blocklist`}
          label="Add the release to the blocklist"
          help="Mydia will not grab this release again (manual and automatic searches)."
        />
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
            Remove
          </Button>
        </DialogFooter>
      </form>
    </FormProvider>
  );
}
