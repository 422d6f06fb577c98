import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildConfig, ConfigError, parseEnv } from "@/lib/config";

describe("config", () => {
  it("needs no configuration: SQLite under ./data, port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/mydia.db");
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("selects PostgreSQL from a postgres:// URL", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cfg-"));
    const config = buildConfig({ DATABASE_URL: "postgres://u:p@127.0.0.1:5432/db", DATA_DIR: dataDir });
    expect(config.dialect).toBe("pg");
    expect(config.sqlitePath).toBeNull();
  });

  it.each([
    [{ PORT: "99999" }, /^Invalid PORT: .*"99999"/],
    [{ PORT: "abc" }, /^Invalid PORT/],
    [{ DATABASE_URL: "mysql://x" }, /^Invalid DATABASE_URL: must start with file: \(SQLite\) or postgres:\/\//],
    [{ LOG_LEVEL: "loud" }, /^Invalid LOG_LEVEL/],
    [{ AUTH_SECRET: "short" }, /^Invalid AUTH_SECRET: must be at least 32 characters$/],
    [{ BASE_URL: "mydia.local" }, /^Invalid BASE_URL/],
  ])("stops on %o with one line naming the variable", (env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it("does not echo a secret in the error", () => {
    expect(() => parseEnv({ AUTH_SECRET: "hunter2" })).toThrow(/^(?!.*hunter2)/);
  });

  it("generates AUTH_SECRET once into DATA_DIR and keeps it", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cfg-"));
    const first = buildConfig({ DATA_DIR: dataDir });
    const second = buildConfig({ DATA_DIR: dataDir });
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim()).toBe(first.AUTH_SECRET);
  });
});
