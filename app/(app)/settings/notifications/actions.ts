"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  deleteChannel,
  saveChannel,
  testChannel,
  type ChannelInput,
  type ChannelTestResult,
} from "@/lib/notifications";

type Form = Omit<ChannelInput, "scope">;

export async function saveAdminChannelAction(input: Form): Promise<ActionResult<undefined>> {
  return runAction([arg.object], [input], async (input) => {
    await saveChannel(await requireActionActor("admin"), { ...(input as Form), scope: "admin" });
    revalidatePath("/settings/notifications");
    return undefined;
  });
}

export async function testAdminChannelAction(input: Form): Promise<ActionResult<ChannelTestResult>> {
  return runAction([arg.object], [input], async (input) =>
    testChannel(await requireActionActor("admin"), { ...(input as Form), scope: "admin" }),
  );
}

export async function deleteAdminChannelAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await deleteChannel(await requireActionActor("admin"), { id, scope: "admin" });
    revalidatePath("/settings/notifications");
    return undefined;
  });
}
