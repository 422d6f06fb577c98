import type { Command } from "commander";
import {
  createApiKeyForUsername,
  createUserAsOperator,
  resetPasswordByUsername,
  roles,
  type ApiKeyScope,
} from "@/lib/accounts";
import { closeDb } from "@/lib/db";

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("manage users");
  user
    .command("create")
    .description("create a user")
    .requiredOption("--username <name>", "username")
    .requiredOption("--password <password>", "password (8+ characters)")
    .option("--role <role>", `one of ${roles.join(", ")}`, "user")
    .action(async (options: { username: string; password: string; role: string }) => {
      const created = await createUserAsOperator(options);
      console.log(`created ${created.role} ${created.username}`);
      await closeDb();
    });
  user
    .command("reset-password")
    .description("set a new password; the user's sessions end")
    .requiredOption("--username <name>", "username")
    .requiredOption("--password <password>", "the new password (8+ characters)")
    .action(async (options: { username: string; password: string }) => {
      await resetPasswordByUsername(options.username, options.password);
      console.log(`password of ${options.username} reset`);
      await closeDb();
    });

  program
    .command("apikey")
    .description("manage API keys")
    .command("create")
    .description("create an API key for a user and print it (shown once)")
    .requiredOption("--user <name>", "the user the key acts as")
    .requiredOption("--name <name>", "what the key is for")
    .option("--scope <scope>", "full, read-only or requests-only", "full")
    .option("--expires-in-days <days>", "the key stops working after this many days")
    .action(async (options: { user: string; name: string; scope: string; expiresInDays?: string }) => {
      const { key } = await createApiKeyForUsername(options.user, options.name, {
        scope: options.scope as ApiKeyScope,
        expiresInDays: options.expiresInDays ? Number(options.expiresInDays) : null,
      });
      console.log(key);
      await closeDb();
    });
}
