import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appVersion, getConfig } from "@/lib/config";
import { appliedMigrations, getDbHandle, knownMigrations } from "@/lib/db";
import { sha256Of, writeArchive } from "./archive";
import { backupDirectory, backupFileName, infoOf, pruneBackups, type BackupInfo } from "./backup-files";
import {
  MANIFEST_NAME,
  PG_DUMP_NAME,
  SECRET_NAME,
  SQLITE_NAME,
  tableFileName,
  type BackupKind,
  type BackupManifest,
  type BackupMethod,
} from "./manifest";
import { exportTables, pgDump, pgDumpUsable } from "./pg-database";
import { backupSqliteFile, sqliteMigrationHashes, sqliteRowCounts } from "./sqlite-database";

export interface BackupProgress {
  done: number;
  total: number;
  detail: string;
}

/** Backups of these kinds are pruned to this many when a new one is written; scheduled ones follow the setting. */
export const KEEP_BY_KIND: Partial<Record<BackupKind, number>> = { "pre-migration": 10, "pre-restore": 5 };

function schemaOf(dialect: "sqlite" | "pg", hashes: string[]): BackupManifest["schema"] {
  const known = knownMigrations(dialect);
  const applied = known.filter((m) => hashes.includes(m.hash));
  return { migrations: hashes.length, latest: applied.at(-1)?.tag ?? null, hashes };
}

/**
 * Writes a backup of the database and the secret key into the backup directory (one gzipped tar,
 * 0600). SQLite: the online backup API, consistent while the app writes. PostgreSQL: pg_dump when
 * it is installed and recent enough, else a logical export of Mydia's tables in one snapshot.
 */
export async function createBackup(options: {
  kind: BackupKind;
  keep?: number;
  onProgress?: (progress: BackupProgress) => unknown;
}): Promise<BackupInfo> {
  const config = getConfig();
  const dir = backupDirectory();
  const stage = mkdtempSync(path.join(dir, ".stage-"));
  const progress = async (done: number, detail: string) => options.onProgress?.({ done, total: 3, detail });
  try {
    const createdAt = new Date();
    await progress(0, "Copying the database");
    let method: BackupMethod;
    let entries: string[];
    let tables: Record<string, number> | undefined;
    let hashes: string[];
    if (config.dialect === "sqlite") {
      method = "sqlite-file";
      entries = [SQLITE_NAME];
      await backupSqliteFile(config.sqlitePath!, path.join(stage, SQLITE_NAME));
      hashes = sqliteMigrationHashes(path.join(stage, SQLITE_NAME));
      tables = sqliteRowCounts(path.join(stage, SQLITE_NAME));
    } else {
      hashes = (await appliedMigrations(getDbHandle())).map((m) => m.hash);
      if (await pgDumpUsable(config.DATABASE_URL)) {
        method = "pg-dump";
        entries = [PG_DUMP_NAME];
        await pgDump(config.DATABASE_URL, path.join(stage, PG_DUMP_NAME));
      } else {
        method = "logical";
        tables = await exportTables(config.DATABASE_URL, stage);
        entries = Object.keys(tables).map(tableFileName);
      }
    }
    writeFileSync(path.join(stage, SECRET_NAME), config.AUTH_SECRET + "\n", { mode: 0o600 });
    entries.push(SECRET_NAME);
    await progress(1, "Checksumming");
    const files: BackupManifest["files"] = {};
    for (const name of entries)
      files[name] = { bytes: statSync(path.join(stage, name)).size, sha256: await sha256Of(path.join(stage, name)) };
    const manifest: BackupManifest = {
      format: "mydia-backup",
      version: 1,
      createdAt: createdAt.toISOString(),
      kind: options.kind,
      dialect: config.dialect,
      method,
      appVersion,
      schema: schemaOf(config.dialect, hashes),
      ...(tables ? { tables } : {}),
      files,
    };
    writeFileSync(path.join(stage, MANIFEST_NAME), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    await progress(2, "Compressing");
    const name = backupFileName(createdAt, options.kind);
    const target = path.join(dir, name);
    await writeArchive(target, stage, entries);
    const keep = options.keep ?? KEEP_BY_KIND[options.kind];
    if (keep !== undefined) await pruneBackups(options.kind, keep);
    await progress(3, "Done");
    return infoOf(name, statSync(target).size, manifest);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
