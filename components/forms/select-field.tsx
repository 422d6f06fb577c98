"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";

/** A choice among options, bound to a string field; `onPick` runs after a new value is set. */
export function SelectField<T extends FieldValues>({
  name,
  id,
  label,
  options,
  placeholder,
  help,
  onPick,
  disabled,
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  help?: ReactNode;
  onPick?: (value: string) => void;
  disabled?: boolean;
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const error = errorMessage(fieldState.error);
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      <Select
        disabled={disabled}
        value={typeof field.value === "string" ? field.value : ""}
        onValueChange={(value) => {
          field.onChange(value);
          onPick?.(value);
        }}
      >
        <SelectTrigger
          id={id}
          ref={field.ref}
          className="w-full"
          aria-invalid={!!error}
          aria-describedby={describedBy(id, !!help, !!error)}
        >
          <SelectValue placeholder={placeholder} />
        </SelectTrigger>
        <SelectContent>
          {options.map((option) => (
            // Radix refuses an empty item value; a definition's "none" option becomes a space.
            <SelectItem key={option.value} value={option.value || " "}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </FieldShell>
  );
}
