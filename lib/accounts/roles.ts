import { roles, type Role } from "@/lib/db/types";

export { roles, type Role };

/** Each role can do everything the roles after it can: admin > user > requester > readonly. */
const rank: Record<Role, number> = { admin: 3, user: 2, requester: 1, readonly: 0 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

export const roleLabels: Record<Role, { label: string; description: string }> = {
  admin: { label: "Admin", description: "Everything, including settings, users and system tasks" },
  user: { label: "User", description: "Manage the library: add, search, grab and import" },
  requester: { label: "Requester", description: "Browse and request movies and shows" },
  readonly: { label: "Read-only", description: "Browse only" },
};
