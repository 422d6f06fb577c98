import { listBackups, readBackupSettings } from "@/lib/backups";

/**
 * What System → Health needs to know about backups: when the last one was taken and how often they
 * should be, read from the backups context. Null (nothing checked) when scheduled backups are off or none was
 * taken yet (a new install's first backup is written by the next hourly tick).
 */
export interface BackupStatus {
  /** The newest complete backup, or null when none was ever taken. */
  lastBackupAt: Date | null;
  /** How often a backup is due, in hours (the schedule's interval). */
  intervalHours: number;
}

export type BackupStatusSource = () => Promise<BackupStatus | null>;

async function scheduledBackupStatus(): Promise<BackupStatus | null> {
  const settings = await readBackupSettings();
  if (settings.intervalHours === 0) return null;
  const times = (await listBackups()).backups
    .filter((b) => b.kind === "scheduled" || b.kind === "manual")
    .map((b) => Date.parse(b.createdAt));
  if (times.length === 0) return null;
  return { lastBackupAt: new Date(Math.max(...times)), intervalHours: settings.intervalHours };
}

let source: BackupStatusSource = scheduledBackupStatus;

/** Replaces where the status comes from (tests). */
export function provideBackupStatus(next: BackupStatusSource): void {
  source = next;
}

/** The configured backups' status, or null when backups are not configured. */
export function backupStatus(): Promise<BackupStatus | null> {
  return source();
}
