"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CheckCircle2, Plus, Trash2, XCircle } from "lucide-react";
import { useState } from "react";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { NativeSelect } from "@/components/catalog/native-select";
import { FormAlert } from "@/components/forms/form-alert";
import { NativeSelectField } from "@/components/forms/native-select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Separator } from "@/components/ui/separator";
import { roleLabels, roles } from "@/lib/accounts/roles";
import {
  signInSettingsInput,
  type SignInSettingsInput,
  type SignInSettingsView,
} from "@/lib/accounts/sign-in-settings.input";
import { saveSignInSettingsAction, testSignInSettingsAction } from "./actions";

// The form keeps "refuse" as "" in the select; the action gets null.
const formSchema = signInSettingsInput.extend({ defaultRole: z.union([z.enum(roles), z.literal("")]) });
type Values = z.input<typeof formSchema>;

const changes = (values: z.output<typeof formSchema>): SignInSettingsInput => ({
  ...values,
  clientSecret: values.clientSecret || undefined,
  defaultRole: values.defaultRole || null,
});

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role].label }));

export function SignInSettingsForm({ settings, redirectUri }: { settings: SignInSettingsView; redirectUri: string }) {
  const { clientSecretSet, ...stored } = settings;
  const defaults: Values = { ...stored, clientSecret: "", defaultRole: stored.defaultRole ?? "" };
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: defaults });
  const mappings = useFieldArray({ control: form.control, name: "roleMappings" });
  const oidcEnabled = useWatch({ control: form.control, name: "oidcEnabled" });
  const [test, setTest] = useState<{ ok: boolean; message: string } | null>(null);

  const onTest = form.handleSubmit(async (values) => {
    setTest(null);
    const result = await testSignInSettingsAction(changes(values));
    setTest(
      result.ok
        ? { ok: true, message: `${result.data.issuer} answered and accepted the client ID and secret.` }
        : { ok: false, message: result.error },
    );
  });
  const onSave = useActionSubmit(
    form,
    (values) => saveSignInSettingsAction(changes(values)),
    (_, values) => {
      form.reset({ ...values, clientSecret: "" });
      toast.success("Authentication settings saved");
    },
  );
  const pending = form.formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <form className="grid max-w-2xl gap-5" onSubmit={onSave} noValidate aria-label="Authentication settings">
        <FormAlert />
        <SwitchField<Values> name="oidcEnabled" id="oidc-enabled" label="Sign in with OpenID Connect" />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField<Values>
            name="name"
            id="oidc-name"
            label="Provider name"
            placeholder="Authelia"
            help="Shown on the sign-in button."
          />
          <TextField<Values>
            name="issuer"
            id="oidc-issuer"
            label="Issuer URL"
            type="url"
            placeholder="https://auth.example.com"
            help="Mydia reads /.well-known/openid-configuration under it."
          />
          <TextField<Values> name="clientId" id="oidc-client-id" label="Client ID" autoComplete="off" />
          <TextField<Values>
            name="clientSecret"
            id="oidc-client-secret"
            label="Client secret"
            type="password"
            autoComplete="off"
            placeholder={clientSecretSet ? "Set — leave blank to keep it" : "Not set"}
            help="Stored encrypted and never shown again."
          />
        </div>
        <TextField<Values>
          name="scopes"
          id="oidc-scopes"
          label="Scopes"
          placeholder="openid profile email groups"
          help="Ask for the scope that carries the groups (often groups; Google has none)."
        />
        <div className="grid gap-1.5 rounded-md border bg-muted/40 p-3 text-sm">
          <span className="font-medium">Redirect URI to register at the provider</span>
          <code className="break-all" data-testid="oidc-redirect-uri">
            {redirectUri}
          </code>
        </div>

        <Separator />
        <div className="grid gap-3">
          <div>
            <h2 className="text-base font-semibold">Roles from groups</h2>
            <p className="text-sm text-muted-foreground">
              The first rule whose value the claim holds gives the role, at every sign-in.
            </p>
          </div>
          <TextField<Values>
            name="roleClaim"
            id="oidc-role-claim"
            label="Claim"
            placeholder="groups"
            className="max-w-60"
            help="Keycloak roles: realm_access.roles."
          />
          <ul className="grid gap-2" aria-label="Role rules">
            {mappings.fields.map((field, index) => (
              <li key={field.id} className="grid grid-cols-[1fr_auto] items-end gap-2 sm:grid-cols-[1fr_12rem_auto]">
                <div className="col-span-2 grid gap-1.5 sm:col-span-1">
                  <Label htmlFor={`mapping-value-${index}`}>Value</Label>
                  <Input
                    id={`mapping-value-${index}`}
                    placeholder="mydia-admins"
                    aria-invalid={!!form.formState.errors.roleMappings?.[index]?.value}
                    {...form.register(`roleMappings.${index}.value`)}
                  />
                </div>
                <div className="grid gap-1.5">
                  <Label htmlFor={`mapping-role-${index}`}>Role</Label>
                  <NativeSelect id={`mapping-role-${index}`} {...form.register(`roleMappings.${index}.role`)}>
                    {roleOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove rule ${index + 1}`}
                  onClick={() => mappings.remove(index)}
                >
                  <Trash2 aria-hidden />
                </Button>
              </li>
            ))}
          </ul>
          {mappings.fields.length === 0 && (
            <p className="text-sm text-muted-foreground">No rules yet: add one per group, e.g. family → Requester.</p>
          )}
          <Button
            type="button"
            variant="outline"
            className="justify-self-start"
            onClick={() => mappings.append({ value: "", role: "requester" })}
          >
            <Plus aria-hidden /> Add rule
          </Button>
          <NativeSelectField<Values>
            name="defaultRole"
            id="oidc-default-role"
            label="When no rule matches"
            options={[
              { value: "", label: "Refuse: “your account has no access to Mydia”" },
              ...roleOptions.map((option) => ({ value: option.value, label: `New users get ${option.label}` })),
            ]}
          />
        </div>

        <Separator />
        <div className="grid gap-4">
          <SwitchField<Values> name="autoCreate" id="oidc-auto-create" label="Create users at their first sign-in" />
          <NativeSelectField<Values>
            name="linkBy"
            id="oidc-link-by"
            label="Link a first sign-in to an existing user"
            help="Users can also link their account from their profile."
            options={[
              { value: "email", label: "When the verified email is their username" },
              { value: "username", label: "When the preferred_username claim is their username" },
              { value: "off", label: "Never (only from the profile)" },
            ]}
          />
          <SwitchField<Values> name="localLogin" id="local-login" label="Password sign-in" />
          <p className="text-sm text-muted-foreground">
            Turned off, the sign-in page offers only {form.getValues("name") || "single sign-on"}. Locked out? On the
            server, run <code>mydia auth local-login on</code>.
          </p>
        </div>

        {test && (
          <Alert variant={test.ok ? "default" : "destructive"} data-testid="oidc-test-result">
            {test.ok ? <CheckCircle2 aria-hidden /> : <XCircle aria-hidden />}
            <AlertTitle>{test.ok ? "It works" : "It does not work"}</AlertTitle>
            <AlertDescription>{test.message}</AlertDescription>
          </Alert>
        )}
        <div className="flex gap-2">
          <Button type="button" variant="outline" onClick={() => void onTest()} disabled={pending || !oidcEnabled}>
            Test
          </Button>
          <Button type="submit" disabled={pending}>
            Save
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
