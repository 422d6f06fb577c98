"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { newUserSchema } from "@/lib/accounts/schemas";
import { createAdminAction } from "./actions";

/** The server's schema for the first admin, plus the repetition only the form asks for. */
const schema = newUserSchema
  .omit({ role: true })
  .extend({ confirm: z.string() })
  .refine((v) => v.confirm === v.password, { path: ["confirm"], message: "The passwords differ" });
type Values = z.input<typeof schema>;

export function SetupForm() {
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { username: "", password: "", confirm: "" },
  });
  const onSubmit = useActionSubmit(
    form,
    ({ username, password }) => createAdminAction({ username, password }),
    async (_data, { username, password }) => {
      const login = await signIn("credentials", { username, password, redirect: false });
      router.replace(login?.ok ? "/" : "/login");
      router.refresh();
    },
  );
  const { isSubmitting, isSubmitSuccessful } = form.formState;
  // After success the page is on its way to the home page: the button stays busy until it leaves.
  const pending = isSubmitting || isSubmitSuccessful;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Create the admin account</CardTitle>
        <CardDescription>
          This is the first start of Mydia. The admin manages settings and invites the rest of the household.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormAlert />
            <TextField<Values>
              name="username"
              id="username"
              label="Username"
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
            />
            <TextField<Values>
              name="password"
              id="password"
              label="Password"
              type="password"
              autoComplete="new-password"
            />
            <TextField<Values>
              name="confirm"
              id="confirm"
              label="Repeat the password"
              type="password"
              autoComplete="new-password"
            />
            <Button type="submit" disabled={pending}>
              {pending ? "Creating…" : "Create admin and sign in"}
            </Button>
          </form>
        </FormProvider>
      </CardContent>
    </Card>
  );
}
