"use client";

import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { BulkOptions } from "./bulk-options";

export type BulkKind = "movie" | "series";

interface Selection {
  kind: BulkKind;
  /** The ids of this page, in display order (shift-click and shift+arrow ranges follow it). */
  pageIds: readonly string[];
  /** How many titles match the current filter, on every page. */
  total: number;
  selected: ReadonlySet<string>;
  /** "Select all N matching": the action goes to the server as the filter, not as ids. */
  allMatching: boolean;
  count: number;
  /** A click or Space on one title; `range` (shift) selects from the last one clicked to this one. */
  toggle(index: number, range: boolean): void;
  /** Shift+arrow from the title at `from`: the range from the anchor (else `from`) to `index`. */
  extendTo(index: number, from: number): void;
  setPage(checked: boolean): void;
  selectAllMatching(): void;
  clear(): void;
}

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection | null {
  return useContext(SelectionContext);
}

// Loaded only once something is selected: browsing the grid does not pay for the editor.
const BulkActionBar = lazy(() => import("./bulk-action-bar"));

/**
 * Selection of titles on a Movies/TV list page, shared by the poster grid and the table. Keyed by
 * the page's URL (a new page or filter starts empty). Escape clears it.
 */
export function SelectionProvider({
  kind,
  pageIds,
  total,
  filter,
  options,
  children,
}: {
  kind: BulkKind;
  pageIds: string[];
  total: number;
  filter: Record<string, string | undefined>;
  options: BulkOptions;
  children: React.ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [anchor, setAnchor] = useState<number | null>(null);

  const clear = useCallback(() => {
    setSelected(new Set());
    setAllMatching(false);
    setAnchor(null);
  }, []);

  const selectRange = useCallback(
    (from: number, to: number, checked: boolean) => {
      const [start, end] = from < to ? [from, to] : [to, from];
      setSelected((current) => {
        const next = new Set(current);
        for (const id of pageIds.slice(start, end + 1)) {
          if (checked) next.add(id);
          else next.delete(id);
        }
        return next;
      });
    },
    [pageIds],
  );

  const value = useMemo<Selection>(() => {
    const count = allMatching ? total : selected.size;
    return {
      kind,
      pageIds,
      total,
      selected,
      allMatching,
      count,
      toggle(index, range) {
        const id = pageIds[index];
        const checked = !selected.has(id);
        setAllMatching(false);
        if (range && anchor !== null) selectRange(anchor, index, checked);
        else selectRange(index, index, checked);
        setAnchor(index);
      },
      extendTo(index, from) {
        setAllMatching(false);
        selectRange(anchor ?? from, index, true);
        if (anchor === null) setAnchor(from);
      },
      setPage(checked) {
        setAllMatching(false);
        setSelected(checked ? new Set(pageIds) : new Set());
      },
      selectAllMatching() {
        setSelected(new Set(pageIds));
        setAllMatching(true);
      },
      clear,
    };
  }, [kind, pageIds, total, selected, allMatching, anchor, selectRange, clear]);

  useEffect(() => {
    if (value.count === 0) return;
    const onKey = (event: KeyboardEvent) => {
      // An open dialog owns Escape (it closes itself first).
      if (event.key !== "Escape" || document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      clear();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [value.count, clear]);

  return (
    <SelectionContext.Provider value={value}>
      {children}
      {value.count > 0 && (
        <Suspense fallback={null}>
          <BulkActionBar filter={filter} options={options} />
        </Suspense>
      )}
    </SelectionContext.Provider>
  );
}
