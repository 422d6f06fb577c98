"use client";

import { useState } from "react";
import { ArrowDown, ArrowUp, GripVertical, Merge, Split } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/utils";
import type { ProfileItem } from "@/lib/quality";

const qualityItem = (id: number, name: string): ProfileItem => ({
  id: `q${id}`,
  name,
  qualities: [id],
  allowed: false,
});

/**
 * The profile's qualities, best first. Drag a row, or use the arrow buttons (keyboard: focus the
 * row and press Alt+↑/↓). Tick what is wanted; merge neighbours into a group of equal qualities.
 */
export function ItemList({
  items,
  names,
  onChange,
}: {
  items: ProfileItem[];
  names: Record<number, string>;
  onChange: (items: ProfileItem[]) => void;
}) {
  const [dragging, setDragging] = useState<number | null>(null);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
  };
  const merge = (i: number) => {
    const a = items[i];
    const b = items[i + 1];
    if (!b) return;
    const n = Math.max(999, ...items.map((x) => (x.id.startsWith("g") ? Number(x.id.slice(1)) : 0))) + 1;
    const group: ProfileItem = {
      id: a.id.startsWith("g") ? a.id : `g${n}`,
      name: a.qualities.length > 1 ? a.name : `${a.name} / ${b.name}`,
      qualities: [...a.qualities, ...b.qualities],
      allowed: a.allowed || b.allowed,
    };
    onChange([...items.slice(0, i), group, ...items.slice(i + 2)]);
  };
  const split = (i: number) =>
    onChange([
      ...items.slice(0, i),
      ...items[i].qualities.map((q) => ({ ...qualityItem(q, names[q] ?? String(q)), allowed: items[i].allowed })),
      ...items.slice(i + 1),
    ]);

  return (
    <ol className="grid gap-1" aria-label="Qualities, best first">
      {items.map((item, i) => (
        <li
          key={item.id}
          draggable
          tabIndex={0}
          onDragStart={() => setDragging(i)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={() => {
            if (dragging !== null) move(dragging, i);
            setDragging(null);
          }}
          onKeyDown={(e) => {
            if (!e.altKey) return;
            if (e.key === "ArrowUp") move(i, i - 1);
            else if (e.key === "ArrowDown") move(i, i + 1);
            else return;
            e.preventDefault();
          }}
          className={cn(
            "flex items-center gap-2 rounded-md border bg-card px-2 py-1.5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            dragging === i && "opacity-50",
          )}
        >
          <GripVertical className="size-4 shrink-0 cursor-grab text-muted-foreground" aria-hidden />
          <Checkbox
            id={`item-${item.id}`}
            checked={item.allowed}
            onCheckedChange={(v) => onChange(items.map((x, j) => (j === i ? { ...x, allowed: v === true } : x)))}
            aria-label={`Allow ${item.name}`}
          />
          <label htmlFor={`item-${item.id}`} className="min-w-0 flex-1 text-sm">
            <span className={cn(!item.allowed && "text-muted-foreground")}>{item.name}</span>
            {item.qualities.length > 1 && (
              <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
                {item.qualities.map((q) => (
                  <Badge key={q} variant="secondary" className="text-[10px]">
                    {names[q]}
                  </Badge>
                ))}
              </span>
            )}
          </label>
          {item.qualities.length > 1 ? (
            <Button
              type="button"
              size="icon"
              variant="ghost"
              className="size-7"
              onClick={() => split(i)}
              aria-label={`Split the group ${item.name}`}
            >
              <Split className="size-3.5" />
            </Button>
          ) : (
            <Button
              type="button"
              size="icon"
              variant="ghost"
              className="size-7"
              onClick={() => merge(i)}
              disabled={i === items.length - 1}
              aria-label={`Group ${item.name} with the one below`}
            >
              <Merge className="size-3.5" />
            </Button>
          )}
          <Button
            type="button"
            size="icon"
            variant="ghost"
            className="size-7"
            onClick={() => move(i, i - 1)}
            disabled={i === 0}
            aria-label={`Move ${item.name} up`}
          >
            <ArrowUp className="size-3.5" />
          </Button>
          <Button
            type="button"
            size="icon"
            variant="ghost"
            className="size-7"
            onClick={() => move(i, i + 1)}
            disabled={i === items.length - 1}
            aria-label={`Move ${item.name} down`}
          >
            <ArrowDown className="size-3.5" />
          </Button>
        </li>
      ))}
    </ol>
  );
}
