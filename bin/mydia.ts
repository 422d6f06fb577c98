import { Command } from "commander";
import { ConfigError } from "@/lib/config";
import { DomainError } from "@/lib/errors";
import { appVersion } from "@/lib/system";
import { registerAuthCommands } from "./commands/auth";
import { registerBackupCommand } from "./commands/backup";
import { registerDbCommand } from "./commands/db";
import { registerJobsCommand } from "./commands/jobs";
import { registerLibraryCommand } from "./commands/library";
import { registerMigrateCommand } from "./commands/migrate";
import { registerParseCommand } from "./commands/parse";
import { registerUserCommands } from "./commands/user";

const program = new Command("mydia").description("Mydia command line").version(appVersion);
registerMigrateCommand(program);
registerUserCommands(program);
registerAuthCommands(program);
registerJobsCommand(program);
registerParseCommand(program);
registerLibraryCommand(program);
registerDbCommand(program);
registerBackupCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures are one line; anything else keeps its stack for a bug report.
  if (error instanceof ConfigError || error instanceof DomainError) {
    console.error(`mydia: ${error.message}`);
    process.exit(error instanceof ConfigError ? 78 : 1);
  }
  throw error;
}
