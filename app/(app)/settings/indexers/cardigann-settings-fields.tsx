"use client";

import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { definitionSettingsAction } from "./actions";
import type { IndexerFormValues } from "./indexer-form-values";

type SettingField = {
  name: string;
  label: string;
  type: "info" | "text" | "password" | "checkbox" | "select";
  secret: boolean;
  default: string | boolean | null;
  options: { value: string; label: string }[];
};

const initialValue = (field: SettingField) =>
  field.type === "checkbox"
    ? field.default === true || field.default === "true"
    : field.secret
      ? ""
      : String(field.default ?? "");

/**
 * The settings form a Cardigann definition declares (login, cookie, sort order …), loaded when a
 * definition is picked; fills the name, address and unset settings from the definition.
 */
export function CardigannSettingsFields({ open, storedSecrets }: { open: boolean; storedSecrets: string[] }) {
  const { control, getValues, setValue, setError } = useFormContext<IndexerFormValues>();
  const [kind, definitionId] = useWatch({ control, name: ["kind", "definitionId"] });
  const [fields, setFields] = useState<SettingField[]>([]);

  useEffect(() => {
    if (!open || kind !== "cardigann" || !definitionId) return;
    let live = true;
    void definitionSettingsAction(definitionId).then((result) => {
      if (!live) return;
      if (!result.ok) return setError("definitionId", { type: "server", message: result.error });
      const { summary, settings } = result.data;
      setFields(settings);
      if (!getValues("name")) setValue("name", summary.name);
      if (!getValues("baseUrl") && summary.links[0]) setValue("baseUrl", summary.links[0]);
      const current = getValues("settings") ?? {};
      setValue(
        "settings",
        Object.fromEntries(
          settings.filter((f) => f.type !== "info").map((f) => [f.name, current[f.name] ?? initialValue(f)]),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [open, kind, definitionId, getValues, setValue, setError]);

  if (kind !== "cardigann") return null;
  return fields.map((field) => {
    const id = `ix-s-${field.name}`;
    const name = `settings.${field.name}` as const;
    if (field.type === "info")
      return (
        <p key={field.name} className="rounded-md bg-muted p-2 text-xs text-muted-foreground">
          <span className="font-medium">{field.label}.</span> {typeof field.default === "string" ? field.default : ""}
        </p>
      );
    if (field.type === "checkbox")
      return (
        <SwitchField<IndexerFormValues> key={field.name} name={name} id={id} label={field.label} layout="inline" />
      );
    if (field.type === "select")
      return (
        <SelectField<IndexerFormValues>
          key={field.name}
          name={name}
          id={id}
          label={field.label}
          options={field.options}
        />
      );
    return (
      <TextField<IndexerFormValues>
        key={field.name}
        name={name}
        id={id}
        label={field.label}
        type={field.secret ? "password" : "text"}
        autoComplete="off"
        placeholder={field.secret && storedSecrets.includes(field.name) ? "Stored — leave empty to keep" : ""}
      />
    );
  });
}
