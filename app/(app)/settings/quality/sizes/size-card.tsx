"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Card, CardContent } from "@/components/ui/card";
import { SizeSliderField } from "./size-slider-field";
import type { SizesValues } from "./sizes-values";

/** MB per minute → GB per hour and for a 45-minute episode, as the *arr apps show it. */
const hint = (mbPerMinute: number | null) =>
  mbPerMinute === null
    ? "no limit"
    : `${((mbPerMinute * 60) / 1024).toFixed(1)} GB/h · ${Math.round(mbPerMinute * 45)} MB per 45 min`;

/** One quality's minimum, preferred and maximum size. */
export function SizeCard({ row, max }: { row: number; max: number }) {
  const { control } = useFormContext<SizesValues>();
  const size = useWatch({ control, name: `rows.${row}` });
  return (
    <Card className="py-4">
      <CardContent className="grid gap-3 px-4">
        <div className="flex items-baseline justify-between gap-2">
          <h3 className="font-medium">{size.title}</h3>
          {size.title !== size.name && <span className="text-xs text-muted-foreground">{size.name}</span>}
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <SizeSliderField row={row} qualityId={size.qualityId} limit="minSize" label="Min" max={max} />
          <SizeSliderField row={row} qualityId={size.qualityId} limit="preferredSize" label="Preferred" max={max} />
          <SizeSliderField row={row} qualityId={size.qualityId} limit="maxSize" label="Max" max={max} />
        </div>
        <p className="text-xs text-muted-foreground">Max: {hint(size.maxSize)}</p>
      </CardContent>
    </Card>
  );
}
