"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormContext, useFormState, type FieldValues, type Path } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";

/** How an empty box reaches the schema: "" as is, or as null / undefined (an optional field left out). */
export type EmptyAs = "string" | "null" | "undefined";

const emptyValue = { string: "", null: null, undefined: undefined } as const;

/** A text input registered with the surrounding form (FormProvider); its zod error shows under it. */
export function TextField<T extends FieldValues>({
  name,
  id,
  label,
  help,
  empty = "string",
  ...input
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  help?: ReactNode;
  empty?: EmptyAs;
} & Omit<ComponentProps<typeof Input>, "name" | "id" | "value" | "defaultValue" | "onChange" | "onBlur">) {
  const { register, control, getFieldState } = useFormContext<T>();
  const error = errorMessage(getFieldState(name, useFormState({ control, name })).error);
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      <Input
        id={id}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, !!help, !!error)}
        {...input}
        {...register(name, {
          setValueAs: (value: unknown) => (value === "" ? emptyValue[empty] : value),
        })}
      />
    </FieldShell>
  );
}
