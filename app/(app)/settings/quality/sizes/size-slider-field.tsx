"use client";

import { useController, useFormContext } from "react-hook-form";
import { errorMessage } from "@/components/forms/error-message";
import { FieldError } from "@/components/forms/field-shell";
import type { SizesValues } from "./sizes-values";

/**
 * One limit of a quality (MB per minute) as a slider and a number box. A nullable limit (preferred,
 * maximum) slid all the way right, or left empty, is "no limit".
 */
export function SizeSliderField({
  row,
  qualityId,
  limit,
  label,
  max,
}: {
  row: number;
  qualityId: number;
  limit: "minSize" | "preferredSize" | "maxSize";
  label: string;
  max: number;
}) {
  const { control } = useFormContext<SizesValues>();
  const { field, fieldState } = useController({ control, name: `rows.${row}.${limit}` });
  const nullable = limit !== "minSize";
  const value = typeof field.value === "number" ? field.value : null;
  const id = `${limit === "minSize" ? "min" : limit === "preferredSize" ? "pref" : "max"}-${qualityId}`;
  const error = errorMessage(fieldState.error);
  return (
    <div className="grid gap-1">
      <div className="flex items-center justify-between gap-2 text-xs">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <input
          id={`${id}-mb`}
          type="number"
          min={0}
          max={max}
          step={0.1}
          aria-label={`${label} MB per minute`}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-mb-error` : undefined}
          value={value ?? ""}
          placeholder="∞"
          onBlur={field.onBlur}
          onChange={(e) =>
            field.onChange(
              e.target.value === "" ? (nullable ? null : 0) : Math.min(max, Math.max(0, Number(e.target.value))),
            )
          }
          className="w-16 rounded border bg-transparent px-1 py-0.5 text-right tabular-nums text-muted-foreground"
        />
      </div>
      <input
        id={id}
        ref={field.ref}
        type="range"
        min={0}
        max={max}
        step={0.1}
        value={value ?? max}
        aria-valuetext={value === null ? "no limit" : `${value} MB per minute`}
        aria-invalid={!!error}
        onBlur={field.onBlur}
        onChange={(e) => {
          const v = Number(e.target.value);
          field.onChange(nullable && v >= max ? null : v);
        }}
        className="w-full accent-primary"
      />
      <FieldError id={`${id}-mb-error`} message={error} />
    </div>
  );
}
