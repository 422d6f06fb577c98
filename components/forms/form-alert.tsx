"use client";

import { useFormContext, useFormState } from "react-hook-form";

/** The form-wide error (an action's message that names no field), as an alert above the fields. */
export function FormAlert() {
  const { control } = useFormContext();
  const { errors } = useFormState({ control });
  const message = errors.root?.server?.message;
  if (!message) return null;
  return (
    <p className="text-sm text-destructive" role="alert">
      {message}
    </p>
  );
}
