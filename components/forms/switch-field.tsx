"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { errorMessage } from "./error-message";
import { FieldError } from "./field-shell";

/** A boolean field as a switch: label left, switch right (layout "row"), or switch then label ("inline"). */
export function SwitchField<T extends FieldValues>({
  name,
  id,
  label,
  layout = "row",
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  layout?: "row" | "inline";
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const error = errorMessage(fieldState.error);
  const control_ = (
    <Switch
      id={id}
      ref={field.ref}
      checked={field.value === true}
      onCheckedChange={field.onChange}
      onBlur={field.onBlur}
      aria-invalid={!!error}
    />
  );
  return (
    <div className="grid gap-1.5">
      {layout === "row" ? (
        <div className="flex items-center justify-between gap-3">
          <Label htmlFor={id}>{label}</Label>
          {control_}
        </div>
      ) : (
        <label className="flex items-center gap-2 text-sm">
          {control_} {label}
        </label>
      )}
      <FieldError message={error} />
    </div>
  );
}
