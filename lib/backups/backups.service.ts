import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { assertCan, type Actor } from "@/lib/accounts";
import { ConflictError } from "@/lib/errors";
import { pendingJobFor, sendJob } from "@/lib/jobs";
import { backupPath, deleteBackupFile, listBackups, type BackupInfo, type UnreadableBackup } from "./backup-files";
import {
  readPendingRestore,
  readRestoreOutcome,
  writePendingRestore,
  type PendingRestore,
  type RestoreOutcome,
} from "./pending-restore";
import { RESTART_FOR_RESTORE_EXIT_CODE, SUPERVISED_ENV } from "./restart";
import { verifyBackupFile } from "./restore-backup";
import { readBackupSettings, writeBackupSettings, type BackupSettings, type BackupSettingsInput } from "./settings";

export interface BackupsOverview {
  backups: BackupInfo[];
  unreadable: UnreadableBackup[];
  settings: BackupSettings;
  pendingRestore: PendingRestore | null;
  lastRestore: RestoreOutcome | null;
  /** True when Mydia runs under `npm start`, which restarts itself to restore. */
  supervised: boolean;
}

export async function getBackupsOverview(actor: Actor): Promise<BackupsOverview> {
  assertCan(actor, "admin");
  const { backups, unreadable } = await listBackups();
  return {
    backups,
    unreadable,
    settings: await readBackupSettings(),
    pendingRestore: readPendingRestore(),
    lastRestore: readRestoreOutcome(),
    supervised: process.env[SUPERVISED_ENV] === "1",
  };
}

/** Queues a manual backup on the worker; the job already queued or running when one is. */
export async function runBackupNow(actor: Actor): Promise<{ jobId: string | null }> {
  assertCan(actor, "admin");
  const jobId = await sendJob("backups.create", { manual: true });
  return { jobId: jobId ?? (await pendingJobFor("backups.create", { manual: true })) };
}

export async function updateBackupSettings(actor: Actor, input: BackupSettingsInput): Promise<BackupSettings> {
  assertCan(actor, "admin");
  return writeBackupSettings(input);
}

export async function deleteBackup(actor: Actor, name: string): Promise<void> {
  assertCan(actor, "admin");
  if (readPendingRestore()?.name === name) throw new ConflictError("This backup is about to be restored");
  deleteBackupFile(name);
}

/** The file as a stream for the download route. */
export function openBackupDownload(
  actor: Actor,
  name: string,
): { stream: ReadableStream<Uint8Array>; bytes: number; name: string } {
  assertCan(actor, "admin");
  const file = backupPath(name);
  return {
    stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    bytes: statSync(file).size,
    name: path.basename(file),
  };
}

/**
 * Asks for a restore: the backup is checked completely now (a damaged or foreign file is refused
 * here), then applied by the next start before the migrations. Under `npm start` the web process
 * exits with RESTART_FOR_RESTORE_EXIT_CODE so the supervisor stops the worker, restores and starts
 * both again; otherwise the user restarts every process.
 */
export async function requestRestore(actor: Actor, name: string): Promise<{ restarting: boolean }> {
  assertCan(actor, "admin");
  const file = backupPath(name);
  await verifyBackupFile(file);
  writePendingRestore({
    name,
    requestedAt: new Date().toISOString(),
    requestedBy: actor.kind === "user" ? actor.username : "system",
  });
  const restarting = process.env[SUPERVISED_ENV] === "1";
  if (restarting) setTimeout(() => process.exit(RESTART_FOR_RESTORE_EXIT_CODE), 500).unref();
  return { restarting };
}
