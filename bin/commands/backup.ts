import path from "node:path";
import type { Command } from "commander";
import {
  backupDirectory,
  backupKinds,
  createBackup,
  listBackups,
  restoreBackup,
  type BackupInfo,
  type BackupKind,
} from "@/lib/backups";
import { closeDb } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { lastWorkerHeartbeat } from "@/lib/jobs";

function renderList(backups: BackupInfo[]): string {
  const rows = backups.map((b) => [
    b.name,
    b.createdAt,
    b.kind,
    b.dialect,
    b.method,
    `${b.schema.migrations} (${b.schema.latest ?? "empty"})`,
    String(b.bytes),
  ]);
  const all = [["NAME", "CREATED", "KIND", "DATABASE", "METHOD", "SCHEMA", "BYTES"], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** `mydia backup create|list|restore FILE`: the database and the secret key, in the backup directory. */
export function registerBackupCommand(program: Command): void {
  const backup = program.command("backup").description("Backups of the database and the secret key");
  backup
    .command("create")
    .option("--kind <kind>", `manual, scheduled, pre-migration or pre-restore`, "manual")
    .option("--json", "print the backup as JSON")
    .description("Write a backup now (consistent while Mydia runs)")
    .action(async (opts: { kind: string; json?: boolean }) => {
      if (!backupKinds.includes(opts.kind as BackupKind))
        throw new ValidationError(`--kind must be one of ${backupKinds.join(", ")}`);
      const info = await createBackup({ kind: opts.kind as BackupKind });
      await closeDb();
      if (opts.json) console.log(JSON.stringify(info, null, 2));
      else
        console.log(`Wrote ${info.name} (${info.bytes} bytes, ${info.method}, ${info.schema.migrations} migrations)`);
    });
  backup
    .command("list")
    .option("--json", "print the list as JSON")
    .description("List the backups in the backup directory, newest first")
    .action(async (opts: { json?: boolean }) => {
      const { backups, unreadable } = await listBackups();
      if (opts.json) console.log(JSON.stringify({ backups, unreadable }, null, 2));
      else {
        console.log(backups.length ? renderList(backups) : "No backups yet: mydia backup create");
        for (const u of unreadable) console.log(`unreadable: ${u.name}: ${u.error}`);
      }
    });
  backup
    .command("restore")
    .argument("<file>", "a backup file (a name from `mydia backup list`, or a path)")
    .option("--json", "print the outcome as JSON")
    .option("--force", "restore even though a worker reported in during the last minute")
    .description(
      "Restore a backup (stop Mydia first): the current database is backed up, the backup's database and secret key put in place, then migrations run forward",
    )
    .action(async (file: string, opts: { json?: boolean; force?: boolean }) => {
      const heartbeat = await lastWorkerHeartbeat();
      const secondsAgo = heartbeat ? Math.round((Date.now() - heartbeat.getTime()) / 1000) : null;
      if (!opts.force && secondsAgo !== null && secondsAgo < 60)
        throw new ValidationError(
          `Mydia is running (a worker reported in ${secondsAgo} s ago): stop every process first, or restore from System → Backups, which restarts Mydia to do it (--force restores anyway)`,
        );
      const resolved = file.includes("/") ? path.resolve(file) : path.join(backupDirectory(), file);
      const result = await restoreBackup(resolved);
      await closeDb();
      if (opts.json) console.log(JSON.stringify(result, null, 2));
      else {
        console.log(
          `Restored ${result.restored.name} (taken ${result.restored.createdAt}); ${result.migrationsApplied} migration(s) applied since.`,
        );
        if (result.preRestore) console.log(`The database as it was is in ${result.preRestore.name}.`);
        for (const warning of result.warnings) console.log(`warning: ${warning}`);
      }
    });
}
