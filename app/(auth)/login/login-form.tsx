"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Separator } from "@/components/ui/separator";
import { signInErrorMessages, type SignInErrorCode } from "@/lib/accounts/sign-in-errors";
import type { LoginOptions } from "@/lib/accounts/sign-in-settings.input";

/** next-auth's answer to a password sign-in: a known code, or the rate limit's own sentence. */
const messageFor = (error: string) =>
  error in signInErrorMessages ? signInErrorMessages[error as SignInErrorCode] : error;

export function LoginForm({
  callbackUrl,
  initialError,
  options,
}: {
  callbackUrl: string;
  initialError: string | null;
  options: LoginOptions;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(messageFor(result?.error ?? "CredentialsSignin"));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  async function onSingleSignOn() {
    setPending(true);
    setError(null);
    await signIn("oidc", { callbackUrl });
  }

  const errorAlert = error && (
    <Alert variant="destructive" id="login-error" role="alert">
      <AlertDescription>{error}</AlertDescription>
    </Alert>
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign in</CardTitle>
        <CardDescription>Welcome back. Sign in to manage your movies and shows.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {errorAlert}
        {options.oidc && (
          <Button
            type="button"
            variant={options.localLogin ? "outline" : "default"}
            onClick={() => void onSingleSignOn()}
            disabled={pending}
          >
            Sign in with {options.oidc.name}
          </Button>
        )}
        {options.oidc && options.localLogin && (
          <div className="flex items-center gap-3 text-xs text-muted-foreground">
            <Separator className="flex-1" />
            or with your password
            <Separator className="flex-1" />
          </div>
        )}
        {options.localLogin && (
          <form onSubmit={onSubmit} className="grid gap-4" aria-describedby={error ? "login-error" : undefined}>
            <div className="grid gap-2">
              <Label htmlFor="username">Username</Label>
              <Input
                id="username"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                required
                autoFocus={!options.oidc}
              />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="password">Password</Label>
              <Input id="password" name="password" type="password" autoComplete="current-password" required />
            </div>
            <Button type="submit" disabled={pending}>
              {pending ? "Signing in…" : "Sign in"}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
