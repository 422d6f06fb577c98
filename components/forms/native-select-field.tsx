"use client";

import type { ReactNode } from "react";
import { useFormContext, useFormState, type FieldValues, type Path } from "react-hook-form";
import { NativeSelect } from "@/components/catalog/native-select";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";

/**
 * A choice among a few options as a native <select> (the phone's own picker, typing a letter jumps to
 * an option), registered with the surrounding form; `onPick` runs after a new value is set.
 */
export function NativeSelectField<T extends FieldValues>({
  name,
  id,
  label,
  options,
  help,
  onPick,
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  help?: ReactNode;
  onPick?: (value: string) => void;
}) {
  const { register, control, getFieldState } = useFormContext<T>();
  const error = errorMessage(getFieldState(name, useFormState({ control, name })).error);
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      <NativeSelect
        id={id}
        className="w-full"
        aria-invalid={!!error}
        aria-describedby={describedBy(id, !!help, !!error)}
        {...register(name, { onChange: (event: { target: { value: string } }) => onPick?.(event.target.value) })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </FieldShell>
  );
}
