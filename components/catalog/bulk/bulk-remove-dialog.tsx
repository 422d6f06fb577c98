"use client";

import { useTransition } from "react";
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
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            Remove {count.toLocaleString("en")} {noun}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            They leave the catalog{kind === "series" ? " with their seasons and episodes" : ""}. Files on disk are not
            touched.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep</AlertDialogCancel>
          <AlertDialogAction
            disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              start(async () => {
                if (await run("remove", {}, (n) => `${n.toLocaleString("en")} ${noun} removed`)) onOpenChange(false);
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
