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

export async function savePersonalChannelAction(input: Form): Promise<ActionResult<undefined>> {
  return runAction([arg.object], [input], async (input) => {
    await saveChannel(await requireActionActor("browse"), { ...(input as Form), scope: "personal" });
    revalidatePath("/profile");
    return undefined;
  });
}

export async function testPersonalChannelAction(input: Form): Promise<ActionResult<ChannelTestResult>> {
  return runAction([arg.object], [input], async (input) =>
    testChannel(await requireActionActor("browse"), { ...(input as Form), scope: "personal" }),
  );
}

export async function deletePersonalChannelAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await deleteChannel(await requireActionActor("browse"), { id, scope: "personal" });
    revalidatePath("/profile");
    return undefined;
  });
}
