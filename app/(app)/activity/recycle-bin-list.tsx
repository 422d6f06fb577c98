"use client";

import { ArchiveRestore } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { formatBytes } from "@/components/format";
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
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import type { RecycledFile } from "@/lib/library";
import { restoreRecycledAction } from "./actions";
import { formatWhen } from "./format";

export interface RecycleBinGroup {
  libraryId: string;
  libraryName: string;
  keepDays: number;
  items: RecycledFile[];
}

const roleLabels: Record<RecycledFile["role"], string> = {
  video: "Video",
  sample: "Sample",
  trailer: "Trailer",
  featurette: "Featurette",
  extra: "Extra",
  subtitle: "Subtitle",
  nfo: "NFO",
};

function RestoreButton({ libraryId, item }: { libraryId: string; item: RecycledFile }) {
  const [busy, setBusy] = useState(false);
  const name = item.relativePath.split("/").pop() ?? item.relativePath;
  async function restore() {
    setBusy(true);
    const result = await restoreRecycledAction(libraryId, item.id);
    setBusy(false);
    if (!result.ok) toast.error(result.error);
    else
      toast.success(
        result.data.recycledCurrent
          ? `Restored ${name}; the file that was there is now in the recycle bin`
          : `Restored ${name}`,
      );
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={busy} aria-label={`Restore ${name}`}>
          <ArchiveRestore className="size-4" aria-hidden /> <span className="hidden sm:inline">Restore</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Restore {name}?</AlertDialogTitle>
          <AlertDialogDescription className="[overflow-wrap:anywhere]">
            It goes back to {item.relativePath}
            {item.occupied
              ? ". Another file is there now: it moves to the recycle bin first, nothing is overwritten."
              : "."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={() => void restore()}>Restore</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** Recycled files per library: where each was, what it belonged to, and a restore button for users and above. */
export function RecycleBinList({ groups, canManage }: { groups: RecycleBinGroup[]; canManage: boolean }) {
  return (
    <div className="grid gap-6">
      {groups.map((group) => (
        <section key={group.libraryId} aria-labelledby={`bin-${group.libraryId}`} className="grid gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <h2 id={`bin-${group.libraryId}`} className="text-base font-semibold">
              {group.libraryName}
            </h2>
            <p className="text-xs text-muted-foreground">
              {group.keepDays > 0
                ? `Files are removed for good after ${group.keepDays} days.`
                : "Files stay until removed by hand."}
            </p>
          </div>
          <ul className="grid grid-cols-[minmax(0,1fr)] gap-3" aria-label={`Recycle bin of ${group.libraryName}`}>
            {group.items.map((item) => (
              <li key={item.id}>
                <Card>
                  <CardContent className="flex items-start gap-2 py-4">
                    <div className="min-w-0 flex-1">
                      <p className="[overflow-wrap:anywhere] font-medium">{item.relativePath.split("/").pop()}</p>
                      <p className="mt-0.5 font-mono text-xs [overflow-wrap:anywhere] text-muted-foreground">
                        {item.relativePath}
                      </p>
                      <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                        <Badge variant="outline">{roleLabels[item.role]}</Badge>
                        {item.itemTitle && <span>{item.itemTitle} ·</span>}
                        <span>{formatBytes(item.size)} ·</span>
                        <time dateTime={item.recycledAt}>recycled {formatWhen(item.recycledAt)}</time>
                        {item.occupied && <Badge variant="secondary">Another file is there now</Badge>}
                      </div>
                    </div>
                    {canManage && <RestoreButton libraryId={group.libraryId} item={item} />}
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
