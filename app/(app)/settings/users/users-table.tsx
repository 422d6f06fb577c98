"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable, type ListFeatures } from "@/components/data-table/data-table";
import { RelativeTime } from "@/components/relative-time";
import { Badge } from "@/components/ui/badge";
import type { RoleOption } from "./add-user-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { DeleteUserButton, RoleSelect, type UserRowView } from "./user-actions";

const helper = createColumnHelper<ListFeatures, UserRowView>();

const columnsFor = (roleOptions: RoleOption[], currentUserId: string) =>
  helper.columns([
    helper.accessor((u) => u.username.toLowerCase(), {
      id: "user",
      header: "User",
      cell: ({ row: { original: user } }) => (
        <span className="font-medium">
          {user.username} {user.id === currentUserId && <Badge variant="secondary">you</Badge>}
        </span>
      ),
    }),
    helper.accessor("role", {
      header: "Role",
      cell: ({ row: { original: user } }) => (
        <RoleSelect user={user} roleOptions={roleOptions} disabled={user.id === currentUserId} />
      ),
    }),
    helper.accessor((u) => u.lastLoginAt ?? "", {
      id: "lastLogin",
      header: "Last sign-in",
      sortDescFirst: true,
      cell: ({ row }) => <RelativeTime iso={row.original.lastLoginAt} />,
    }),
    helper.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row: { original: user } }) => (
        <div className="flex justify-end gap-1">
          <ResetPasswordDialog user={user} />
          {user.id !== currentUserId && <DeleteUserButton user={user} />}
        </div>
      ),
    }),
  ]);

/** Who can sign in: sortable by name, role and last sign-in; on a phone the last sign-in folds under the name. */
export function UsersTable({
  users,
  roleOptions,
  currentUserId,
}: {
  users: UserRowView[];
  roleOptions: RoleOption[];
  currentUserId: string;
}) {
  const columns = useMemo(() => columnsFor(roleOptions, currentUserId), [roleOptions, currentUserId]);
  return (
    <DataTable
      label="Users"
      data={users}
      columns={columns}
      rowId={(u) => u.id}
      initialSorting={[{ id: "user", desc: false }]}
      layout={{
        lastLogin: { className: "hidden text-muted-foreground sm:table-cell" },
        actions: { className: "text-right" },
      }}
      fold={(user) => (
        <span className="text-sm text-muted-foreground">
          Last sign-in <RelativeTime iso={user.lastLoginAt} />
        </span>
      )}
    />
  );
}
