"use client";

import { cn } from "@/components/ui/utils";
import { useSelection } from "./selection";

/** The next select box in a direction; up and down keep the column in the poster grid. */
function neighbour(index: number, key: string): number | null {
  const boxes = [...document.querySelectorAll<HTMLElement>("[data-select-index]")];
  const current = boxes[index];
  if (!current) return null;
  const step = key === "ArrowLeft" || key === "ArrowUp" ? -1 : 1;
  if (key === "ArrowLeft" || key === "ArrowRight") return boxes[index + step] ? index + step : null;
  const here = current.getBoundingClientRect();
  for (let i = index + step; i >= 0 && i < boxes.length; i += step) {
    const box = boxes[i].getBoundingClientRect();
    if (Math.abs(box.left - here.left) < 4 && box.top !== here.top) return i;
  }
  return null;
}

/**
 * One title's checkbox (poster grid and table), a native one: 60 of them per page stay light.
 * Space toggles, shift-click selects the range from the last one clicked, arrows move between
 * titles and shift+arrow extends the selection.
 */
export function SelectBox({ index, title, className }: { index: number; title: string; className?: string }) {
  const selection = useSelection();
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      data-select-index={index}
      checked={selection.allMatching || selection.selected.has(selection.pageIds[index])}
      aria-label={`Select ${title}`}
      className={cn("size-4 cursor-pointer accent-primary", className)}
      onChange={(event) => selection.toggle(index, (event.nativeEvent as MouseEvent).shiftKey === true)}
      onKeyDown={(event) => {
        if (!event.key.startsWith("Arrow")) return;
        const next = neighbour(index, event.key);
        event.preventDefault();
        if (next === null) return;
        if (event.shiftKey) selection.extendTo(next, index);
        document.querySelector<HTMLElement>(`[data-select-index="${next}"]`)?.focus();
      }}
    />
  );
}
