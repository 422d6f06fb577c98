"use client";

import { useRef } from "react";
import { Upload } from "lucide-react";
import { useController, useFormContext } from "react-hook-form";
import { errorMessage } from "@/components/forms/error-message";
import { describedBy, FieldShell } from "@/components/forms/field-shell";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

/** The JSON of one or more custom formats, typed, pasted or loaded from a file; "Not JSON" shows under it. */
export function FormatJsonField() {
  const { control } = useFormContext<{ json: string }>();
  const { field, fieldState } = useController({ control, name: "json" });
  const file = useRef<HTMLInputElement>(null);
  const error = errorMessage(fieldState.error);
  return (
    <div className="grid gap-3">
      <FieldShell id="format-json" label="JSON" error={error}>
        <Textarea
          id="format-json"
          {...field}
          className="min-h-72 font-mono text-xs"
          spellCheck={false}
          aria-invalid={!!error}
          aria-describedby={describedBy("format-json", false, !!error)}
        />
      </FieldShell>
      <div>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          className="hidden"
          onChange={async (e) => {
            const text = await e.target.files?.[0]?.text();
            if (text !== undefined) field.onChange(text);
          }}
        />
        <Button type="button" variant="outline" size="sm" onClick={() => file.current?.click()}>
          <Upload className="size-4" /> Load a file
        </Button>
      </div>
    </div>
  );
}
