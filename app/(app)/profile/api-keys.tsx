"use client";

import { Copy, KeyRound } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { apiKeyScopeLabels, type ApiKeyScope } from "@/lib/accounts/schemas";
import { revokeApiKeyAction } from "./actions";
import { CreateApiKeyForm } from "./create-api-key-form";

interface KeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  scope: ApiKeyScope;
  expiresAt: string | null;
}

const expired = (key: KeyView) => !!key.expiresAt && new Date(key.expiresAt).getTime() <= Date.now();

export function ApiKeys({ keys, scopes }: { keys: KeyView[]; scopes: readonly ApiKeyScope[] }) {
  const [created, setCreated] = useState<string | null>(null);

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
          acts with your role, or less: a read-only key reads, a requests-only key only browses and requests. See the{" "}
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
        <CreateApiKeyForm created={setCreated} scopes={scopes} />
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
                    <code>{key.prefix}…</code> · {apiKeyScopeLabels[key.scope].label.toLowerCase()} · created{" "}
                    <RelativeTime iso={key.createdAt} /> · used <RelativeTime iso={key.lastUsedAt} />
                    {key.expiresAt && !expired(key) && (
                      <>
                        {" "}
                        · expires <RelativeTime iso={key.expiresAt} />
                      </>
                    )}
                  </p>
                </div>
                {key.revokedAt ? (
                  <Badge variant="outline">revoked</Badge>
                ) : expired(key) ? (
                  <Badge variant="outline">expired</Badge>
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
