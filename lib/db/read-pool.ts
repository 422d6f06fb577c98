import { Worker } from "node:worker_threads";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import * as sqliteSchema from "./schema.sqlite";

/**
 * The thread's side: its own read-only connection to the same file (WAL lets it read while the main
 * connection writes), with the same `lower` as the main connection, answering one statement at a time.
 * Evaluated code rather than a file, so it runs the same from the Next.js bundle, the worker bundle and tsx.
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 5000");
db.function("lower", { deterministic: true }, (v) => (typeof v === "string" ? v.toLowerCase() : v));
const statements = new Map();
parentPort.on("message", ({ id, sql, params, method }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > 500) statements.delete(statements.keys().next().value);
    }
    if (!statement.reader) throw Object.assign(new Error("The read connection runs queries only"), { code: "SQLITE_READONLY" });
    const rows = method === "get" ? statement.raw(true).get(...params) : statement.raw(true).all(...params);
    parentPort.postMessage({ id, rows });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

interface Answer {
  id: number;
  rows?: unknown;
  error?: { message: string; code?: string };
}

interface Pending {
  resolve: (rows: unknown) => void;
  reject: (error: Error) => void;
}

/** A thread with nothing to do for this long ends (its connection and isolate cost ~10 MB): the next read starts one. */
const IDLE_MS = 30_000;

/** One thread with a read-only connection; statements queue in its port and run in order. */
class ReadThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  closed = false;

  constructor(file: string) {
    this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { file } });
    this.worker.unref();
    this.worker.on("message", (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) {
        this.worker.unref();
        this.idleTimer = setTimeout(() => void this.close(), IDLE_MS).unref();
      }
      if (answer.error) waiting.reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
      else waiting.resolve(answer.rows);
    });
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => {
      this.closed = true;
      this.failAll(new Error(`the SQLite read thread exited (${code})`));
    });
  }

  get load(): number {
    return this.pending.size;
  }

  query(sql: string, params: unknown[], method: string): Promise<unknown> {
    const id = this.nextId++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Referenced while a statement is outstanding, so a script awaiting it does not exit under it.
      this.worker.ref();
      this.worker.postMessage({ id, sql, params, method });
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.closed = true;
    await this.worker.terminate();
  }
}

export interface SqliteReader {
  /** Typed like the main handle's Drizzle database (see client.ts): the same query builder calls work. */
  db: unknown;
  close(): Promise<void>;
}

/**
 * Reads on SQLite off the event loop: better-sqlite3 runs each statement synchronously, so a list
 * query taking a second at 50,000 titles would hold every other request of the process for that
 * second. Statements sent here run on `threads` threads, each with its own read-only connection,
 * and the event loop stays free. For reads outside transactions only (a transaction's own reads
 * must see its writes: they use the main connection).
 */
export function openSqliteReader(file: string, threads = 2): SqliteReader {
  const pool: ReadThread[] = [];
  const pick = () => {
    for (let i = pool.length - 1; i >= 0; i--) if (pool[i].closed) pool.splice(i, 1);
    if (pool.length < threads && (pool.length === 0 || pool.every((t) => t.load > 0))) pool.push(new ReadThread(file));
    return pool.reduce((best, t) => (t.load < best.load ? t : best));
  };
  const db = drizzle(
    async (sql, params, method) => {
      if (method === "run") throw new Error("The read connection runs queries only");
      const rows = await pick().query(sql, params, method);
      return { rows: (rows ?? (method === "get" ? undefined : [])) as unknown[] };
    },
    { schema: sqliteSchema },
  );
  return {
    db,
    close: async () => {
      await Promise.all(pool.splice(0).map((t) => t.close()));
    },
  };
}
