"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { addExclusionInput, addImportExclusion, removeImportExclusion, type AddExclusionInput } from "@/lib/catalog";

export async function addExclusionAction(input: AddExclusionInput): Promise<ActionResult<{ title: string }>> {
  return runAction([addExclusionInput], [input], async (input) => {
    const entry = await addImportExclusion(await requireActionActor("manage"), input);
    revalidatePath("/settings/import-exclusions");
    return { title: entry.title };
  });
}

export async function removeExclusionAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await removeImportExclusion(await requireActionActor("manage"), id);
    revalidatePath("/settings/import-exclusions");
    return undefined;
  });
}
