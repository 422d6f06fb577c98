import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { appliedMigrations, closeDb, getDbHandle, knownMigrations, migrate, openDatabase } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { extractArchive } from "./archive";
import { backupDirectory, type BackupInfo } from "./backup-files";
import { createBackup } from "./create-backup";
import { PG_DUMP_NAME, SECRET_NAME, SQLITE_NAME, type BackupManifest } from "./manifest";
import { importTables, pgRestoreDump } from "./pg-database";
import { checkSqliteCopy, replaceSqliteFile } from "./sqlite-database";

export interface RestoreResult {
  /** The backup restored (its file name) and what it held. */
  restored: { name: string; createdAt: string; kind: BackupManifest["kind"]; schemaMigrations: number };
  /** Migrations run after the restore to bring the old schema forward. */
  migrationsApplied: number;
  /** The backup of the database as it was just before (null when it was empty). */
  preRestore: BackupInfo | null;
  warnings: string[];
}

/** Everything about a backup that can be checked without touching the live database. */
function checkManifest(manifest: BackupManifest, stage: string): string {
  const config = getConfig();
  if (manifest.dialect !== config.dialect)
    throw new ValidationError(
      manifest.dialect === "sqlite"
        ? "This backup is of a SQLite database and Mydia runs on PostgreSQL: restore it into a SQLite install, then move with `mydia db copy`"
        : "This backup is of a PostgreSQL database and Mydia runs on SQLite: set DATABASE_URL to a PostgreSQL database to restore it",
    );
  const known = new Set(knownMigrations(config.dialect).map((m) => m.hash));
  const newer = manifest.schema.hashes.filter((hash) => !known.has(hash));
  if (newer.length)
    throw new ValidationError(
      `This backup was made by a newer Mydia (${manifest.appVersion}; ${newer.length} migration(s) this version does not know): upgrade Mydia, then restore it`,
    );
  if (manifest.method === "sqlite-file") {
    const hashes = checkSqliteCopy(path.join(stage, SQLITE_NAME));
    if (hashes.length !== manifest.schema.hashes.length || hashes.some((h) => !known.has(h)))
      throw new ValidationError("The backup's database does not match its manifest");
  }
  const secret = readFileSync(path.join(stage, SECRET_NAME), "utf8").trim();
  if (secret.length < 32) throw new ValidationError("The backup's secret key is shorter than 32 characters");
  return secret;
}

/** Checks a backup file fully (manifest, checksums, dialect, schema, database integrity) without restoring it. */
export async function verifyBackupFile(file: string): Promise<BackupManifest> {
  const stage = mkdtempSync(path.join(backupDirectory(), ".verify-"));
  try {
    const manifest = await extractArchive(file, stage);
    checkManifest(manifest, stage);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Restores a backup in place of the live database. Run it with Mydia stopped (the CLI, or the
 * supervisor between stopping and starting the processes): the file is checked completely first
 * (a damaged or foreign one changes nothing), the current database is backed up (kind
 * pre-restore), the database is swapped in one step, the secret key written back, and the
 * migrations since the backup run forward.
 */
export async function restoreBackup(file: string): Promise<RestoreResult> {
  const config = getConfig();
  const stage = mkdtempSync(path.join(backupDirectory(), ".restore-"));
  try {
    const manifest = await extractArchive(file, stage);
    const secret = checkManifest(manifest, stage);

    const current = await appliedMigrations(getDbHandle());
    const preRestore = current.length > 0 ? await createBackup({ kind: "pre-restore" }) : null;
    await closeDb();

    if (manifest.method === "sqlite-file") replaceSqliteFile(path.join(stage, SQLITE_NAME), config.sqlitePath!);
    else if (manifest.method === "pg-dump")
      await pgRestoreDump(config.DATABASE_URL, path.join(stage, PG_DUMP_NAME), stage);
    else await importTables(config.DATABASE_URL, stage, manifest.schema.hashes);

    const warnings: string[] = [];
    writeFileSync(path.join(config.dataDir, "auth-secret"), secret + "\n", { mode: 0o600 });
    if (process.env.AUTH_SECRET && process.env.AUTH_SECRET !== secret)
      warnings.push(
        `AUTH_SECRET is set in the environment and differs from the backup's key: stored credentials will not decrypt until AUTH_SECRET is set to the key in ${path.join(config.dataDir, "auth-secret")}`,
      );

    const handle = openDatabase(config);
    let migrationsApplied = 0;
    try {
      migrationsApplied = (await migrate(handle)).applied;
    } finally {
      await handle.close();
    }
    return {
      restored: {
        name: path.basename(file),
        createdAt: manifest.createdAt,
        kind: manifest.kind,
        schemaMigrations: manifest.schema.migrations,
      },
      migrationsApplied,
      preRestore,
      warnings,
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
