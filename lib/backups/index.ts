export { createBackup, KEEP_BY_KIND, type BackupProgress } from "./create-backup";
export {
  backupDirectory,
  backupPath,
  listBackups,
  pruneBackups,
  type BackupInfo,
  type UnreadableBackup,
} from "./backup-files";
export { BackupFileError, readManifest } from "./archive";
export { backupKinds, type BackupKind, type BackupManifest } from "./manifest";
export { restoreBackup, verifyBackupFile, type RestoreResult } from "./restore-backup";
export { applyPendingRestore, readPendingRestore, type PendingRestore, type RestoreOutcome } from "./pending-restore";
export { backupBeforeMigrations } from "./before-migrations";
export { backupsCreateHandler } from "./backups-create.handler";
export { backupSettingsInput, readBackupSettings, type BackupSettings, type BackupSettingsInput } from "./settings";
export {
  getBackupsOverview,
  runBackupNow,
  updateBackupSettings,
  deleteBackup,
  openBackupDownload,
  requestRestore,
  type BackupsOverview,
} from "./backups.service";
export { RESTART_FOR_RESTORE_EXIT_CODE, SUPERVISED_ENV } from "./restart";
