"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import {
  automationSettingsInput,
  commandInput,
  runCommand,
  updateAutomationSettings,
  type AutomationSettingsInput,
  type CommandInput,
  type CommandResult,
} from "@/lib/automation";

// The services check roles themselves; requireActionActor is each action's own session gate.

export async function runCommandAction(input: CommandInput): Promise<ActionResult<CommandResult>> {
  return runAction([commandInput], [input], async (input) => runCommand(await requireActionActor("manage"), input));
}

export async function updateAutomationSettingsAction(input: AutomationSettingsInput): Promise<ActionResult> {
  return runAction([automationSettingsInput], [input], async (input) => {
    await updateAutomationSettings(await requireActionActor("admin"), input);
    revalidatePath("/settings/general");
    return undefined;
  });
}
