"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CheckCircle2, XCircle } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { NativeSelect } from "@/components/catalog/native-select";
import { FieldShell } from "@/components/forms/field-shell";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MetadataSettingsInput, MetadataSettingsView } from "@/lib/metadata";
import { metadataSettingsInput } from "@/lib/metadata/settings.input";
import { saveMetadataAction, testMetadataAction } from "./actions";

type Values = z.input<typeof metadataSettingsInput>;

// Blank secret fields keep what is stored; the relay address only counts for the relay.
const changes = (values: z.output<typeof metadataSettingsInput>): MetadataSettingsInput => ({
  source: values.source,
  apiKey: values.apiKey || undefined,
  readToken: values.readToken || undefined,
  relayUrl: values.source === "relay" ? values.relayUrl : undefined,
  language: values.language,
});

export function MetadataForm({ settings }: { settings: MetadataSettingsView }) {
  const defaults = {
    source: settings.source ?? "tmdb",
    apiKey: "",
    readToken: "",
    relayUrl: settings.relayUrl ?? "",
    language: settings.language,
  } satisfies Values;
  const form = useForm({ resolver: zodResolver(metadataSettingsInput), defaultValues: defaults });
  const source = useWatch({ control: form.control, name: "source" });
  const [test, setTest] = useState<{ ok: boolean; message: string } | null>(null);

  const onTest = form.handleSubmit(async (values) => {
    setTest(null);
    const result = await testMetadataAction(changes(values));
    setTest(
      result.ok
        ? { ok: true, message: result.data.kind === "tmdb" ? "TMDB accepted the key." : "The relay answered." }
        : { ok: false, message: result.error },
    );
  });
  const onSave = useActionSubmit(
    form,
    (values) => saveMetadataAction(changes(values)),
    (_, values) => {
      form.reset({ ...values, apiKey: "", readToken: "" });
      toast.success("Metadata settings saved");
    },
  );
  const pending = form.formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <form className="grid max-w-xl gap-5" onSubmit={onSave} noValidate>
        <FormAlert />
        <FieldShell id="metadata-source" label="Source">
          <NativeSelect id="metadata-source" {...form.register("source")}>
            <option value="tmdb">TMDB, with my own key</option>
            <option value="relay">A metadata relay (another Mydia that holds a key)</option>
          </NativeSelect>
        </FieldShell>
        {source === "relay" ? (
          <TextField<Values>
            name="relayUrl"
            id="relay-url"
            label="Relay address"
            type="url"
            placeholder="https://mydia.friend.example"
            help="The Mydia at that address must run with RELAY_TMDB_API_KEY set."
          />
        ) : (
          <>
            <TextField<Values>
              name="apiKey"
              id="tmdb-key"
              label="API key (v3)"
              type="password"
              autoComplete="off"
              placeholder={settings.apiKeySet ? "Set — leave blank to keep it" : "Not set"}
            />
            <TextField<Values>
              name="readToken"
              id="tmdb-token"
              label="Read access token (v4, used instead of the key when set)"
              type="password"
              autoComplete="off"
              placeholder={settings.readTokenSet ? "Set — leave blank to keep it" : "Not set"}
            />
            <p className="text-sm text-muted-foreground">
              Get both at themoviedb.org → Settings → API. They are stored encrypted and never shown again.
              {settings.envKeySet && " TMDB_API_KEY is set in the environment and is used when neither is set here."}
            </p>
          </>
        )}
        <TextField<Values>
          name="language"
          id="metadata-language"
          label="Language"
          placeholder="en-US"
          className="max-w-40"
          help="Titles and overviews in this language, falling back to English; its country picks release dates and certifications."
        />
        {test && (
          <Alert variant={test.ok ? "default" : "destructive"} data-testid="metadata-test-result">
            {test.ok ? <CheckCircle2 aria-hidden /> : <XCircle aria-hidden />}
            <AlertTitle>{test.ok ? "It works" : "It does not work"}</AlertTitle>
            <AlertDescription>{test.message}</AlertDescription>
          </Alert>
        )}
        <div className="flex gap-2">
          <Button type="button" variant="outline" onClick={() => void onTest()} disabled={pending}>
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
