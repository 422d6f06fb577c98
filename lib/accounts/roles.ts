// The accounts part of the shared types: the index would bring zod (other contexts' schemas) into the browser bundle.
import { roles, type Role } from "@/lib/db/types/accounts";

export { roles, type Role };

/**
 * What an identity may do. Roles are sets of capabilities, not ranks: a requester is not "above"
 * read-only, it can request but never sees the library's inner side (files, paths, releases, queue).
 */
export const capabilities = {
  browse: "See the catalog's public face: titles, posters, overviews, availability, calendar",
  request: "Ask for movies and shows and follow one's own requests",
  read: "Read the library's inner side: files and paths, libraries, releases, queue, history, indexers, clients",
  manage: "Manage media: add, monitor, search, grab, import, rename, delete files",
  admin: "Users, secrets, settings and the system",
} as const;
export type Capability = keyof typeof capabilities;

const grants: Record<Role, readonly Capability[]> = {
  admin: ["browse", "request", "read", "manage", "admin"],
  user: ["browse", "request", "read", "manage"],
  requester: ["browse", "request"],
  readonly: ["browse", "read"],
};

export function can(role: Role, capability: Capability): boolean {
  return grants[role].includes(capability);
}

export function capabilitiesOf(role: Role): readonly Capability[] {
  return grants[role];
}

export const roleLabels: Record<Role, { label: string; description: string }> = {
  admin: { label: "Admin", description: "Everything, including settings, users and system tasks" },
  user: { label: "User", description: "Manage the library: add, search, grab and import" },
  requester: { label: "Requester", description: "Browse the catalog and request movies and shows" },
  readonly: { label: "Read-only", description: "See everything in the library, change nothing" },
};
