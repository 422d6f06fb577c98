"use server";

import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { runTask } from "@/lib/system";

export async function runTaskAction(name: string): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction(async () => runTask(await requireActionActor("admin"), name));
}
