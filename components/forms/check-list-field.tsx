"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { errorMessage } from "./error-message";
import { FieldError } from "./field-shell";

/** A list of ids (indexers, tags) as one checkbox per option; none ticked is an empty list. */
export function CheckListField<T extends FieldValues>({
  name,
  id,
  legend,
  options,
  empty,
}: {
  name: Path<T>;
  id: string;
  legend: ReactNode;
  options: readonly { value: string; label: string }[];
  /** Shown when there is nothing to pick. */
  empty: ReactNode;
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const picked: unknown[] = Array.isArray(field.value) ? field.value : [];
  const error = errorMessage(fieldState.error);
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.length === 0 && <p className="text-xs text-muted-foreground">{empty}</p>}
      {options.map((option) => (
        <div key={option.value} className="flex items-center gap-2">
          <Checkbox
            id={`${id}-${option.value}`}
            checked={picked.includes(option.value)}
            onCheckedChange={(checked) =>
              field.onChange(
                checked === true ? [...picked, option.value] : picked.filter((value) => value !== option.value),
              )
            }
            onBlur={field.onBlur}
          />
          <Label htmlFor={`${id}-${option.value}`} className="font-normal">
            {option.label}
          </Label>
        </div>
      ))}
      <FieldError message={error} />
    </fieldset>
  );
}
