import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getConfig, type Config } from "@/lib/config";
import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema.sqlite";
import { openSqliteReader, type SqliteReader } from "./read-pool";
import { gateDrizzleSession, sqliteGate } from "./sqlite-gate";

/** App code is typed against the PostgreSQL flavour; the SQLite database answers the same calls. */
export type Db = PostgresJsDatabase<typeof pgSchema>;

export type DbHandle =
  | {
      dialect: "sqlite";
      db: Db;
      sqlite: Database.Database;
      /** The same database read on threads (read-pool.ts), opened on first use. */
      reader(): Db;
      close(): Promise<void>;
    }
  | { dialect: "pg"; db: Db; sql: postgres.Sql; url: string; close(): Promise<void> };

/**
 * The database holds password hashes and encrypted secrets: owner-only (0600), like the secret
 * beside it. SQLite creates -wal and -shm with the mode of the database file, so creating the
 * file 0600 first covers them; files from older versions are tightened on open.
 */
function restrictSqliteFiles(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

function openSqlite(file: string): DbHandle {
  restrictSqliteFiles(file);
  const sqlite = new Database(file);
  // SQLite's lower() folds ASCII only: "Åsa" would never match "åsa" and names differing only in
  // non-ASCII case would both be accepted. JavaScript's Unicode case mapping replaces it, so
  // case-insensitive lookups, uniqueness and search behave as on PostgreSQL (a UTF-8 locale).
  sqlite.function("lower", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? value.toLowerCase() : value,
  );
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const sqliteDb = drizzleSqlite(sqlite, { schema: sqliteSchema });
  gateDrizzleSession(sqliteDb, sqliteGate(sqlite));
  const db = sqliteDb as unknown as Db;
  let reader: SqliteReader | undefined;
  const close = async () => {
    await reader?.close();
    sqlite.close();
  };
  return {
    dialect: "sqlite",
    db,
    sqlite,
    reader: () => (reader ??= openSqliteReader(file)).db as Db,
    close,
  };
}

function openPg(url: string, poolSize: number): DbHandle {
  const sql = postgres(url, {
    max: poolSize,
    idle_timeout: 30,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "mydia" },
  });
  const db = drizzlePg(sql, { schema: pgSchema });
  return { dialect: "pg", db, sql, url, close: () => sql.end({ timeout: 5 }) };
}

export function openDatabase(
  config: Pick<Config, "dialect" | "sqlitePath" | "DATABASE_URL"> & Partial<Pick<Config, "MYDIA_DB_POOL">>,
): DbHandle {
  return config.dialect === "sqlite"
    ? openSqlite(config.sqlitePath!)
    : openPg(config.DATABASE_URL, config.MYDIA_DB_POOL ?? 5);
}

let handle: DbHandle | undefined;

export function getDbHandle(): DbHandle {
  handle ??= openDatabase(getConfig());
  return handle;
}

export function db(): Db {
  return getDbHandle().db;
}

let readThreads = true;

/**
 * Whether readDb() reads SQLite on threads. The worker process turns it off: its jobs do not serve requests,
 * and a thread's connection would cost it memory it is meant not to have.
 */
export function setReadThreads(enabled: boolean): void {
  readThreads = enabled;
}

/**
 * The database for a read that may be heavy (a list page, a count): on SQLite it runs on a read thread, so
 * the event loop keeps serving other requests meanwhile; on PostgreSQL (already asynchronous) it is db().
 * Inside a SQLite transaction it is db(): its statements run on the transaction's connection and see its writes.
 */
export function readDb(): Db {
  const current = getDbHandle();
  if (current.dialect === "pg" || !readThreads || current.sqlite.memory) return current.db;
  if (sqliteGate(current.sqlite).insideHolder) return current.db;
  return current.reader();
}

export async function closeDb(): Promise<void> {
  const current = handle;
  handle = undefined;
  await current?.close();
}
