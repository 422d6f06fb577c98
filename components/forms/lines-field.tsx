"use client";

import { useState, type ComponentProps, type ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Textarea } from "@/components/ui/textarea";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";

const show = (value: unknown) => (Array.isArray(value) ? value.join("\n") : "");
const parse = (raw: string) =>
  raw
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const [text, setText] = useState(() => show(field.value));
  const [held, setHeld] = useState<unknown>(field.value);
  // A list set from outside (reset) replaces the text; the user's own blank lines stay while typing.
  if (!same(held, field.value)) {
    setHeld(field.value);
    if (!same(parse(text), field.value)) setText(show(field.value));
  }
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
        onChange={(event) => {
          setText(event.target.value);
          field.onChange(parse(event.target.value));
        }}
      />
    </FieldShell>
  );
}
