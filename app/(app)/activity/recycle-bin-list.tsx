"use client";

import { ArchiveRestore } from "lucide-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable, type ListFeatures } from "@/components/data-table/data-table";
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

const fileName = (item: RecycledFile) => item.relativePath.split("/").pop() ?? item.relativePath;

function RestoreButton({ libraryId, item }: { libraryId: string; item: RecycledFile }) {
  const [busy, setBusy] = useState(false);
  const name = fileName(item);
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

const helper = createColumnHelper<ListFeatures, RecycledFile>();

const columnsFor = (libraryId: string, canManage: boolean) =>
  helper.columns([
    helper.accessor((item) => fileName(item).toLowerCase(), {
      id: "file",
      header: "File",
      cell: ({ row: { original: item } }) => (
        <>
          <p className="font-medium [overflow-wrap:anywhere]">{fileName(item)}</p>
          <p className="mt-0.5 font-mono text-xs [overflow-wrap:anywhere] text-muted-foreground">{item.relativePath}</p>
          {item.occupied && (
            <Badge variant="secondary" className="mt-1">
              Another file is there now
            </Badge>
          )}
        </>
      ),
    }),
    helper.accessor("role", {
      header: "Kind",
      cell: ({ row: { original: item } }) => <Badge variant="outline">{roleLabels[item.role]}</Badge>,
    }),
    helper.accessor((item) => (item.itemTitle ?? "").toLowerCase(), {
      id: "belongsTo",
      header: "Belongs to",
      cell: ({ row: { original: item } }) => item.itemTitle ?? "",
    }),
    helper.accessor("size", {
      header: "Size",
      sortDescFirst: true,
      cell: ({ row: { original: item } }) => formatBytes(item.size),
    }),
    helper.accessor("recycledAt", {
      header: "Recycled",
      sortDescFirst: true,
      cell: ({ row: { original: item } }) => <time dateTime={item.recycledAt}>{formatWhen(item.recycledAt)}</time>,
    }),
    ...(canManage
      ? [
          helper.display({
            id: "actions",
            header: () => <span className="sr-only">Actions</span>,
            cell: ({ row: { original: item } }) => <RestoreButton libraryId={libraryId} item={item} />,
          }),
        ]
      : []),
  ]);

function RecycleBinTable({ group, canManage }: { group: RecycleBinGroup; canManage: boolean }) {
  const columns = useMemo(() => columnsFor(group.libraryId, canManage), [group.libraryId, canManage]);
  return (
    <DataTable
      label={`Recycle bin of ${group.libraryName}`}
      data={group.items}
      columns={columns}
      rowId={(item) => item.id}
      initialSorting={[{ id: "recycledAt", desc: true }]}
      layout={{
        file: { className: "min-w-0 whitespace-normal" },
        role: { className: "hidden md:table-cell" },
        belongsTo: { className: "hidden whitespace-normal sm:table-cell" },
        size: { className: "hidden text-muted-foreground sm:table-cell" },
        recycledAt: { className: "hidden text-muted-foreground lg:table-cell" },
        actions: { className: "text-right" },
      }}
      fold={(item) => (
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
          <Badge variant="outline">{roleLabels[item.role]}</Badge>
          {item.itemTitle && <span>{item.itemTitle} ·</span>}
          <span>{formatBytes(item.size)} ·</span>
          <time dateTime={item.recycledAt}>recycled {formatWhen(item.recycledAt)}</time>
        </div>
      )}
    />
  );
}

/** Recycled files per library, sortable by file, kind, title, size and when; a restore button for users and above. */
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
          <RecycleBinTable group={group} canManage={canManage} />
        </section>
      ))}
    </div>
  );
}
