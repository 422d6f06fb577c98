import type { Command } from "commander";
import { closeDb, getDbHandle, migrate } from "@/lib/db";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (safe to run from several processes at once)")
    .action(async () => {
      const handle = getDbHandle();
      const result = await migrate(handle);
      console.log(`migrations: ${result.applied} applied, ${result.total} in total (${handle.dialect})`);
      await closeDb();
    });
}
