"use client";

import { Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
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
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { RoleOption } from "./add-user-dialog";
import { changeRoleAction, deleteUserAction } from "./actions";

export interface UserRowView {
  id: string;
  username: string;
  role: string;
  createdAt: string;
  lastLoginAt: string | null;
}

export function RoleSelect({
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

export function DeleteUserButton({ user }: { user: UserRowView }) {
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
