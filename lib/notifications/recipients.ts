import { listUsers, systemActor } from "@/lib/accounts";

/** The ids of the users who get admin notifications (the admin role: requests to approve, system events). */
export async function adminIds(): Promise<string[]> {
  return (await listUsers(systemActor)).filter((u) => u.role === "admin").map((u) => u.id);
}
