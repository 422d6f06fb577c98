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

export function DeleteButton({ kind, id, title }: { kind: "movie" | "series"; id: string; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Trash2 aria-hidden /> Remove
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Remove {title}?</AlertDialogTitle>
          <AlertDialogDescription>
            It leaves the catalog{kind === "series" ? " with its seasons and episodes" : ""}. Files on disk are not
            touched.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep</AlertDialogCancel>
          <AlertDialogAction
            disabled={pending}
            onClick={() =>
              start(async () => {
                if (await run(kind === "movie" ? deleteMovieAction(id) : deleteSeriesAction(id))) {
                  toast.success(`${title} removed`);
                  router.push(kind === "movie" ? "/movies" : "/tv");
                }
              })
            }
          >
            Remove
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
