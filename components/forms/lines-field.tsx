"use client";

import type { ComponentProps, ReactNode } from "react";
import type { FieldValues, Path } from "react-hook-form";
import { Textarea } from "@/components/ui/textarea";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";
import { useListText } from "./use-list-text";

const show = (value: unknown) => (Array.isArray(value) ? value.join("\n") : "");
const parse = (raw: string) =>
  raw
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** A text area bound to a list of strings, one item per line (terms, patterns); item errors show under it. */
export function LinesField<T extends FieldValues>({
  name,
  id,
  label,
  help,
  ...input
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  help?: ReactNode;
} & Omit<ComponentProps<typeof Textarea>, "name" | "id" | "value" | "defaultValue" | "onChange">) {
  const { field, fieldState, text, onChange } = useListText<T>(name, show, parse);
  const error = errorMessage(fieldState.error);
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      <Textarea
        id={id}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, !!help, !!error)}
        {...input}
        name={field.name}
        ref={field.ref}
        value={text}
        onBlur={field.onBlur}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
