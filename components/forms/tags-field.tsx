"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, type FieldValues, type Path } from "react-hook-form";
import { TagsInput } from "@/components/catalog/tags-input";
import { errorMessage } from "./error-message";
import { FieldShell } from "./field-shell";

/** A list of free tags (type one, Enter or comma), bound to a string-array field of the form. */
export function TagsField<T extends FieldValues>({
  name,
  id,
  label,
  help,
  suggestions,
}: {
  name: Path<T>;
  id: string;
  label: ReactNode;
  help?: ReactNode;
  suggestions?: string[];
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name });
  const tags: string[] = Array.isArray(field.value) ? field.value : [];
  return (
    <FieldShell id={id} label={label} help={help} error={errorMessage(fieldState.error)}>
      <TagsInput id={id} value={tags} onChange={field.onChange} suggestions={suggestions} />
    </FieldShell>
  );
}
