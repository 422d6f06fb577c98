"use client";

import type { ComponentProps, ReactNode } from "react";
import type { FieldValues, Path } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";
import { useListText } from "./use-list-text";

const show = (value: unknown) => (Array.isArray(value) ? value.join(", ") : "");

/** A comma-separated box bound to an array field (tags, category numbers); item errors show under it. */
export function ListField<T extends FieldValues>({
  name,
  id,
  label,
  help,
  item = "text",
  ...input
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  help?: ReactNode;
  item?: "text" | "number";
} & Omit<ComponentProps<typeof Input>, "name" | "id" | "value" | "defaultValue" | "onChange">) {
  const parse = (raw: string) => {
    const parts = raw
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    return item === "number" ? parts.map(Number) : parts;
  };
  const { field, fieldState, text, onChange } = useListText<T>(name, show, parse);
  const error = errorMessage(fieldState.error);
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      <Input
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
