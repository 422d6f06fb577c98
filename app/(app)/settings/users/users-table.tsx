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

/** The pieces of a user's row, shared by the table's cells and the phone's cards. */
function cellsFor(roleOptions: RoleOption[], currentUserId: string) {
  return {
    name: (user: UserRowView) => (
      <span className="font-medium">
        {user.username} {user.id === currentUserId && <Badge variant="secondary">you</Badge>}
      </span>
    ),
    role: (user: UserRowView) => (
      <RoleSelect user={user} roleOptions={roleOptions} disabled={user.id === currentUserId} />
    ),
    actions: (user: UserRowView) => (
      <div className="flex justify-end gap-1">
        <ResetPasswordDialog user={user} />
        {user.id !== currentUserId && <DeleteUserButton user={user} />}
      </div>
    ),
  };
}
type Cells = ReturnType<typeof cellsFor>;

const columnsFor = (cells: Cells) =>
  helper.columns([
    helper.accessor((u) => u.username.toLowerCase(), {
      id: "user",
      header: "User",
      cell: ({ row }) => cells.name(row.original),
    }),
    helper.accessor("role", { header: "Role", cell: ({ row }) => cells.role(row.original) }),
    helper.accessor((u) => u.lastLoginAt ?? "", {
      id: "lastLogin",
      header: "Last sign-in",
      sortDescFirst: true,
      cell: ({ row }) => <RelativeTime iso={row.original.lastLoginAt} />,
    }),
    helper.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => cells.actions(row.original),
    }),
  ]);

/** Who can sign in: sortable by name, role and last sign-in; cards on a phone. */
export function UsersTable({
  users,
  roleOptions,
  currentUserId,
}: {
  users: UserRowView[];
  roleOptions: RoleOption[];
  currentUserId: string;
}) {
  const cells = useMemo(() => cellsFor(roleOptions, currentUserId), [roleOptions, currentUserId]);
  const columns = useMemo(() => columnsFor(cells), [cells]);
  return (
    <DataTable
      label="Users"
      data={users}
      columns={columns}
      rowId={(u) => u.id}
      initialSorting={[{ id: "user", desc: false }]}
      layout={{ lastLogin: { className: "text-muted-foreground" }, actions: { className: "text-right" } }}
      card={(user) => (
        <div className="grid gap-2">
          <div className="flex items-center justify-between gap-2">
            {cells.name(user)}
            {cells.actions(user)}
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
            {cells.role(user)}
            <span>
              Last sign-in <RelativeTime iso={user.lastLoginAt} />
            </span>
          </div>
        </div>
      )}
    />
  );
}
