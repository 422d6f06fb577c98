"use client";

import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import type { QueueItem } from "@/lib/downloads";
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
  const [removeFromClient, setRemoveFromClient] = useState(false);
  const [blocklist, setBlocklist] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    start(async () => {
      const result = await removeFromQueueAction(item.id, { removeFromClient, blocklist });
      if (!result.ok) return setError(result.error);
      onDone();
      toast.success(blocklist ? "Removed and blocklisted" : "Removed from the queue");
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-4">
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <div className="flex items-start gap-3">
        <Checkbox
          id={`${id}-client`}
          checked={removeFromClient}
          onCheckedChange={(v) => setRemoveFromClient(v === true)}
          className="mt-0.5"
        />
        <div className="grid gap-1">
          <Label htmlFor={`${id}-client`}>Remove from {item.clientName}</Label>
          <p className="text-xs text-muted-foreground">
            The download and its files are deleted in the client. Otherwise the client keeps it and Mydia stops watching
            it.
          </p>
        </div>
      </div>
      <div className="flex items-start gap-3">
        <Checkbox
          id={`${id}-blocklist`}
          checked={blocklist}
          onCheckedChange={(v) => setBlocklist(v === true)}
          className="mt-0.5"
        />
        <div className="grid gap-1">
          <Label htmlFor={`${id}-blocklist`}>Add the release to the blocklist</Label>
          <p className="text-xs text-muted-foreground">
            Mydia will not grab this release again (manual and automatic searches).
          </p>
        </div>
      </div>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={pending}>
          Remove
        </Button>
      </DialogFooter>
    </form>
  );
}
