"use server";

import { z } from "zod";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { runTask } from "@/lib/system";

export async function runTaskAction(name: string): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction([z.string().min(1).max(100)], [name], async (name) =>
    runTask(await requireActionActor("admin"), name),
  );
}
