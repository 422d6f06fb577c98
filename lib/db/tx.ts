import { getDbHandle, type Db } from "./client";

export class TransactionIoError extends Error {
  override name = "TransactionIoError";
  constructor() {
    super(
      "A SQLite transaction waited on I/O other than the database. Do network or file work before or after tx(), not inside it.",
    );
  }
}

let sqliteQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs fn in one transaction on either dialect.
 * PostgreSQL: a real async transaction. SQLite (better-sqlite3 is synchronous): transactions
 * are serialised in this process and opened with BEGIN IMMEDIATE, so other processes wait on
 * busy_timeout. Because every query on the single connection would join an open transaction,
 * fn must only do database work; waiting on anything else is rolled back with TransactionIoError.
 */
export async function tx<T>(fn: (t: Db) => Promise<T>): Promise<T> {
  const handle = getDbHandle();
  if (handle.dialect === "pg") return handle.db.transaction((t) => fn(t as unknown as Db));

  const { sqlite, db } = handle;
  const run = async (): Promise<T> => {
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
  };
  const result = sqliteQueue.then(run, run);
  sqliteQueue = result.catch(() => undefined);
  return result;
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
