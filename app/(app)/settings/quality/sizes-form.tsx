"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import type { QualitySize } from "@/lib/quality";
import { resetSizesAction, saveSizesAction } from "./actions";

/** MB per minute → GB per hour and for a 45-minute episode / 2-hour movie, as the *arr apps show it. */
const hint = (mbPerMinute: number | null) =>
  mbPerMinute === null
    ? "no limit"
    : `${((mbPerMinute * 60) / 1024).toFixed(1)} GB/h · ${Math.round(mbPerMinute * 45)} MB per 45 min`;

function Slider({
  id,
  label,
  value,
  max,
  onChange,
  nullable,
}: {
  id: string;
  label: string;
  value: number | null;
  max: number;
  onChange: (v: number | null) => void;
  nullable?: boolean;
}) {
  const shown = value ?? max;
  return (
    <div className="grid gap-1">
      <div className="flex items-center justify-between gap-2 text-xs">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <input
          type="number"
          min={0}
          max={max}
          step={0.1}
          aria-label={`${label} MB per minute`}
          value={value ?? ""}
          placeholder="∞"
          onChange={(e) =>
            onChange(e.target.value === "" ? (nullable ? null : 0) : Math.min(max, Math.max(0, Number(e.target.value))))
          }
          className="w-16 rounded border bg-transparent px-1 py-0.5 text-right tabular-nums text-muted-foreground"
        />
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={max}
        step={0.1}
        value={shown}
        aria-valuetext={value === null ? "no limit" : `${value} MB per minute`}
        onChange={(e) => {
          const v = Number(e.target.value);
          onChange(nullable && v >= max ? null : v);
        }}
        className="w-full accent-primary"
      />
    </div>
  );
}

export function SizesForm({ sizes, max }: { sizes: QualitySize[]; max: number }) {
  const [rows, setRows] = useState(sizes);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  const changed = rows.filter((r, i) => JSON.stringify(r) !== JSON.stringify(sizes[i]));
  const set = (id: number, patch: Partial<QualitySize>) =>
    setRows((all) => all.map((r) => (r.qualityId === id ? { ...r, ...patch } : r)));

  const save = () =>
    start(async () => {
      const result = await saveSizesAction(
        changed.map(({ qualityId, title, minSize, preferredSize, maxSize }) => ({
          qualityId,
          title,
          minSize,
          preferredSize,
          maxSize,
        })),
      );
      if (!result.ok) {
        setErrors(result.fields ?? { form: result.error });
        toast.error(result.error);
        return;
      }
      setErrors({});
      toast.success("Sizes saved");
    });
  const reset = () =>
    start(async () => {
      const result = await resetSizesAction();
      if (result.ok) {
        setRows(result.data.toReversed());
        toast.success("Sizes back to the defaults");
      }
    });

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Limits are in MB per minute of runtime, so they scale with the length of a movie or an episode (and the number
        of episodes in a pack). Slide the maximum all the way right for no limit.
      </p>
      {errors.form && (
        <p role="alert" className="text-sm text-destructive">
          {errors.form}
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {rows.map((r) => (
          <Card key={r.qualityId} className="py-4">
            <CardContent className="grid gap-3 px-4">
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="font-medium">{r.title}</h3>
                {r.title !== r.name && <span className="text-xs text-muted-foreground">{r.name}</span>}
              </div>
              <div className="grid gap-3 sm:grid-cols-3">
                <Slider
                  id={`min-${r.qualityId}`}
                  label="Min"
                  value={r.minSize}
                  max={max}
                  onChange={(v) => set(r.qualityId, { minSize: v ?? 0 })}
                />
                <Slider
                  id={`pref-${r.qualityId}`}
                  label="Preferred"
                  value={r.preferredSize}
                  max={max}
                  nullable
                  onChange={(v) => set(r.qualityId, { preferredSize: v })}
                />
                <Slider
                  id={`max-${r.qualityId}`}
                  label="Max"
                  value={r.maxSize}
                  max={max}
                  nullable
                  onChange={(v) => set(r.qualityId, { maxSize: v })}
                />
              </div>
              <p className="text-xs text-muted-foreground">Max: {hint(r.maxSize)}</p>
            </CardContent>
          </Card>
        ))}
      </div>
      <div className="sticky bottom-0 flex flex-wrap gap-2 border-t bg-background/95 py-3 backdrop-blur">
        <Button onClick={save} disabled={pending || changed.length === 0}>
          Save {changed.length > 0 ? `${changed.length} change${changed.length === 1 ? "" : "s"}` : ""}
        </Button>
        <Button variant="outline" onClick={reset} disabled={pending}>
          Reset to defaults
        </Button>
      </div>
    </div>
  );
}
