"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RefreshCw, Trash2 } from "lucide-react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Switch } from "@/components/ui/switch";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/api/action-result";
import { deleteMovieAction, deleteSeriesAction, refreshAction } from "@/app/(app)/catalog-actions";

/** Runs a server action and shows its error as a toast; returns whether it worked. */
export async function run(action: Promise<ActionResult<unknown>>): Promise<boolean> {
  const result = await action;
  if (!result.ok) toast.error(result.error);
  return result.ok;
}

export function MonitoredSwitch({
  id,
  checked,
  onChange,
  label = "Monitored",
}: {
  id: string;
  checked: boolean;
  onChange: (next: boolean) => Promise<boolean>;
  label?: string;
}) {
  const [value, setValue] = useState(checked);
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center gap-2">
      <Switch
        id={id}
        checked={value}
        disabled={pending}
        onCheckedChange={(next) => {
          setValue(next);
          start(async () => {
            if (!(await onChange(next))) setValue(!next);
          });
        }}
      />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}

export function RefreshButton({ kind, id }: { kind: "movie" | "series"; id: string }) {
  const [pending, start] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        start(async () => {
          if (await run(refreshAction(kind, id))) toast.success("Refreshed from TMDB");
        })
      }
    >
      <RefreshCw aria-hidden className={pending ? "animate-spin" : undefined} /> {pending ? "Refreshing…" : "Refresh"}
    </Button>
  );
}

/** Remove: optionally with the files (to the recycle bin) and "never add again" (an import exclusion). */
export function DeleteButton({
  kind,
  id,
  title,
  fileCount,
}: {
  kind: "movie" | "series";
  id: string;
  title: string;
  /** Files the library holds for it; undefined when the viewer may not see files. */
  fileCount?: number;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [deleteFiles, setDeleteFiles] = useState(false);
  const [addExclusion, setAddExclusion] = useState(false);
  const files = fileCount === undefined ? "its files" : `its ${fileCount} ${fileCount === 1 ? "file" : "files"}`;
  return (
    <AlertDialog
      onOpenChange={(open) => {
        if (open) {
          setDeleteFiles(false);
          setAddExclusion(false);
        }
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Trash2 aria-hidden /> Remove
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Remove {title}?</AlertDialogTitle>
          <AlertDialogDescription>
            It leaves the catalog{kind === "series" ? " with its seasons and episodes" : ""}.{" "}
            {deleteFiles
              ? `${files[0].toUpperCase()}${files.slice(1)} ${fileCount === 1 ? "goes" : "go"} to the library's recycle bin (Activity → Recycle bin can restore ${fileCount === 1 ? "it" : "them"} until it is emptied).`
              : "Files on disk stay where they are."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <div className="grid gap-3 text-sm">
          <label className="flex items-start gap-2">
            <Checkbox
              className="mt-0.5"
              checked={deleteFiles}
              onCheckedChange={(v) => setDeleteFiles(v === true)}
              aria-describedby={`${id}-delete-files-hint`}
            />
            <span>
              Delete {files}
              <span id={`${id}-delete-files-hint`} className="block text-xs text-muted-foreground">
                Moved to the recycle bin, not erased at once
              </span>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <Checkbox
              className="mt-0.5"
              checked={addExclusion}
              onCheckedChange={(v) => setAddExclusion(v === true)}
              aria-describedby={`${id}-exclusion-hint`}
            />
            <span>
              Never add it again
              <span id={`${id}-exclusion-hint`} className="block text-xs text-muted-foreground">
                Listed in Settings → Import exclusions; search and discover show it as excluded
              </span>
            </span>
          </label>
        </div>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep</AlertDialogCancel>
          <AlertDialogAction
            disabled={pending}
            className={deleteFiles ? "bg-destructive text-white hover:bg-destructive/90" : undefined}
            onClick={() =>
              start(async () => {
                const options = { deleteFiles, addExclusion };
                const result = await (kind === "movie"
                  ? deleteMovieAction(id, options)
                  : deleteSeriesAction(id, options));
                if (!result.ok) {
                  toast.error(result.error);
                  return;
                }
                const recycled = result.data.recycledFiles;
                toast.success(
                  `${title} removed${recycled ? `; ${recycled} ${recycled === 1 ? "file" : "files"} in the recycle bin` : ""}${addExclusion ? "; it will not be added again" : ""}`,
                );
                router.push(kind === "movie" ? "/movies" : "/tv");
              })
            }
          >
            {deleteFiles ? "Remove and delete files" : "Remove"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
