"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { startSignInLinkAction, unlinkSignInAction } from "./actions";

export interface LinkedSignInView {
  label: string;
  linkedAt: string;
  lastLoginAt: string | null;
}

export function SingleSignOn({
  provider,
  linked,
  hasPassword,
}: {
  provider: string | null;
  linked: LinkedSignInView[];
  hasPassword: boolean;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function link() {
    setPending(true);
    setError(null);
    const result = await startSignInLinkAction();
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      return;
    }
    await signIn("oidc", { callbackUrl: "/profile" });
  }

  async function unlink() {
    setPending(true);
    const result = await unlinkSignInAction();
    setPending(false);
    if (result.ok) toast.success("Single sign-on unlinked");
    else setError(result.error);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Single sign-on</CardTitle>
        <CardDescription>
          {provider ? `Sign in to Mydia with your ${provider} account.` : "Single sign-on is not set up."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {error && (
          <Alert variant="destructive" role="alert">
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        )}
        {linked.length > 0 ? (
          <ul className="grid gap-1 text-sm" aria-label="Linked accounts">
            {linked.map((identity) => (
              <li key={identity.linkedAt} data-testid="linked-sign-in">
                Linked to <span className="font-medium">{identity.label}</span>
                {identity.lastLoginAt && (
                  <span className="text-muted-foreground">
                    {" "}
                    · last used {new Date(identity.lastLoginAt).toLocaleDateString()}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          provider && <p className="text-sm text-muted-foreground">Not linked yet.</p>
        )}
        <div className="flex flex-wrap gap-2">
          {provider && (
            <Button type="button" onClick={() => void link()} disabled={pending}>
              {linked.length > 0 ? `Link another ${provider} account` : `Link my ${provider} account`}
            </Button>
          )}
          {linked.length > 0 && hasPassword && (
            <Button type="button" variant="outline" onClick={() => void unlink()} disabled={pending}>
              Unlink
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
