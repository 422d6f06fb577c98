"use client";

import { FolderInput, Link2, MoreVertical, Pause, Play, RotateCw, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { QueueItem } from "@/lib/downloads";
import { retryImportAction, setPausedAction } from "./actions";
import { ChangeMatchDialog } from "./change-match-dialog";
import { ManualImportDialog } from "./manual-import-dialog";
import { RemoveDialog } from "./remove-dialog";

const finishedStatuses = new Set(["importing", "needs-extraction", "not-an-upgrade"]);
const pausable = new Set(["queued", "downloading", "stalled", "verifying", "warning"]);

type DialogName = "match" | "import" | "remove";

/** The per-download menu of the queue; dialogs hand the focus back to the menu button when they close. */
export function QueueRowActions({ item, status }: { item: QueueItem; status: string }) {
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const finished = finishedStatuses.has(status);
  const dialogProps = (name: DialogName) => ({
    item,
    open: dialog === name,
    onOpenChange: (open: boolean) => setDialog(open ? name : null),
    returnFocus: trigger,
  });

  async function setPaused(paused: boolean) {
    const result = await setPausedAction(item.id, paused);
    if (!result.ok) toast.error(result.error);
    else toast.success(paused ? "Paused" : "Resumed");
  }

  async function retry() {
    const result = await retryImportAction(item.id);
    if (!result.ok) toast.error(result.error);
    else toast.success("Import queued");
  }

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} variant="ghost" size="icon" aria-label={`Actions for ${item.title}`}>
            <MoreVertical className="size-4" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          className="min-w-48"
          // A dialog opened from the menu takes the focus; the menu must not pull it back to its button
          // when it finishes closing, or the dialog sees the focus leave and closes itself.
          onCloseAutoFocus={(event) => {
            if (dialog) event.preventDefault();
          }}
        >
          {status === "paused" && (
            <DropdownMenuItem onSelect={() => void setPaused(false)}>
              <Play aria-hidden /> Resume
            </DropdownMenuItem>
          )}
          {pausable.has(status) && (
            <DropdownMenuItem onSelect={() => void setPaused(true)}>
              <Pause aria-hidden /> Pause
            </DropdownMenuItem>
          )}
          {finished && (
            <>
              <DropdownMenuItem onSelect={() => void retry()}>
                <RotateCw aria-hidden /> Retry import
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => setDialog("import")}>
                <FolderInput aria-hidden /> Manual import…
              </DropdownMenuItem>
            </>
          )}
          <DropdownMenuItem onSelect={() => setDialog("match")}>
            <Link2 aria-hidden /> Change match…
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setDialog("remove")}>
            <Trash2 aria-hidden /> Remove…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ChangeMatchDialog {...dialogProps("match")} />
      {finished && <ManualImportDialog {...dialogProps("import")} />}
      <RemoveDialog {...dialogProps("remove")} />
    </>
  );
}
