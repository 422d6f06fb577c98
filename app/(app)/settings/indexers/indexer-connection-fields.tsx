"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import type { IndexerFormValues } from "./indexer-form-values";

const kinds = [
  { value: "torznab", label: "Torznab" },
  { value: "newznab", label: "Newznab" },
  { value: "cardigann", label: "Cardigann definition" },
];

/** Type, definition, name, address and API credentials of an indexer. */
export function IndexerConnectionFields({
  editing,
  definitions,
  storedSecrets,
}: {
  editing: boolean;
  definitions: { id: string; name: string }[];
  storedSecrets: string[];
}) {
  const { control, setValue } = useFormContext<IndexerFormValues>();
  const kind = useWatch({ control, name: "kind" });
  return (
    <>
      {!editing && <SelectField<IndexerFormValues> name="kind" id="ix-kind" label="Type" options={kinds} />}
      {kind === "cardigann" && !editing && (
        <SelectField<IndexerFormValues>
          name="definitionId"
          id="ix-definition"
          label="Definition"
          placeholder="Choose a site"
          options={definitions.map((d) => ({ value: d.id, label: d.name }))}
          onPick={() => {
            // Another site: its name, address and settings come with its definition.
            setValue("name", "");
            setValue("baseUrl", undefined);
            setValue("settings", {});
          }}
        />
      )}
      <TextField<IndexerFormValues> name="name" id="ix-name" label="Name" required />
      <TextField<IndexerFormValues>
        name="baseUrl"
        id="ix-url"
        label="URL"
        empty="undefined"
        inputMode="url"
        placeholder={kind === "cardigann" ? "" : "http://prowlarr:9696/1"}
      />
      {kind !== "cardigann" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField<IndexerFormValues> name="apiPath" id="ix-path" label="API path" />
          <TextField<IndexerFormValues>
            name="apiKey"
            id="ix-key"
            label="API key"
            type="password"
            autoComplete="off"
            placeholder={storedSecrets.includes("apiKey") ? "Stored — leave empty to keep" : ""}
          />
        </div>
      )}
    </>
  );
}
