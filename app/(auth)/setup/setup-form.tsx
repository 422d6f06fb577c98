"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createAdminAction } from "./actions";

export function SetupForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "");
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setFields({ confirm: "The passwords differ" });
      return;
    }
    setPending(true);
    setError(null);
    setFields({});
    const result = await createAdminAction({ username, password });
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      setFields(result.fields ?? {});
      return;
    }
    const login = await signIn("credentials", { username, password, redirect: false });
    router.replace(login?.ok ? "/" : "/login");
    router.refresh();
  }

  const fieldError = (name: string) =>
    fields[name] ? (
      <p id={`${name}-error`} className="text-sm text-destructive">
        {fields[name]}
      </p>
    ) : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Create the admin account</CardTitle>
        <CardDescription>
          This is the first start of Mydia. The admin manages settings and invites the rest of the household.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4">
          {error && (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
          <div className="grid gap-2">
            <Label htmlFor="username">Username</Label>
            <Input
              id="username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              required
              minLength={2}
              autoFocus
              aria-invalid={!!fields.username}
              aria-describedby={fields.username ? "username-error" : undefined}
            />
            {fieldError("username")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="password">Password</Label>
            <Input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              aria-invalid={!!fields.password}
              aria-describedby={fields.password ? "password-error" : undefined}
            />
            {fieldError("password")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="confirm">Repeat the password</Label>
            <Input
              id="confirm"
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              aria-invalid={!!fields.confirm}
              aria-describedby={fields.confirm ? "confirm-error" : undefined}
            />
            {fieldError("confirm")}
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create admin and sign in"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
