"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { errorMessage } from "./error-message";
import { FieldError } from "./field-shell";

/** A boolean field as a checkbox with its label and an explanation under the label. */
export function CheckboxField<T extends FieldValues>({
  name,
  id,
  label,
  help,
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  help?: ReactNode;
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const error = errorMessage(fieldState.error);
  return (
    <div className="flex items-start gap-3">
      <Checkbox
        id={id}
        ref={field.ref}
        checked={field.value === true}
        onCheckedChange={(checked) => field.onChange(checked === true)}
        onBlur={field.onBlur}
        aria-invalid={!!error}
        aria-describedby={help ? `${id}-help` : undefined}
        className="mt-0.5"
      />
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        {help && (
          <p id={`${id}-help`} className="text-xs text-muted-foreground">
            {help}
          </p>
        )}
        <FieldError message={error} />
      </div>
    </div>
  );
}
