"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { grab, removeFromBlocklist, removeFromQueue, type GrabInput, type GrabResult } from "@/lib/downloads";

const PATH = "/activity";

export async function removeFromQueueAction(id: string, options: { removeFromClient: boolean; blocklist: boolean }): Promise<ActionResult<{ removedFromClient: boolean }>> {
  return runAction(async () => {
    const result = await removeFromQueue(await requireActionActor("user"), id, options);
    revalidatePath(PATH);
    return { removedFromClient: result.removedFromClient };
  });
}

export async function removeFromBlocklistAction(id: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await removeFromBlocklist(await requireActionActor("user"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function grabAction(input: GrabInput): Promise<ActionResult<GrabResult>> {
  return runAction(async () => {
    const result = await grab(await requireActionActor("user"), input);
    revalidatePath(PATH);
    return result;
  });
}
