"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { markNotificationsRead, markReadSchema, unreadCount, type MarkReadInput } from "@/lib/notifications";

export async function markNotificationsReadAction(input: MarkReadInput): Promise<ActionResult<{ changed: number }>> {
  return runAction([markReadSchema], [input], async (input) => {
    const result = await markNotificationsRead(await requireActionActor("browse"), input);
    revalidatePath("/notifications");
    return result;
  });
}

export async function unreadCountAction(): Promise<ActionResult<number>> {
  return runAction([], [], async () => unreadCount(await requireActionActor("browse")));
}
