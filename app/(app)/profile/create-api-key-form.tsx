"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { apiKeyNameSchema } from "@/lib/accounts/schemas";
import { createApiKeyAction } from "./actions";

const schema = z.object({ name: apiKeyNameSchema });

/** Names and creates an API key; the new key goes to `created`, to be shown once. */
export function CreateApiKeyForm({ created }: { created: (key: string) => void }) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: "" } });
  const onSubmit = useActionSubmit(
    form,
    ({ name }) => createApiKeyAction(name),
    ({ key }) => {
      created(key);
      form.reset({ name: "" });
    },
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-2">
        <FormAlert />
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <div className="flex-1">
            <TextField<z.input<typeof schema>>
              name="name"
              id="key-name"
              label="New key name"
              placeholder="e.g. Home Assistant"
              maxLength={80}
            />
          </div>
          <Button type="submit" className="sm:mt-5" disabled={form.formState.isSubmitting}>
            Create key
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
