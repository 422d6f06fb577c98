"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Pencil, Search, Trash2, X } from "lucide-react";
import { toast } from "sonner";
import { bulkEditAction, bulkRemoveAction } from "@/app/(app)/bulk-actions";
import { Button } from "@/components/ui/button";
import type { BulkOptions } from "./bulk-options";
import { BulkEditDialog } from "./bulk-edit-dialog";
import { BulkRemoveDialog } from "./bulk-remove-dialog";
import { useSelection } from "./selection";

const FILTER_KEYS = ["q", "monitored", "status", "genre", "tag", "libraryId"] as const;

/** What the request names: the filter when "all matching" is chosen, else the ids. */
function selectionBody(
  selection: { allMatching: boolean; selected: ReadonlySet<string> },
  filter: Record<string, string | undefined>,
): Record<string, unknown> {
  if (!selection.allMatching) return { ids: [...selection.selected] };
  return {
    filter: Object.fromEntries(FILTER_KEYS.filter((key) => filter[key]).map((key) => [key, filter[key]])),
  };
}

export type RunBulk = (
  what: "edit" | "remove",
  extra: Record<string, unknown>,
  done: (count: number, searches: number) => string,
) => Promise<boolean>;

/** The bar at the bottom while titles are selected: edit, search, remove, clear. */
export default function BulkActionBar({
  filter,
  options,
}: {
  filter: Record<string, string | undefined>;
  options: BulkOptions;
}) {
  const selection = useSelection();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [dialog, setDialog] = useState<"edit" | "remove" | null>(null);
  if (!selection) return null;
  const { kind, count } = selection;
  const noun = kind === "movie" ? (count === 1 ? "movie" : "movies") : "series";

  const runBulk: RunBulk = async (what, extra, done) => {
    const body = { ...selectionBody(selection, filter), ...extra };
    const result = await (what === "edit" ? bulkEditAction(kind, body) : bulkRemoveAction(kind, body));
    if (!result.ok) {
      toast.error(result.error);
      return false;
    }
    toast.success(done(result.data.count, result.data.searchesQueued));
    selection.clear();
    router.refresh();
    return true;
  };

  const search = () =>
    start(async () => {
      await runBulk("edit", { search: true }, (n) => `Searching for ${n.toLocaleString("en")} ${noun}`);
    });

  return (
    <>
      <div aria-hidden className="h-20 max-md:hidden" />
      <div
        role="region"
        aria-label="Selected titles"
        data-testid="bulk-action-bar"
        className="fixed inset-x-0 bottom-0 z-50 border-t bg-background pb-safe px-safe shadow-[0_-4px_12px_rgb(0_0_0/0.08)] md:inset-x-auto md:bottom-6 md:left-1/2 md:-translate-x-1/2 md:rounded-xl md:border md:px-2 md:pb-0 md:shadow-lg"
      >
        <div className="flex h-(--mobile-bottombar-height) items-center gap-1 px-2 md:h-14 md:gap-2">
          <Button variant="ghost" size="icon" onClick={selection.clear} aria-label="Clear the selection (Escape)">
            <X aria-hidden />
          </Button>
          <p className="min-w-0 flex-1 truncate text-sm font-medium md:flex-none md:pr-2" aria-live="polite">
            {count.toLocaleString("en")} {noun}
            <span className="max-sm:hidden"> selected</span>
          </p>
          <Button
            variant="ghost"
            className="h-auto flex-col gap-0.5 px-2.5 py-1 text-xs md:h-9 md:flex-row md:gap-2 md:text-sm"
            onClick={() => setDialog("edit")}
          >
            <Pencil aria-hidden /> Edit
          </Button>
          <Button
            variant="ghost"
            className="h-auto flex-col gap-0.5 px-2.5 py-1 text-xs md:h-9 md:flex-row md:gap-2 md:text-sm"
            disabled={pending}
            onClick={search}
          >
            <Search aria-hidden /> {pending ? "Queuing…" : "Search"}
          </Button>
          <Button
            variant="ghost"
            className="h-auto flex-col gap-0.5 px-2.5 py-1 text-xs text-destructive hover:text-destructive md:h-9 md:flex-row md:gap-2 md:text-sm"
            onClick={() => setDialog("remove")}
          >
            <Trash2 aria-hidden /> Remove
          </Button>
        </div>
      </div>
      <BulkEditDialog
        open={dialog === "edit"}
        onOpenChange={(open) => setDialog(open ? "edit" : null)}
        kind={kind}
        count={count}
        noun={noun}
        options={options}
        run={runBulk}
      />
      <BulkRemoveDialog
        open={dialog === "remove"}
        onOpenChange={(open) => setDialog(open ? "remove" : null)}
        kind={kind}
        count={count}
        noun={noun}
        run={runBulk}
      />
    </>
  );
}
