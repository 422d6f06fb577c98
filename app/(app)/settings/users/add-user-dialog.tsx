"use client";

import { UserPlus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
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
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { addUserAction } from "./actions";

export interface RoleOption {
  value: string;
  label: string;
  description: string;
}

export function AddUserDialog({ roleOptions }: { roleOptions: RoleOption[] }) {
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState("user");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await addUserAction({
      username: String(form.get("username")),
      password: String(form.get("password")),
      role,
    });
    setPending(false);
    if (!result.ok) {
      setFields(result.fields ?? { form: result.error });
      return;
    }
    toast.success(`${result.data.username} can sign in now`);
    setFields({});
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
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
        <form id="add-user" onSubmit={onSubmit} className="grid gap-4">
          {fields.form && (
            <p className="text-sm text-destructive" role="alert">
              {fields.form}
            </p>
          )}
          <div className="grid gap-2">
            <Label htmlFor="new-username">Username</Label>
            <Input id="new-username" name="username" required autoCapitalize="none" aria-invalid={!!fields.username} />
            {fields.username && <p className="text-sm text-destructive">{fields.username}</p>}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="new-password">Password</Label>
            <Input
              id="new-password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              aria-invalid={!!fields.password}
            />
            {fields.password && <p className="text-sm text-destructive">{fields.password}</p>}
          </div>
          <div className="grid gap-2">
            <Label htmlFor="new-role">Role</Label>
            <Select value={role} onValueChange={setRole}>
              <SelectTrigger id="new-role" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {roleOptions.map((option) => (
                  <SelectItem key={option.value} value={option.value}>
                    {option.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p className="text-sm text-muted-foreground">{roleOptions.find((o) => o.value === role)?.description}</p>
          </div>
        </form>
        <DialogFooter>
          <Button type="submit" form="add-user" disabled={pending}>
            {pending ? "Adding…" : "Add user"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
