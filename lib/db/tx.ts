import { sql } from "drizzle-orm";
import { getDbHandle, type Db } from "./client";
import { sqliteGate } from "./sqlite-gate";

export class TransactionIoError extends Error {
  override name = "TransactionIoError";
  constructor() {
    super(
      "A SQLite transaction waited on I/O other than the database. Do network or file work before or after tx(), not inside it.",
    );
  }
}

export class NestedTransactionError extends Error {
  override name = "NestedTransactionError";
  constructor() {
    super("tx() was called inside another tx(): pass the open transaction's handle down instead.");
  }
}

/**
 * Runs fn in one transaction on either dialect.
 * PostgreSQL: a real async transaction on a connection of its own.
 * SQLite (better-sqlite3, one synchronous connection per process): the transaction holds the
 * connection's gate (lib/db/sqlite-gate.ts) from BEGIN IMMEDIATE to COMMIT or ROLLBACK, so every
 * other statement of this process waits instead of joining it; other processes wait on
 * busy_timeout. Because that stalls the whole process, fn must only do database work: waiting on
 * anything else is rolled back with TransactionIoError.
 */
export async function tx<T>(fn: (t: Db) => Promise<T>): Promise<T> {
  const handle = getDbHandle();
  if (handle.dialect === "pg") return handle.db.transaction((t) => fn(t as unknown as Db));

  const { sqlite, db } = handle;
  const gate = sqliteGate(sqlite);
  if (gate.insideHolder) throw new NestedTransactionError();
  return gate.exclusive(async (): Promise<T> => {
    sqlite.prepare("BEGIN IMMEDIATE").run();
    let leftTheTick = false;
    const sentinel = setImmediate(() => {
      leftTheTick = true;
    });
    try {
      const result = await fn(db);
      if (leftTheTick) throw new TransactionIoError();
      sqlite.prepare("COMMIT").run();
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.prepare("ROLLBACK").run();
      throw error;
    } finally {
      clearImmediate(sentinel);
    }
  });
}

interface LockableSelect {
  for(strength: "update"): unknown;
}

/**
 * Row lock for a read-modify-write inside tx(): `SELECT … FOR UPDATE` on PostgreSQL; on SQLite
 * the transaction already holds the database's write lock (BEGIN IMMEDIATE), so the query is unchanged.
 */
export function forUpdate<Q extends LockableSelect>(query: Q): Q {
  return getDbHandle().dialect === "pg" ? (query.for("update") as Q) : query;
}

/**
 * Serialises transactions that check "is there none yet?" and then write (no row exists to lock
 * with forUpdate): a transaction-scoped advisory lock named by `key` on PostgreSQL, held until
 * commit or rollback. On SQLite BEGIN IMMEDIATE already makes writers take turns.
 */
export async function lockForTransaction(t: Db, key: string): Promise<void> {
  if (getDbHandle().dialect !== "pg") return;
  await t.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
}
