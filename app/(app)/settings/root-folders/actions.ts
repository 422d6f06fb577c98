"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { saveRootFolders } from "@/lib/catalog";

export async function saveRootFoldersAction(input: { movie: string; tv: string }): Promise<ActionResult> {
  return runAction(async () => {
    await saveRootFolders(await requireActionActor("admin"), input);
    revalidatePath("/settings/root-folders");
    return undefined;
  });
}
