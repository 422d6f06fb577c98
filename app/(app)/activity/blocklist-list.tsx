"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { Undo2 } from "lucide-react";
import { useMemo } from "react";
import { toast } from "sonner";
import { DataTable, type ListFeatures } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { BlocklistItem } from "@/lib/downloads";
import { removeFromBlocklistAction } from "./actions";
import { formatWhen } from "./format";

async function allow(item: BlocklistItem) {
  if (!window.confirm(`Allow "${item.title}" to be grabbed again?`)) return;
  const result = await removeFromBlocklistAction(item.id);
  if (!result.ok) toast.error(result.error);
  else toast.success("Removed from the blocklist");
}

const helper = createColumnHelper<ListFeatures, BlocklistItem>();

const columnsFor = (canManage: boolean) =>
  helper.columns([
    helper.accessor((item) => item.title.toLowerCase(), {
      id: "release",
      header: "Release",
      cell: ({ row: { original: item } }) => (
        <>
          <p className="font-medium [overflow-wrap:anywhere]">{item.title}</p>
          <p className="mt-1 text-sm [overflow-wrap:anywhere] text-muted-foreground">{item.reason}</p>
        </>
      ),
    }),
    helper.accessor((item) => (item.indexerName ?? "").toLowerCase(), {
      id: "indexer",
      header: "Indexer",
      cell: ({ row: { original: item } }) => (
        <span className="flex flex-wrap items-center gap-1.5">
          <Badge variant="outline">{item.protocol}</Badge>
          {item.indexerName}
        </span>
      ),
    }),
    helper.accessor("createdAt", {
      header: "Added",
      sortDescFirst: true,
      cell: ({ row: { original: item } }) => <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>,
    }),
    helper.accessor((item) => item.expiresAt ?? "~", {
      id: "expires",
      header: "Until",
      cell: ({ row: { original: item } }) => (item.expiresAt ? formatWhen(item.expiresAt) : "Always"),
    }),
    ...(canManage
      ? [
          helper.display({
            id: "actions",
            header: () => <span className="sr-only">Actions</span>,
            cell: ({ row: { original: item } }) => (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => void allow(item)}
                aria-label={`Allow ${item.title} again`}
              >
                <Undo2 className="size-4" /> <span className="hidden lg:inline">Allow again</span>
              </Button>
            ),
          }),
        ]
      : []),
  ]);

/** Releases no search grabs again: sortable by release, indexer, when added and until when; stacked on a phone. */
export function BlocklistList({ items, canManage }: { items: BlocklistItem[]; canManage: boolean }) {
  const columns = useMemo(() => columnsFor(canManage), [canManage]);
  return (
    <DataTable
      label="Blocklist"
      data={items}
      columns={columns}
      rowId={(item) => item.id}
      initialSorting={[{ id: "createdAt", desc: true }]}
      layout={{
        release: { className: "min-w-0 whitespace-normal" },
        indexer: { className: "hidden sm:table-cell" },
        createdAt: { className: "hidden text-muted-foreground sm:table-cell" },
        expires: { className: "hidden text-muted-foreground md:table-cell" },
        actions: { className: "text-right" },
      }}
      fold={(item) => (
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
          <Badge variant="outline">{item.protocol}</Badge>
          {item.indexerName && <span>{item.indexerName} ·</span>}
          <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>
          {item.expiresAt && <span>· until {formatWhen(item.expiresAt)}</span>}
        </div>
      )}
    />
  );
}
