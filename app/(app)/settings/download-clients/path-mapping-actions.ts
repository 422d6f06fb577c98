"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { addPathMapping, deletePathMapping, updatePathMapping, type PathMapping } from "@/lib/library";

const PATH = "/settings/download-clients";

export async function savePathMappingAction(
  id: string | null,
  input: { remotePath: string; localPath: string },
): Promise<ActionResult<PathMapping>> {
  return runAction([arg.id.nullable(), arg.object], [id, input], async (id, input) => {
    const actor = await requireActionActor("admin");
    const saved = id ? await updatePathMapping(actor, id, input) : await addPathMapping(actor, input);
    revalidatePath(PATH);
    return saved;
  });
}

export async function deletePathMappingAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await deletePathMapping(await requireActionActor("admin"), id);
    revalidatePath(PATH);
    return undefined;
  });
}
