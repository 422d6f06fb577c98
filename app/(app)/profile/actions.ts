"use server";

import { revalidatePath } from "next/cache";
import { changeOwnPassword, createApiKey, revokeApiKey } from "@/lib/accounts";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";

export async function changePasswordAction(input: {
  currentPassword: string;
  newPassword: string;
}): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await changeOwnPassword(await requireActionActor("browse"), input);
    return undefined;
  });
}

export async function createApiKeyAction(name: string): Promise<ActionResult<{ key: string }>> {
  return runAction(async () => {
    const { key } = await createApiKey(await requireActionActor("browse"), name);
    revalidatePath("/profile");
    return { key };
  });
}

export async function revokeApiKeyAction(id: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await revokeApiKey(await requireActionActor("browse"), id);
    revalidatePath("/profile");
    return undefined;
  });
}
