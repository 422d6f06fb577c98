"use client";

import { useState, type ComponentProps, type ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { errorMessage } from "./error-message";
import { describedBy, FieldShell } from "./field-shell";

const show = (value: unknown, scale: number) =>
  typeof value === "number" && Number.isFinite(value) ? String(value / scale) : "";

/**
 * A number box bound to a number field of the form. The box keeps what was typed ("1." on the way to
 * "1.5"); the form holds the number (× scale, e.g. seconds shown for milliseconds stored), or
 * null/undefined when the box is empty, for the schema to accept (optional) or refuse (required).
 */
export function NumberField<T extends FieldValues>({
  name,
  id,
  label,
  help,
  empty = "undefined",
  scale = 1,
  unit,
  ...input
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  help?: ReactNode;
  empty?: "null" | "undefined";
  scale?: number;
  /** Shown after the box ("minutes"). */
  unit?: ReactNode;
} & Omit<ComponentProps<typeof Input>, "name" | "id" | "value" | "defaultValue" | "onChange" | "type">) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const [text, setText] = useState(() => show(field.value, scale));
  const [held, setHeld] = useState<unknown>(field.value);
  const parse = (raw: string) =>
    raw.trim() === "" ? (empty === "null" ? null : undefined) : Math.round(Number(raw) * scale * 1e6) / 1e6;
  // A value set from outside (reset, a definition's defaults) replaces what the box shows.
  if (!Object.is(held, field.value)) {
    setHeld(field.value);
    if (!Object.is(parse(text), field.value)) setText(show(field.value, scale));
  }
  const error = errorMessage(fieldState.error);
  const box = (
    <Input
      id={id}
      type="number"
      inputMode="decimal"
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
  );
  return (
    <FieldShell id={id} label={label} help={help} error={error}>
      {unit ? (
        <div className="flex items-center gap-2">
          {box}
          <span className="text-sm text-muted-foreground">{unit}</span>
        </div>
      ) : (
        box
      )}
    </FieldShell>
  );
}
