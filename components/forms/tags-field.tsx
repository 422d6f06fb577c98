"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { TagsInput } from "@/components/catalog/tags-input";
import { errorMessage } from "./error-message";
import { FieldShell } from "./field-shell";

/** A title's free tags (Enter or a comma adds one) bound to a list field of the surrounding form. */
export function TagsField<T extends FieldValues>({
  name,
  id,
  label,
  suggestions,
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  suggestions?: string[];
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const tags: string[] = Array.isArray(field.value) ? field.value : [];
  return (
    <FieldShell id={id} label={label} error={errorMessage(fieldState.error)}>
      <TagsInput id={id} value={tags} onChange={field.onChange} suggestions={suggestions} />
    </FieldShell>
  );
}
