import { getConfig } from "@/lib/config";
import { appliedMigrations, getDbHandle, knownMigrations } from "@/lib/db";
import type { BackupInfo } from "./backup-files";
import { createBackup } from "./create-backup";

/**
 * A backup (kind pre-migration, the newest 10 kept) when migrations are about to change a
 * database that has data: a fresh install has nothing to keep.
 */
export async function backupBeforeMigrations(): Promise<BackupInfo | null> {
  const applied = await appliedMigrations(getDbHandle());
  if (applied.length === 0) return null;
  const done = new Set(applied.map((m) => m.hash));
  const pending = knownMigrations(getConfig().dialect).filter((m) => !done.has(m.hash));
  if (pending.length === 0) return null;
  return createBackup({ kind: "pre-migration" });
}
