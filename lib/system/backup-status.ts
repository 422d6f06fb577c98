/**
 * What System → Health needs to know about backups: when the last one was taken and how often they
 * should be. The backups context provides it by calling `provideBackupStatus` once at start-up (web and
 * worker); until then, or when backups are not configured, the status is null and nothing is checked.
 */
export interface BackupStatus {
  /** The newest complete backup, or null when none was ever taken. */
  lastBackupAt: Date | null;
  /** How often a backup is due, in hours (the schedule's interval). */
  intervalHours: number;
}

export type BackupStatusSource = () => Promise<BackupStatus | null>;

let source: BackupStatusSource = async () => null;

export function provideBackupStatus(next: BackupStatusSource): void {
  source = next;
}

/** The configured backups' status, or null when backups are not configured. */
export function backupStatus(): Promise<BackupStatus | null> {
  return source();
}
