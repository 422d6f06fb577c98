import { chmodSync, copyFileSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { ValidationError } from "@/lib/errors";

const ALL_PAGES = 0x7fffffff;

/**
 * Copies the live database through SQLite's online backup API on a connection of its own. All pages
 * go in one step under one read transaction, so the copy is a consistent snapshot while other
 * connections and processes keep writing (WAL lets them); a step at a time would restart on
 * every write from another connection.
 */
export async function backupSqliteFile(livePath: string, target: string): Promise<void> {
  const source = new Database(livePath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  chmodSync(target, 0o600);
}

/** The migration hashes recorded in a SQLite file. */
export function sqliteMigrationHashes(file: string): string[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare("SELECT hash FROM __mydia_migrations ORDER BY created_at").all() as { hash: string }[]).map(
      (r) => r.hash,
    );
  } finally {
    db.close();
  }
}

/** Row counts per table of a SQLite file (the copy a backup holds). */
export function sqliteRowCounts(file: string): Record<string, number> {
  const db = new Database(file, { fileMustExist: true });
  try {
    const names = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((r) => r.name);
    return Object.fromEntries(
      names.map((name) => [
        name,
        (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

/** The migration hashes recorded in a SQLite file; throws when it is not a SQLite database that passes its integrity check. */
export function checkSqliteCopy(file: string): string[] {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new ValidationError(`The backup's database cannot be opened: ${(error as Error).message}`);
  }
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new ValidationError(`The backup's database is damaged: ${String(result)}`);
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__mydia_migrations'").get();
    if (!table) throw new ValidationError("The backup's database is not a Mydia database (no migrations table)");
    return (db.prepare("SELECT hash FROM __mydia_migrations").all() as { hash: string }[]).map((r) => r.hash);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError(`The backup's database is damaged: ${(error as Error).message}`);
  } finally {
    // A clean close checkpoints and removes the copy's -wal, so the file alone is the whole database.
    db.close();
  }
}

/**
 * Puts a checked copy in place of the live database (no connection open on it): the old -wal and
 * -shm go first, so SQLite can never replay the old database's log onto the restored file.
 */
export function replaceSqliteFile(copy: string, livePath: string): void {
  const incoming = `${livePath}.restoring`;
  copyFileSync(copy, incoming);
  chmodSync(incoming, 0o600);
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${livePath}${suffix}`, { force: true });
  renameSync(incoming, livePath);
}
