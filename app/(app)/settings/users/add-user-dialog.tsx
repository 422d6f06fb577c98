"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import type { z } from "zod";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
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
import { newUserSchema } from "@/lib/accounts/schemas";
import { addUserAction } from "./actions";

export interface RoleOption {
  value: string;
  label: string;
  description: string;
}

type Values = z.input<typeof newUserSchema>;
const empty = { username: "", password: "", role: "user" } as const;

export function AddUserDialog({ roleOptions }: { roleOptions: RoleOption[] }) {
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(newUserSchema), defaultValues: empty });
  const role = useWatch({ control: form.control, name: "role" });
  const onSubmit = useActionSubmit(form, addUserAction, ({ username }) => {
    toast.success(`${username} can sign in now`);
    setOpen(false);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(empty);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> Add user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a user</DialogTitle>
          <DialogDescription>
            Give them the username and password; they can change the password on their profile.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form id="add-user" onSubmit={onSubmit} noValidate className="grid gap-4">
            <FormAlert />
            <TextField<Values> name="username" id="new-username" label="Username" autoCapitalize="none" />
            <TextField<Values>
              name="password"
              id="new-password"
              label="Password"
              type="password"
              autoComplete="new-password"
            />
            <SelectField<Values>
              name="role"
              id="new-role"
              label="Role"
              options={roleOptions}
              help={roleOptions.find((o) => o.value === role)?.description}
            />
          </form>
        </FormProvider>
        <DialogFooter>
          <Button type="submit" form="add-user" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Adding…" : "Add user"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
