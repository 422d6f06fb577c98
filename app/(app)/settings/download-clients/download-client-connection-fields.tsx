"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { NumberField } from "@/components/forms/number-field";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import { downloadClientFormDefaults, type DownloadClientFormValues } from "./download-client-form-values";

const kinds = Object.values(downloadClientDefinitions).map((d) => ({
  value: d.kind,
  label: `${d.label} (${d.protocol})`,
}));
type Values = DownloadClientFormValues;

/** Type, name, address and login of a download client. */
export function DownloadClientConnectionFields({
  editing,
  storedSecrets,
}: {
  editing: boolean;
  storedSecrets: string[];
}) {
  const { control, reset } = useFormContext<Values>();
  const definition = downloadClientDefinitions[useWatch({ control, name: "kind" })];
  const stored = (name: string) => (storedSecrets.includes(name) ? "Stored — leave empty to keep" : "");
  return (
    <>
      {!editing && (
        <SelectField<Values>
          name="kind"
          id="dc-kind"
          label="Type"
          options={kinds}
          onPick={(kind) => {
            // Another client: its own defaults (port, URL base, categories).
            const picked = Object.values(downloadClientDefinitions).find((d) => d.kind === kind);
            if (picked) reset(downloadClientFormDefaults(undefined, picked.kind));
          }}
        />
      )}
      <TextField<Values> name="name" id="dc-name" label="Name" />
      <div className="grid grid-cols-[1fr_7rem] gap-3">
        <TextField<Values> name="host" id="dc-host" label="Host" />
        <NumberField<Values> name="port" id="dc-port" label="Port" min={1} />
      </div>
      <SwitchField<Values> name="useTls" id="dc-tls" label="Use HTTPS" />
      <TextField<Values> name="urlBase" id="dc-urlBase" label="URL base" />
      {definition.fields.includes("username") && (
        <TextField<Values> name="username" id="dc-username" label="User name" empty="null" />
      )}
      {definition.secretFields.includes("password") && (
        <TextField<Values>
          name="password"
          id="dc-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          placeholder={stored("password")}
        />
      )}
      {definition.secretFields.includes("apiKey") && (
        <TextField<Values>
          name="apiKey"
          id="dc-apikey"
          label="API key"
          type="password"
          autoComplete="off"
          placeholder={stored("apiKey")}
        />
      )}
    </>
  );
}
