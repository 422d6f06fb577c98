"use client";

import { useId, useState, useTransition } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { RunBulk } from "./bulk-action-bar";
import type { BulkKind } from "./selection";

export function BulkRemoveDialog({
  open,
  onOpenChange,
  kind,
  count,
  noun,
  run,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kind: BulkKind;
  count: number;
  noun: string;
  run: RunBulk;
}) {
  const [pending, start] = useTransition();
  const [deleteFiles, setDeleteFiles] = useState(false);
  const [addExclusion, setAddExclusion] = useState(false);
  const filesId = useId();
  const excludeId = useId();
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            Remove {count.toLocaleString("en")} {noun}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            They leave the catalog{kind === "series" ? " with their seasons and episodes" : ""}.
            {deleteFiles
              ? " Their files go to each library's recycle bin (restorable from Activity → Recycle bin)."
              : " Their files stay on disk and show as unmatched."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <div className="grid gap-3">
          <div className="flex items-center gap-2">
            <Switch id={filesId} checked={deleteFiles} onCheckedChange={setDeleteFiles} />
            <Label htmlFor={filesId}>Delete the files</Label>
          </div>
          <div className="flex items-center gap-2">
            <Switch id={excludeId} checked={addExclusion} onCheckedChange={setAddExclusion} />
            <Label htmlFor={excludeId}>Never add again (import exclusion)</Label>
          </div>
        </div>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep</AlertDialogCancel>
          <AlertDialogAction
            disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              start(async () => {
                if (
                  await run("remove", { deleteFiles, addExclusion }, (n) => `${n.toLocaleString("en")} ${noun} removed`)
                )
                  onOpenChange(false);
              });
            }}
          >
            {pending ? "Removing…" : "Remove"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
