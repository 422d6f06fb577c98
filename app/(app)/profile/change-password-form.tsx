"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("newPassword") !== form.get("confirm")) return setFields({ confirm: "The passwords differ" });
    setPending(true);
    const result = await changePasswordAction({
      currentPassword: String(form.get("currentPassword")),
      newPassword: String(form.get("newPassword")),
    });
    setPending(false);
    if (!result.ok) return setFields(result.fields ?? { form: result.error });
    toast.success("Password changed. Sign in again with the new one.");
    // The change ended every session, this one included.
    await signOut({ callbackUrl: "/login" });
  }

  const error = (name: string) => fields[name] && <p className="text-sm text-destructive">{fields[name]}</p>;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Change password</CardTitle>
        <CardDescription>Signs you out everywhere, this device included.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4">
          {fields.form && (
            <p className="text-sm text-destructive" role="alert">
              {fields.form}
            </p>
          )}
          <div className="grid gap-2">
            <Label htmlFor="currentPassword">Current password</Label>
            <Input
              id="currentPassword"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={!!fields.currentPassword}
            />
            {error("currentPassword")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="newPassword">New password</Label>
            <Input
              id="newPassword"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              aria-invalid={!!fields.newPassword}
            />
            {error("newPassword")}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="confirm">Repeat the new password</Label>
            <Input
              id="confirm"
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              aria-invalid={!!fields.confirm}
            />
            {error("confirm")}
          </div>
          <Button type="submit" disabled={pending} className="justify-self-start">
            {pending ? "Saving…" : "Change password"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
