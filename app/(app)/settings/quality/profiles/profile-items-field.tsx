"use client";

import { useController, useFormContext } from "react-hook-form";
import { errorMessage } from "@/components/forms/error-message";
import { FieldError } from "@/components/forms/field-shell";
import { QUALITIES } from "@/lib/release";
import { ItemList } from "./item-list";
import type { ProfileValues } from "./profile-values";

const NAMES: Record<number, string> = Object.fromEntries(QUALITIES.map((q) => [q.id, q.name]));

/** The profile's qualities, best first; the cutoff moves to an allowed one when its own is no longer allowed. */
export function ProfileItemsField() {
  const { control, getValues, setValue } = useFormContext<ProfileValues>();
  const { field, fieldState } = useController({ control, name: "items" });
  const error = errorMessage(fieldState.error);
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">Qualities</legend>
      <FieldError id="profile-items-error" message={error} />
      <ItemList
        items={field.value}
        names={NAMES}
        onChange={(items) => {
          field.onChange(items);
          const cutoff = getValues("cutoff");
          if (!items.some((i) => i.id === cutoff && i.allowed)) {
            const first = items.find((i) => i.allowed);
            if (first) setValue("cutoff", first.id, { shouldValidate: true });
          }
        }}
      />
    </fieldset>
  );
}
