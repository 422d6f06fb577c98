"use client";

import { useRouter } from "next/navigation";
import { LayoutGrid, Table2 } from "lucide-react";
import { cn } from "@/components/ui/utils";
import { useSelection, type BulkKind } from "./selection";
import { viewCookie, type ListView } from "./view";

/** Above the grid or table: select the page or every match, and switch between posters and the table. */
export function ListControls({ kind, view, noun }: { kind: BulkKind; view: ListView; noun: string }) {
  const router = useRouter();
  const selection = useSelection();
  const switchTo = (next: ListView) => {
    document.cookie = `${viewCookie(kind)}=${next}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  };
  const onPage = selection ? selection.pageIds.filter((id) => selection.selected.has(id)).length : 0;
  const pageState =
    selection && (selection.allMatching || (onPage > 0 && onPage === selection.pageIds.length))
      ? true
      : onPage > 0
        ? "indeterminate"
        : false;

  return (
    <div className="mb-3 flex min-h-9 flex-wrap items-center gap-x-3 gap-y-2">
      {selection && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <label className="flex cursor-pointer items-center gap-2">
            <input
              type="checkbox"
              ref={(input) => {
                if (input) input.indeterminate = pageState === "indeterminate";
              }}
              checked={pageState === true}
              onChange={() => selection.setPage(pageState !== true)}
              aria-label="Select every title on this page"
              className="size-4 cursor-pointer accent-primary"
            />
            <span className="text-muted-foreground">
              {selection.count > 0 ? `${selection.count.toLocaleString("en")} selected` : "Select page"}
            </span>
          </label>
          {pageState === true && !selection.allMatching && selection.total > selection.pageIds.length && (
            <button
              type="button"
              className="rounded font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              onClick={selection.selectAllMatching}
            >
              Select all {selection.total.toLocaleString("en")} matching
            </button>
          )}
          {selection.allMatching && (
            <span className="text-muted-foreground">(every {noun} that matches, on all pages)</span>
          )}
        </div>
      )}
      <div className="ml-auto flex rounded-md border p-0.5" role="group" aria-label="View">
        {(
          [
            { value: "grid", label: "Posters", Icon: LayoutGrid },
            { value: "table", label: "Table", Icon: Table2 },
          ] as const
        ).map(({ value, label, Icon }) => (
          <button
            key={value}
            type="button"
            aria-pressed={view === value}
            onClick={() => view !== value && switchTo(value)}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded px-2 text-xs font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              view === value ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:text-foreground",
            )}
          >
            <Icon className="size-3.5" aria-hidden /> {label}
          </button>
        ))}
      </div>
    </div>
  );
}
