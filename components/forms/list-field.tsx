"use client";

import { useState, type ComponentProps, type ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";

const show = (value: unknown) => (Array.isArray(value) ? value.join(", ") : "");
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const [text, setText] = useState(() => show(field.value));
  const [held, setHeld] = useState<unknown>(field.value);
  const parse = (raw: string) => {
    const parts = raw
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    return item === "number" ? parts.map(Number) : parts;
  };
  if (!same(held, field.value)) {
    setHeld(field.value);
    if (!same(parse(text), field.value)) setText(show(field.value));
  }
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
        onChange={(event) => {
          setText(event.target.value);
          field.onChange(parse(event.target.value));
        }}
      />
    </FieldShell>
  );
}
