import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseProxyList } from "@/lib/http-server";
import { envSchema, type Env } from "./env.schema";

export type DatabaseDialect = "sqlite" | "pg";

export interface Config extends Readonly<Omit<Env, "AUTH_SECRET" | "BASE_URL">> {
  readonly AUTH_SECRET: string;
  readonly BASE_URL: string;
  /** False when BASE_URL was not set and BASE_URL is the local default. */
  readonly baseUrlConfigured: boolean;
  readonly trustedProxies: readonly string[];
  readonly dialect: DatabaseDialect;
  /** Absolute path of the SQLite file (only for the sqlite dialect). */
  readonly sqlitePath: string | null;
  readonly dataDir: string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses env; the first problem becomes one line naming the variable. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

export function parseEnv(source: EnvSource): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? "environment");
    const value = cleaned[name];
    const shown = value === undefined || name === "AUTH_SECRET" || name === "DATABASE_URL" ? "" : ` (got "${value}")`;
    throw new ConfigError(`Invalid ${name}: ${issue.message}${shown}`);
  }
  return result.data;
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString("base64url");
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process (web or worker) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}

export function buildConfig(source: EnvSource): Config {
  const env = parseEnv(source);
  const dataDir = path.resolve(env.DATA_DIR);
  const dialect: DatabaseDialect = env.DATABASE_URL.startsWith("file:") ? "sqlite" : "pg";
  const sqlitePath = dialect === "sqlite" ? path.resolve(env.DATABASE_URL.slice("file:".length)) : null;
  return Object.freeze({
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateSecret(dataDir),
    BASE_URL: (env.BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    baseUrlConfigured: env.BASE_URL !== undefined,
    trustedProxies: Object.freeze(parseProxyList(env.TRUSTED_PROXIES)),
    dialect,
    sqlitePath,
    dataDir,
  });
}
