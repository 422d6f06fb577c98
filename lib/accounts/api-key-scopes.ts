import type { ApiKeyScope } from "@/lib/db/types";
import { can, type Role } from "./roles";

/**
 * The role a key acts with: a scope narrows its owner's role to the role with just those
 * capabilities. Null when the owner's role lacks what the scope is for (a read-only key of a
 * requester), so such a key does nothing rather than something its owner cannot.
 */
export function scopedRole(role: Role, scope: ApiKeyScope): Role | null {
  if (scope === "full") return role;
  if (scope === "read-only") return can(role, "read") ? "readonly" : null;
  return can(role, "request") ? "requester" : null;
}
