"use server";

import { createFirstAdmin, newUserSchema } from "@/lib/accounts";
import { runAction, type ActionResult } from "@/lib/api";

export async function createAdminAction(input: {
  username: string;
  password: string;
}): Promise<ActionResult<{ username: string }>> {
  // No session exists yet; the service itself refuses once any user exists.
  return runAction([newUserSchema.omit({ role: true })], [input], async (input) => {
    const user = await createFirstAdmin(input);
    return { username: user.username };
  });
}
