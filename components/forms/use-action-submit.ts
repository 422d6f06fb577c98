"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/api/action-result";
import { showServerErrors } from "./server-errors";

/**
 * The submit handler of a form that runs one server action: the form's zod schema checks the values
 * first (errors next to their fields, nothing sent), then the action runs with the parsed values;
 * its refusal lands on the fields it names (or the form's alert), its answer goes to `done`.
 * `form.formState.isSubmitting` tells the button it is busy.
 */
export function useActionSubmit<V extends FieldValues, Out, R>(
  form: UseFormReturn<V, unknown, Out>,
  action: (values: Out) => Promise<ActionResult<R>>,
  done: (data: R, values: Out) => void | Promise<void>,
  /**
   * summary: the action's message also heads the form when its fields have their own;
   * alias: the form's path of a field the server names otherwise.
   */
  options: { summary?: boolean; alias?: (name: string) => string } = {},
) {
  return form.handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) {
      const fields = result.fields ? { ...result.fields, ...(options.summary ? { form: result.error } : {}) } : null;
      return showServerErrors(form, fields ?? { form: result.error }, options.alias);
    }
    await done(result.data, values);
  });
}
