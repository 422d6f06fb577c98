import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { listUsers, roleLabels, roles } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { AddUserDialog } from "./add-user-dialog";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("admin");
  const users = await listUsers(actor);
  const roleOptions = roles.map((role) => ({ value: role, ...roleLabels[role] }));
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and what each person may do."
        actions={<AddUserDialog roleOptions={roleOptions} />}
      />
      <UsersTable
        currentUserId={actor.userId}
        roleOptions={roleOptions}
        users={users.map((u) => ({
          id: u.id,
          username: u.username,
          role: u.role,
          createdAt: u.createdAt.toISOString(),
          lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
