import type { Command } from "commander";
import { applyPendingRestore, backupBeforeMigrations } from "@/lib/backups";
import { closeDb, getDbHandle, migrate } from "@/lib/db";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description(
      "apply a restore asked for on System → Backups, back up the database when migrations are pending, then apply them (safe to run from several processes at once)",
    )
    .action(async () => {
      await applyPendingRestore((line) => console.log(line));
      const backup = await backupBeforeMigrations();
      if (backup) console.log(`backup before migrating: ${backup.name}`);
      const handle = getDbHandle();
      const result = await migrate(handle);
      console.log(`migrations: ${result.applied} applied, ${result.total} in total (${handle.dialect})`);
      await closeDb();
    });
}
