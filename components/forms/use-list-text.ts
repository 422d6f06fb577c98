"use client";

import { useState } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A text box bound to an array field: the user's text (with its separators and blank items while
 * typing) is kept, the field holds the parsed list; a list set from outside (reset) replaces the text.
 */
export function useListText<T extends FieldValues>(
  name: Path<T>,
  show: (value: unknown) => string,
  parse: (raw: string) => unknown[],
) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const [text, setText] = useState(() => show(field.value));
  const [held, setHeld] = useState<unknown>(field.value);
  if (!same(held, field.value)) {
    setHeld(field.value);
    if (!same(parse(text), field.value)) setText(show(field.value));
  }
  const onChange = (raw: string) => {
    setText(raw);
    field.onChange(parse(raw));
  };
  return { field, fieldState, text, onChange };
}
