import { AsyncLocalStorage } from "node:async_hooks";
import type Database from "better-sqlite3";

/**
 * better-sqlite3 gives a process one connection, and every statement run on it while a
 * transaction is open becomes part of that transaction. The gate keeps other work out: a
 * transaction holds it from BEGIN to COMMIT/ROLLBACK, and any statement that does not belong to
 * the holder (another request, a job, a timer) waits until it is released. Statements of the
 * holder are recognised by the async context they run in, so code inside tx() passes straight
 * through (so does work the transaction itself starts, such as a timer, while it is still open).
 * When no transaction is open a statement runs at once: it is synchronous and atomic.
 */
export class SqliteGate {
  private readonly context = new AsyncLocalStorage<symbol>();
  private holder: symbol | null = null;
  private readonly waiting: (() => void)[] = [];

  /** True when the caller runs inside the transaction that holds the gate. */
  get insideHolder(): boolean {
    return this.holder !== null && this.context.getStore() === this.holder;
  }

  /** Runs one synchronous statement (or a few in a row) outside any other transaction. */
  async statement<T>(fn: () => T): Promise<T> {
    if (this.holder === null || this.insideHolder) return fn();
    return this.exclusive(async () => fn());
  }

  /** Runs fn while holding the gate: no statement from outside fn's async context runs meanwhile. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const token = Symbol("sqlite-transaction");
    // The gate passes from holder to waiter synchronously, so nothing slips in between.
    if (this.holder === null) this.holder = token;
    else await new Promise<void>((resolve) => this.waiting.push(() => ((this.holder = token), resolve())));
    try {
      return await this.context.run(token, fn);
    } finally {
      this.holder = null;
      this.waiting.shift()?.();
    }
  }
}

const gates = new WeakMap<Database.Database, SqliteGate>();

/** The gate of a connection (one per better-sqlite3 Database object). */
export function sqliteGate(sqlite: Database.Database): SqliteGate {
  let gate = gates.get(sqlite);
  if (!gate) {
    gate = new SqliteGate();
    gates.set(sqlite, gate);
  }
  return gate;
}

interface PreparedLike {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown;
  get(...args: unknown[]): unknown;
  values(...args: unknown[]): unknown;
}

interface SessionLike {
  prepareQuery(...args: unknown[]): PreparedLike;
}

/**
 * Routes every statement Drizzle runs on this connection through the gate. Drizzle's SQLite
 * builders execute in an async `execute()`, so a prepared query whose methods return promises
 * is awaited like the PostgreSQL driver's.
 */
export function gateDrizzleSession(drizzleDb: object, gate: SqliteGate): void {
  // `session` is Drizzle-internal (not in its types) but stable across the 0.x line.
  const session = (drizzleDb as { session: SessionLike }).session;
  const prepare = session.prepareQuery.bind(session);
  session.prepareQuery = (...args: unknown[]) => {
    const query = prepare(...args);
    const gated = Object.create(query) as PreparedLike;
    gated.run = (...a) => gate.statement(() => query.run(...a));
    gated.all = (...a) => gate.statement(() => query.all(...a));
    gated.get = (...a) => gate.statement(() => query.get(...a));
    gated.values = (...a) => gate.statement(() => query.values(...a));
    return gated;
  };
}
