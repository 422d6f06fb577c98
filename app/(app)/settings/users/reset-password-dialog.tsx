"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { passwordSchema } from "@/lib/accounts/schemas";
import { resetPasswordAction } from "./actions";
import type { UserRowView } from "./user-actions";

const resetSchema = z.object({ password: passwordSchema });

export function ResetPasswordDialog({ user }: { user: UserRowView }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(resetSchema), defaultValues: { password: "" } });
  // The action takes the password alone: its refusal names no field, so it goes to the password.
  const onSubmit = useActionSubmit(
    form,
    async ({ password }) => {
      const result = await resetPasswordAction(user.id, password);
      return result.ok ? result : { ...result, fields: { password: result.fields?.form ?? result.error } };
    },
    () => {
      toast.success(`New password set for ${user.username}; their other sessions are signed out`);
      setOpen(false);
    },
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset({ password: "" });
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Reset the password of ${user.username}`}>
          <KeyRound aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reset the password of {user.username}</DialogTitle>
          <DialogDescription>Their current sessions end at once.</DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id={`reset-${user.id}`} onSubmit={onSubmit} noValidate className="grid gap-2">
            <FormAlert />
            <TextField<z.input<typeof resetSchema>>
              name="password"
              id={`reset-password-${user.id}`}
              label="New password"
              type="password"
              autoComplete="new-password"
            />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button type="submit" form={`reset-${user.id}`} disabled={form.formState.isSubmitting}>
            Set password
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
