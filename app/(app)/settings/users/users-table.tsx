"use client";

import { KeyRound, Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
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
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RoleOption } from "./add-user-dialog";
import { changeRoleAction, deleteUserAction, resetPasswordAction } from "./actions";

interface UserRowView {
  id: string;
  username: string;
  role: string;
  createdAt: string;
  lastLoginAt: string | null;
}

export function UsersTable({
  users,
  roleOptions,
  currentUserId,
}: {
  users: UserRowView[];
  roleOptions: RoleOption[];
  currentUserId: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>User</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden sm:table-cell">Last sign-in</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableCell className="font-medium">
                {user.username} {user.id === currentUserId && <Badge variant="secondary">you</Badge>}
              </TableCell>
              <TableCell>
                <RoleSelect user={user} roleOptions={roleOptions} disabled={user.id === currentUserId} />
              </TableCell>
              <TableCell className="hidden text-muted-foreground sm:table-cell">
                <RelativeTime iso={user.lastLoginAt} />
              </TableCell>
              <TableCell className="text-right">
                <div className="flex justify-end gap-1">
                  <ResetPasswordDialog user={user} />
                  {user.id !== currentUserId && <DeleteUserButton user={user} />}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function RoleSelect({
  user,
  roleOptions,
  disabled,
}: {
  user: UserRowView;
  roleOptions: RoleOption[];
  disabled: boolean;
}) {
  const [pending, setPending] = useState(false);
  async function onChange(role: string) {
    setPending(true);
    const result = await changeRoleAction(user.id, role);
    setPending(false);
    if (result.ok) toast.success(`${user.username} is now ${roleOptions.find((o) => o.value === role)?.label ?? role}`);
    else toast.error(result.error);
  }
  return (
    <Select value={user.role} onValueChange={onChange} disabled={disabled || pending}>
      <SelectTrigger className="w-36" aria-label={`Role of ${user.username}`}>
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
  );
}

function ResetPasswordDialog({ user }: { user: UserRowView }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await resetPasswordAction(user.id, String(new FormData(event.currentTarget).get("password")));
    if (!result.ok) return setError(result.fields?.form ?? result.error);
    toast.success(`New password set for ${user.username}; their other sessions are signed out`);
    setError(null);
    setOpen(false);
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
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
        <form id={`reset-${user.id}`} onSubmit={onSubmit} className="grid gap-2">
          <Label htmlFor={`reset-password-${user.id}`}>New password</Label>
          <Input
            id={`reset-password-${user.id}`}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
          />
          {error && (
            <p className="text-sm text-destructive" role="alert">
              {error}
            </p>
          )}
        </form>
        <DialogFooter>
          <Button type="submit" form={`reset-${user.id}`}>
            Set password
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function DeleteUserButton({ user }: { user: UserRowView }) {
  async function onConfirm() {
    const result = await deleteUserAction(user.id);
    if (result.ok) toast.success(`${user.username} was deleted`);
    else toast.error(result.error);
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Delete ${user.username}`}>
          <Trash2 aria-hidden />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {user.username}?</AlertDialogTitle>
          <AlertDialogDescription>They can no longer sign in, and their API keys stop working.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={onConfirm}>Delete</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
