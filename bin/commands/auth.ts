import type { Command } from "commander";
import { setLocalLoginByOperator } from "@/lib/accounts";
import { closeDb } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

export function registerAuthCommands(program: Command): void {
  const auth = program.command("auth").description("sign-in settings");
  auth
    .command("local-login <state>")
    .description("turn password sign-in on or off (on: the way back in when single sign-on fails)")
    .action(async (state: string) => {
      if (state !== "on" && state !== "off") throw new ValidationError(`Say "on" or "off", not "${state}"`);
      await setLocalLoginByOperator(state === "on");
      console.log(`password sign-in is ${state}`);
      await closeDb();
    });
}
