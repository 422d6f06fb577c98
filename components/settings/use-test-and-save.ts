"use client";

import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/api/action-result";

/** A connection test's answer: on failure, the form field to blame (if any) and why. */
type TestAnswer = { ok: true } | { ok: false; field?: string | null; message: string };

/**
 * The Test / Save flow of a settings dialog (indexers, download clients): which button is busy,
 * the last test answer, and per-field errors from the server (a failed test names its field).
 */
export function useTestAndSave<T extends TestAnswer>(actions: {
  test: () => Promise<ActionResult<T>>;
  save: () => Promise<ActionResult<unknown>>;
  /** After a successful save. */
  saved: () => void;
}) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [test, setTest] = useState<T | null>(null);
  const [pending, setPending] = useState<"save" | "test" | null>(null);

  async function onTest() {
    setPending("test");
    setTest(null);
    const result = await actions.test();
    setPending(null);
    if (!result.ok) return setFields(result.fields ?? { form: result.error });
    setTest(result.data);
    setFields(!result.data.ok && result.data.field ? { [result.data.field]: result.data.message } : {});
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending("save");
    const result = await actions.save();
    setPending(null);
    if (!result.ok) return setFields(result.fields ?? { form: result.error });
    actions.saved();
  }

  /** Closing or reopening the dialog forgets the last test and the errors. */
  function reset() {
    setTest(null);
    setFields({});
  }

  return { fields, setFields, test, pending, onTest, onSubmit, reset };
}
