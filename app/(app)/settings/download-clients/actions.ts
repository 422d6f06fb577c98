"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  createDownloadClientRecord,
  createDownloadClientSchema,
  deleteDownloadClient,
  testDownloadClient,
  updateDownloadClient,
  updateDownloadClientSchema,
  type ClientTestResult,
  type CreateDownloadClientInput,
  type UpdateDownloadClientInput,
} from "@/lib/downloads";

const PATH = "/settings/download-clients";

export async function createDownloadClientAction(
  input: CreateDownloadClientInput,
): Promise<ActionResult<{ id: string }>> {
  return runAction([createDownloadClientSchema], [input], async (input) => {
    const created = await createDownloadClientRecord(await requireActionActor("admin"), input);
    revalidatePath(PATH);
    return { id: created.id };
  });
}

export async function updateDownloadClientAction(
  id: string,
  input: UpdateDownloadClientInput,
): Promise<ActionResult<undefined>> {
  return runAction([arg.id, updateDownloadClientSchema], [id, input], async (id, input) => {
    await updateDownloadClient(await requireActionActor("admin"), id, input);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function deleteDownloadClientAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await deleteDownloadClient(await requireActionActor("admin"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

/** Test as stored (id), as it would be with changes (id + input), or a new one (null + input). */
export async function testDownloadClientAction(
  id: string | null,
  input?: CreateDownloadClientInput | UpdateDownloadClientInput,
): Promise<ActionResult<ClientTestResult>> {
  return runAction([arg.id.nullable(), arg.object.optional()], [id, input], async (id, input) =>
    testDownloadClient(await requireActionActor("admin"), id, input as CreateDownloadClientInput | undefined),
  );
}
