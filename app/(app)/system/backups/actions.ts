"use server";

import { z } from "zod";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs, runAction, type ActionResult } from "@/lib/api";
import {
  backupSettingsInput,
  deleteBackup,
  requestRestore,
  runBackupNow,
  updateBackupSettings,
  type BackupSettings,
} from "@/lib/backups";

const backupName = z.string().min(1).max(200);

export async function runBackupNowAction(): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction([], [], async () => runBackupNow(await requireActionActor("admin")));
}

export async function restoreBackupAction(name: string): Promise<ActionResult<{ restarting: boolean }>> {
  return runAction([backupName], [name], async (name) => requestRestore(await requireActionActor("admin"), name));
}

export async function deleteBackupAction(name: string): Promise<ActionResult<undefined>> {
  return runAction([backupName], [name], async (name) => {
    await deleteBackup(await requireActionActor("admin"), name);
    return undefined;
  });
}

export async function updateBackupSettingsAction(input: unknown): Promise<ActionResult<BackupSettings>> {
  return runAction([actionArgs.object.pipe(backupSettingsInput)], [input], async (changes) =>
    updateBackupSettings(await requireActionActor("admin"), changes),
  );
}
