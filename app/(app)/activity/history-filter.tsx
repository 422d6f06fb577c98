"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { NativeSelect } from "@/components/catalog/native-select";
import { Label } from "@/components/ui/label";
import type { HistoryEvent } from "@/lib/downloads";
import { historyHref } from "./format";

/** The history's event filter: changing it shows the first page of that event. */
export function HistoryFilter({ event, labels }: { event: HistoryEvent | null; labels: Record<HistoryEvent, string> }) {
  const router = useRouter();
  const id = useId();
  return (
    <div className="mb-4 flex items-center gap-2">
      <Label htmlFor={id} className="text-sm text-muted-foreground">
        Event
      </Label>
      <NativeSelect id={id} value={event ?? ""} onChange={(e) => router.push(historyHref(e.target.value || null, 1))}>
        <option value="">All events</option>
        {(Object.keys(labels) as HistoryEvent[]).map((key) => (
          <option key={key} value={key}>
            {labels[key]}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
