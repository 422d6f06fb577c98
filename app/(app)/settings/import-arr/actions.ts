"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { arrImportInput, dryRunArrImport, startArrImport, type ArrDryRun, type ArrImportInput } from "@/lib/migration";

const PATH = "/settings/import-arr";

export async function dryRunArrImportAction(input: ArrImportInput): Promise<ActionResult<ArrDryRun>> {
  return runAction([arrImportInput.strict()], [input], async (input) =>
    dryRunArrImport(await requireActionActor("admin"), input),
  );
}

export async function startArrImportAction(input: ArrImportInput): Promise<ActionResult<{ importId: string }>> {
  return runAction([arrImportInput.strict()], [input], async (input) => {
    const started = await startArrImport(await requireActionActor("admin"), input);
    revalidatePath(PATH);
    return started;
  });
}
