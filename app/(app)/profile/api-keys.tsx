"use client";

import { Copy, KeyRound } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

interface KeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function ApiKeys({ keys }: { keys: KeyView[] }) {
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = await createApiKeyAction(String(new FormData(form).get("name")));
    if (!result.ok) return setError(result.fields?.form ?? result.error);
    setError(null);
    setCreated(result.data.key);
    form.reset();
  }

  async function onRevoke(key: KeyView) {
    const result = await revokeApiKeyAction(key.id);
    if (result.ok) toast.success(`"${key.name}" no longer works`);
    else toast.error(result.error);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">API keys</CardTitle>
        <CardDescription>
          For scripts and other apps: send a key as <code>X-Api-Key</code> or <code>Authorization: Bearer</code>. It
          acts with your role. See the{" "}
          <a className="underline underline-offset-4" href="/system/api">
            API reference
          </a>
          .
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {created && (
          <Alert>
            <KeyRound aria-hidden />
            <AlertTitle>Copy the key now: it is shown only once</AlertTitle>
            <AlertDescription className="grid gap-2">
              <code className="break-all rounded bg-muted px-2 py-1 text-xs" data-testid="new-api-key">
                {created}
              </code>
              <Button
                size="sm"
                variant="outline"
                className="justify-self-start"
                onClick={() => navigator.clipboard?.writeText(created).then(() => toast.success("Copied"))}
              >
                <Copy aria-hidden /> Copy
              </Button>
            </AlertDescription>
          </Alert>
        )}
        <form onSubmit={onCreate} className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="grid flex-1 gap-2">
            <Label htmlFor="key-name">New key name</Label>
            <Input id="key-name" name="name" placeholder="e.g. Home Assistant" required maxLength={80} />
          </div>
          <Button type="submit">Create key</Button>
        </form>
        {error && (
          <p className="text-sm text-destructive" role="alert">
            {error}
          </p>
        )}
        {keys.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No keys yet. Create one for each app that talks to Mydia, so you can revoke them one by one.
          </p>
        ) : (
          <ul className="divide-y rounded-lg border">
            {keys.map((key) => (
              <li key={key.id} className="flex flex-wrap items-center gap-2 p-3">
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">{key.name}</p>
                  <p className="text-xs text-muted-foreground">
                    <code>{key.prefix}…</code> · created <RelativeTime iso={key.createdAt} /> · used{" "}
                    <RelativeTime iso={key.lastUsedAt} />
                  </p>
                </div>
                {key.revokedAt ? (
                  <Badge variant="outline">revoked</Badge>
                ) : (
                  <Button size="sm" variant="outline" onClick={() => onRevoke(key)}>
                    Revoke
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
