"use server";

import { revalidatePath } from "next/cache";
import {
  changeOwnPassword,
  changePasswordSchema,
  createApiKey,
  newApiKeySchema,
  revokeApiKey,
  unlinkOwnSignIn,
} from "@/lib/accounts";
import { requireActionActor, startIdentityLink } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";

export async function changePasswordAction(input: {
  currentPassword: string;
  newPassword: string;
}): Promise<ActionResult<undefined>> {
  return runAction([changePasswordSchema], [input], async (input) => {
    await changeOwnPassword(await requireActionActor("browse"), input);
    return undefined;
  });
}

export async function createApiKeyAction(input: {
  name: string;
  scope: string;
  expiresInDays: number | null;
}): Promise<ActionResult<{ key: string }>> {
  return runAction([newApiKeySchema], [input], async ({ name, ...options }) => {
    const { key } = await createApiKey(await requireActionActor("browse"), name, options);
    revalidatePath("/profile");
    return { key };
  });
}

export async function revokeApiKeyAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await revokeApiKey(await requireActionActor("browse"), id);
    revalidatePath("/profile");
    return undefined;
  });
}

/** "Link my account": marks the session, then the browser goes through the provider (single-sign-on.tsx). */
export async function startSignInLinkAction(): Promise<ActionResult<undefined>> {
  return runAction([], [], async () => {
    await startIdentityLink();
    return undefined;
  });
}

export async function unlinkSignInAction(): Promise<ActionResult<undefined>> {
  return runAction([], [], async () => {
    await unlinkOwnSignIn(await requireActionActor("browse"));
    revalidatePath("/profile");
    return undefined;
  });
}
