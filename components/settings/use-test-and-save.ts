"use client";

import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { showServerErrors } from "@/components/forms/server-errors";
import type { ActionResult } from "@/lib/api/action-result";

/** A connection test's answer: on failure, the form field to blame (if any) and why. */
type TestAnswer = { ok: true } | { ok: false; field?: string | null; message: string };

/**
 * The Test / Save flow of a settings dialog (indexers, download clients) on a react-hook-form form:
 * both buttons first check the values with the form's zod schema (errors show next to the fields and
 * nothing is sent), then run their action with the parsed values. Tracks which button is busy and
 * the last test answer; the server's per-field errors, and the field a failed test blames, land on
 * their fields.
 */
export function useTestAndSave<V extends FieldValues, Out, T extends TestAnswer>(
  form: UseFormReturn<V, unknown, Out>,
  actions: {
    test: (values: Out) => Promise<ActionResult<T>>;
    save: (values: Out) => Promise<ActionResult<unknown>>;
    /** After a successful save. */
    saved: (values: Out) => void;
    /** The form's path of a field the server names (default: the same name). */
    alias?: (name: string) => string;
  },
) {
  const [test, setTest] = useState<T | null>(null);
  const [pending, setPending] = useState<"save" | "test" | null>(null);

  const onTest = form.handleSubmit(async (values) => {
    setPending("test");
    setTest(null);
    const result = await actions.test(values);
    setPending(null);
    if (!result.ok) return showServerErrors(form, result.fields ?? { form: result.error }, actions.alias);
    setTest(result.data);
    if (!result.data.ok && result.data.field)
      showServerErrors(form, { [result.data.field]: result.data.message }, actions.alias);
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setPending("save");
    const result = await actions.save(values);
    setPending(null);
    if (!result.ok) return showServerErrors(form, result.fields ?? { form: result.error }, actions.alias);
    actions.saved(values);
  });

  /** Closing or reopening the dialog forgets the last test and the errors. */
  function reset() {
    setTest(null);
    form.clearErrors();
  }

  return { test, pending, onTest, onSubmit, reset };
}
