import { readFileSync } from "node:fs";
import path from "node:path";
import { readMigrationFiles, type MigrationMeta } from "drizzle-orm/migrator";
import type postgres from "postgres";
import type { DbHandle } from "./client";

const MIGRATIONS_TABLE = "__mydia_migrations";
const PG_LOCK_KEY = 727_001; // any constant: the advisory lock id for migrations

export function migrationsFolder(dialect: DbHandle["dialect"]): string {
  return path.resolve(process.cwd(), "drizzle", dialect);
}

export interface MigrateResult {
  applied: number;
  total: number;
}

function pending(all: MigrationMeta[], appliedHashes: Set<string>): MigrationMeta[] {
  return all.filter((m) => !appliedHashes.has(m.hash));
}

/** The hashes of the migrations applied to this database, oldest first (none on an empty database). */
export async function appliedMigrations(handle: DbHandle): Promise<{ hash: string; createdAt: number }[]> {
  if (handle.dialect === "sqlite") {
    const exists = handle.sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(MIGRATIONS_TABLE);
    if (!exists) return [];
    return (
      handle.sqlite.prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at`).all() as {
        hash: string;
        created_at: number;
      }[]
    ).map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
  }
  const [{ exists }] = await handle.sql<
    { exists: boolean }[]
  >`SELECT to_regclass(${MIGRATIONS_TABLE}) IS NOT NULL AS exists`;
  if (!exists) return [];
  const rows = await handle.sql.unsafe<{ hash: string; created_at: string }[]>(
    `SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at`,
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** The migrations this version of Mydia ships for a dialect, oldest first, with their file names. */
export function knownMigrations(dialect: DbHandle["dialect"]): { hash: string; createdAt: number; tag: string }[] {
  const folder = migrationsFolder(dialect);
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  const tags = new Map(journal.entries.map((e) => [e.when, e.tag]));
  return readMigrationFiles({ migrationsFolder: folder }).map((m) => ({
    hash: m.hash,
    createdAt: m.folderMillis,
    tag: tags.get(m.folderMillis) ?? String(m.folderMillis),
  }));
}

/**
 * Applies pending migrations. Safe when several processes start at once: SQLite takes the
 * write lock with BEGIN IMMEDIATE (others wait on busy_timeout), PostgreSQL an advisory
 * transaction lock; each then re-reads what is applied before doing anything.
 */
export async function migrate(handle: DbHandle, folder = migrationsFolder(handle.dialect)): Promise<MigrateResult> {
  const all = readMigrationFiles({ migrationsFolder: folder });
  if (handle.dialect === "sqlite") {
    const { sqlite } = handle;
    sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (hash TEXT PRIMARY KEY, created_at INTEGER NOT NULL)`);
    const apply = sqlite.transaction(() => {
      const done = new Set(
        (sqlite.prepare(`SELECT hash FROM ${MIGRATIONS_TABLE}`).all() as { hash: string }[]).map((r) => r.hash),
      );
      const todo = pending(all, done);
      const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
      for (const migration of todo) {
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
        record.run(migration.hash, migration.folderMillis);
      }
      return todo.length;
    });
    // Another process migrating holds the write lock; wait for it well past busy_timeout.
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        return { applied: apply.immediate(), total: all.length };
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
      }
    }
  }

  const applied = await handle.sql.begin(async (sql) => {
    await sql`SELECT pg_advisory_xact_lock(${PG_LOCK_KEY})`;
    await sql.unsafe(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (hash TEXT PRIMARY KEY, created_at BIGINT NOT NULL)`,
    );
    const rows = await sql.unsafe<{ hash: string }[]>(`SELECT hash FROM ${MIGRATIONS_TABLE}`);
    const todo = pending(all, new Set(rows.map((r) => r.hash)));
    await applyPgMigrations(sql, todo);
    return todo.length;
  });
  return { applied, total: all.length };
}

async function applyPgMigrations(sql: postgres.TransactionSql, todo: MigrationMeta[]): Promise<void> {
  for (const migration of todo) {
    for (const statement of migration.sql) if (statement.trim()) await sql.unsafe(statement);
    await sql.unsafe(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES ($1, $2)`, [
      migration.hash,
      migration.folderMillis,
    ]);
  }
}

/**
 * Inside the caller's transaction on an emptied PostgreSQL schema: creates the migrations table and
 * applies exactly the migrations with these hashes, in order (a restore rebuilding a backup's schema).
 */
export async function migratePgTo(sql: postgres.TransactionSql, hashes: ReadonlySet<string>): Promise<void> {
  await sql.unsafe(
    `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (hash TEXT PRIMARY KEY, created_at BIGINT NOT NULL)`,
  );
  const all = readMigrationFiles({ migrationsFolder: migrationsFolder("pg") });
  await applyPgMigrations(
    sql,
    all.filter((m) => hashes.has(m.hash)),
  );
}
