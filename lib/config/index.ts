import { buildConfig, type Config } from "./load";

export { ConfigError, buildConfig, parseEnv, type Config, type DatabaseDialect } from "./load";
export { envDocs, envSchema } from "./env.schema";

let cached: Config | undefined;

/** The process configuration, parsed from env once. Throws ConfigError with one line naming the variable. */
export function getConfig(): Config {
  cached ??= buildConfig(process.env);
  return cached;
}

/** Tests start several databases in one process. */
export function resetConfigForTests(): void {
  cached = undefined;
}
export { appVersion } from "./version";
