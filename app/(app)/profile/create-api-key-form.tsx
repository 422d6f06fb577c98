"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { apiKeyNameSchema, apiKeyScopeLabels, type ApiKeyScope } from "@/lib/accounts/schemas";
import { createApiKeyAction } from "./actions";

const lifetimes = [
  { value: "", label: "Never expires" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
] as const;

const schema = z.object({
  name: apiKeyNameSchema,
  scope: z.string(),
  lifetime: z.enum(["", "30", "90", "365"]),
});
const empty = { name: "", scope: "full", lifetime: "" } as const;

/** Names, scopes and creates an API key; the new key goes to `created`, to be shown once. */
export function CreateApiKeyForm({
  created,
  scopes,
}: {
  created: (key: string) => void;
  scopes: readonly ApiKeyScope[];
}) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: empty });
  const onSubmit = useActionSubmit(
    form,
    ({ name, scope, lifetime }) =>
      createApiKeyAction({ name, scope, expiresInDays: lifetime ? Number(lifetime) : null }),
    ({ key }) => {
      created(key);
      form.reset(empty);
    },
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-2">
        <FormAlert />
        <TextField<z.input<typeof schema>>
          name="name"
          id="key-name"
          label="New key name"
          placeholder="e.g. Home Assistant"
          maxLength={80}
        />
        <div className="grid gap-2 sm:grid-cols-2">
          <NativeSelectField<z.input<typeof schema>>
            name="scope"
            id="key-scope"
            label="Scope"
            options={scopes.map((scope) => ({ value: scope, label: apiKeyScopeLabels[scope].label }))}
            help={apiKeyScopeLabels[form.watch("scope") as ApiKeyScope]?.description}
          />
          <NativeSelectField<z.input<typeof schema>>
            name="lifetime"
            id="key-lifetime"
            label="Expires"
            options={lifetimes}
          />
        </div>
        <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
          Create key
        </Button>
      </form>
    </FormProvider>
  );
}
