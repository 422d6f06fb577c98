import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getConfig, type Config } from "@/lib/config";
import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema.sqlite";
import { gateDrizzleSession, sqliteGate } from "./sqlite-gate";

/** App code is typed against the PostgreSQL flavour; the SQLite database answers the same calls. */
export type Db = PostgresJsDatabase<typeof pgSchema>;

export type DbHandle =
  | { dialect: "sqlite"; db: Db; sqlite: Database.Database; close(): Promise<void> }
  | { dialect: "pg"; db: Db; sql: postgres.Sql; url: string; close(): Promise<void> };

function openSqlite(file: string): DbHandle {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const sqliteDb = drizzleSqlite(sqlite, { schema: sqliteSchema });
  gateDrizzleSession(sqliteDb, sqliteGate(sqlite));
  const db = sqliteDb as unknown as Db;
  const close = async () => {
    sqlite.close();
  };
  return { dialect: "sqlite", db, sqlite, close };
}

function openPg(url: string): DbHandle {
  const sql = postgres(url, {
    max: 10,
    idle_timeout: 30,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "mydia" },
  });
  const db = drizzlePg(sql, { schema: pgSchema });
  return { dialect: "pg", db, sql, url, close: () => sql.end({ timeout: 5 }) };
}

export function openDatabase(config: Pick<Config, "dialect" | "sqlitePath" | "DATABASE_URL">): DbHandle {
  return config.dialect === "sqlite" ? openSqlite(config.sqlitePath!) : openPg(config.DATABASE_URL);
}

let handle: DbHandle | undefined;

export function getDbHandle(): DbHandle {
  handle ??= openDatabase(getConfig());
  return handle;
}

export function db(): Db {
  return getDbHandle().db;
}

export async function closeDb(): Promise<void> {
  const current = handle;
  handle = undefined;
  await current?.close();
}
