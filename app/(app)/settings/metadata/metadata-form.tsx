"use client";

import { useState, useTransition } from "react";
import { CheckCircle2, XCircle } from "lucide-react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/catalog/native-select";
import type { MetadataSettingsInput, MetadataSettingsView } from "@/lib/metadata";
import { saveMetadataAction, testMetadataAction } from "./actions";

export function MetadataForm({ settings }: { settings: MetadataSettingsView }) {
  const [source, setSource] = useState<"tmdb" | "relay">(settings.source ?? "tmdb");
  const [apiKey, setApiKey] = useState("");
  const [readToken, setReadToken] = useState("");
  const [relayUrl, setRelayUrl] = useState(settings.relayUrl ?? "");
  const [language, setLanguage] = useState(settings.language);
  const [test, setTest] = useState<{ ok: boolean; message: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();

  // Blank secret fields keep what is stored.
  const input = (): MetadataSettingsInput => ({
    source,
    apiKey: apiKey || undefined,
    readToken: readToken || undefined,
    relayUrl: source === "relay" ? relayUrl : undefined,
    language,
  });

  const onTest = () =>
    start(async () => {
      setTest(null);
      const result = await testMetadataAction(input());
      setTest(
        result.ok
          ? { ok: true, message: result.data.kind === "tmdb" ? "TMDB accepted the key." : "The relay answered." }
          : { ok: false, message: result.error },
      );
    });
  const onSave = () =>
    start(async () => {
      const result = await saveMetadataAction(input());
      if (!result.ok) {
        setFields(result.fields ?? { form: result.error });
        return;
      }
      setFields({});
      setApiKey("");
      setReadToken("");
      toast.success("Metadata settings saved");
    });

  return (
    <form
      className="grid max-w-xl gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {fields.form && (
        <p role="alert" className="text-sm text-destructive">
          {fields.form}
        </p>
      )}
      <div className="grid gap-2">
        <Label htmlFor="metadata-source">Source</Label>
        <NativeSelect
          id="metadata-source"
          value={source}
          onChange={(e) => setSource(e.target.value as "tmdb" | "relay")}
        >
          <option value="tmdb">TMDB, with my own key</option>
          <option value="relay">A metadata relay (another Mydia that holds a key)</option>
        </NativeSelect>
      </div>
      {source === "tmdb" ? (
        <>
          <div className="grid gap-2">
            <Label htmlFor="tmdb-key">API key (v3)</Label>
            <Input
              id="tmdb-key"
              type="password"
              autoComplete="off"
              value={apiKey}
              onChange={(e) => setApiKey(e.target.value)}
              placeholder={settings.apiKeySet ? "Set — leave blank to keep it" : "Not set"}
              aria-invalid={!!fields.apiKey}
            />
            {fields.apiKey && <p className="text-sm text-destructive">{fields.apiKey}</p>}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="tmdb-token">Read access token (v4, used instead of the key when set)</Label>
            <Input
              id="tmdb-token"
              type="password"
              autoComplete="off"
              value={readToken}
              onChange={(e) => setReadToken(e.target.value)}
              placeholder={settings.readTokenSet ? "Set — leave blank to keep it" : "Not set"}
            />
          </div>
          <p className="text-sm text-muted-foreground">
            Get both at themoviedb.org → Settings → API. They are stored encrypted and never shown again.
            {settings.envKeySet && " TMDB_API_KEY is set in the environment and is used when neither is set here."}
          </p>
        </>
      ) : (
        <div className="grid gap-2">
          <Label htmlFor="relay-url">Relay address</Label>
          <Input
            id="relay-url"
            type="url"
            value={relayUrl}
            onChange={(e) => setRelayUrl(e.target.value)}
            placeholder="https://mydia.friend.example"
            aria-invalid={!!fields.relayUrl}
          />
          {fields.relayUrl && <p className="text-sm text-destructive">{fields.relayUrl}</p>}
          <p className="text-sm text-muted-foreground">
            The Mydia at that address must run with RELAY_TMDB_API_KEY set.
          </p>
        </div>
      )}
      <div className="grid gap-2">
        <Label htmlFor="metadata-language">Language</Label>
        <Input
          id="metadata-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          placeholder="en-US"
          aria-invalid={!!fields.language}
          className="max-w-40"
        />
        {fields.language ? (
          <p className="text-sm text-destructive">{fields.language}</p>
        ) : (
          <p className="text-sm text-muted-foreground">
            Titles and overviews in this language, falling back to English; its country picks release dates and
            certifications.
          </p>
        )}
      </div>
      {test && (
        <Alert variant={test.ok ? "default" : "destructive"} data-testid="metadata-test-result">
          {test.ok ? <CheckCircle2 aria-hidden /> : <XCircle aria-hidden />}
          <AlertTitle>{test.ok ? "It works" : "It does not work"}</AlertTitle>
          <AlertDescription>{test.message}</AlertDescription>
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="button" variant="outline" onClick={onTest} disabled={pending}>
          Test
        </Button>
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
