"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { changePasswordAction } from "./actions";

/** The server's schema, plus the repetition only the form asks for. */
const schema = changePasswordSchema
  .extend({ confirm: z.string() })
  .refine((v) => v.confirm === v.newPassword, { path: ["confirm"], message: "The passwords differ" });
type Values = z.input<typeof schema>;

export function ChangePasswordForm() {
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "", confirm: "" },
  });
  const onSubmit = useActionSubmit(
    form,
    ({ currentPassword, newPassword }) => changePasswordAction({ currentPassword, newPassword }),
    async () => {
      toast.success("Password changed. Sign in again with the new one.");
      // The change ended every session, this one included.
      await signOut({ callbackUrl: "/login" });
    },
  );
  const pending = form.formState.isSubmitting;

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Change password</CardTitle>
        <CardDescription>Signs you out everywhere, this device included.</CardDescription>
      </CardHeader>
      <CardContent>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormAlert />
            <TextField<Values>
              name="currentPassword"
              id="currentPassword"
              label="Current password"
              type="password"
              autoComplete="current-password"
            />
            <TextField<Values>
              name="newPassword"
              id="newPassword"
              label="New password"
              type="password"
              autoComplete="new-password"
            />
            <TextField<Values>
              name="confirm"
              id="confirm"
              label="Repeat the new password"
              type="password"
              autoComplete="new-password"
            />
            <Button type="submit" disabled={pending} className="justify-self-start">
              {pending ? "Saving…" : "Change password"}
            </Button>
          </form>
        </FormProvider>
      </CardContent>
    </Card>
  );
}
