"use server";

import { revalidatePath } from "next/cache";
import { saveSignInSettings, signInSettingsInput, testSignInSettings, type SignInSettingsInput } from "@/lib/accounts";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";

export async function saveSignInSettingsAction(input: SignInSettingsInput): Promise<ActionResult> {
  return runAction([signInSettingsInput], [input], async (input) => {
    await saveSignInSettings(await requireActionActor("admin"), input);
    revalidatePath("/settings/authentication");
    return undefined;
  });
}

export async function testSignInSettingsAction(input: SignInSettingsInput): Promise<ActionResult<{ issuer: string }>> {
  return runAction([signInSettingsInput], [input], async (input) =>
    testSignInSettings(await requireActionActor("admin"), input),
  );
}
