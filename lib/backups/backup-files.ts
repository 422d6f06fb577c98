import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { NotFoundError } from "@/lib/errors";
import { readManifest } from "./archive";
import { backupKinds, type BackupKind, type BackupManifest } from "./manifest";

/** One backup file as System → Backups and `mydia backup list` show it. */
export interface BackupInfo {
  name: string;
  createdAt: string;
  kind: BackupKind;
  dialect: BackupManifest["dialect"];
  method: BackupManifest["method"];
  appVersion: string;
  schema: { migrations: number; latest: string | null };
  bytes: number;
}

export interface UnreadableBackup {
  name: string;
  bytes: number;
  error: string;
}

const NAME = new RegExp(`^mydia-backup-\\d{8}-\\d{6}-\\d{3}-(?:${backupKinds.join("|")})\\.tar\\.gz$`);

/** BACKUP_DIR, or the data folder's backups directory; created owner-only. */
export function backupDirectory(): string {
  const config = getConfig();
  const dir = path.resolve(config.BACKUP_DIR ?? path.join(config.dataDir, "backups"));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export function backupFileName(createdAt: Date, kind: BackupKind): string {
  const iso = createdAt.toISOString(); // 2026-12-03T19:01:19.123Z
  const stamp = `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}-${iso.slice(20, 23)}`;
  return `mydia-backup-${stamp}-${kind}.tar.gz`;
}

/** The path of a backup in the backup directory; a name that is not one (or a path) is not found. */
export function backupPath(name: string): string {
  const file = path.join(backupDirectory(), name);
  if (!NAME.test(name)) throw new NotFoundError(`No backup named "${name}"`);
  try {
    if (statSync(file).isFile()) return file;
  } catch {
    // missing: the error below
  }
  throw new NotFoundError(`No backup named "${name}" in ${backupDirectory()}`);
}

export function infoOf(name: string, bytes: number, manifest: BackupManifest): BackupInfo {
  return {
    name,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    dialect: manifest.dialect,
    method: manifest.method,
    appVersion: manifest.appVersion,
    schema: { migrations: manifest.schema.migrations, latest: manifest.schema.latest },
    bytes,
  };
}

/** Every backup in the directory, newest first; files that look like backups but cannot be read are listed apart. */
export async function listBackups(): Promise<{ backups: BackupInfo[]; unreadable: UnreadableBackup[] }> {
  const dir = backupDirectory();
  const backups: BackupInfo[] = [];
  const unreadable: UnreadableBackup[] = [];
  for (const name of readdirSync(dir).filter((n) => NAME.test(n))) {
    const file = path.join(dir, name);
    const bytes = statSync(file).size;
    try {
      backups.push(infoOf(name, bytes, await readManifest(file)));
    } catch (error) {
      unreadable.push({ name, bytes, error: (error as Error).message });
    }
  }
  backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return { backups, unreadable };
}

/** Keeps the newest `keep` backups of a kind; returns the names removed. */
export async function pruneBackups(kind: BackupKind, keep: number): Promise<string[]> {
  const { backups } = await listBackups();
  const old = backups.filter((b) => b.kind === kind).slice(keep);
  for (const backup of old) rmSync(path.join(backupDirectory(), backup.name), { force: true });
  return old.map((b) => b.name);
}

export function deleteBackupFile(name: string): void {
  rmSync(backupPath(name));
}
