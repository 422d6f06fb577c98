import { listUsers, systemActor } from "@/lib/accounts";

/**
 * Who can receive notifications now: every user's id, and the admins' (requests to approve, system
 * events). An event may name a user deleted since; such ids are dropped rather than failing the batch.
 */
export async function recipients(): Promise<{ known: Set<string>; admins: string[] }> {
  const users = await listUsers(systemActor);
  return { known: new Set(users.map((u) => u.id)), admins: users.filter((u) => u.role === "admin").map((u) => u.id) };
}
