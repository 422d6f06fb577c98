import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { getDbHandle, type Db } from "@/lib/db";
import { sqliteSchema } from "@/lib/db";
import { logger } from "@/lib/logger";
import { PG_CHANNEL } from "./event-types";
import { latestPosition, readEventsSince, type EventPosition, type PositionedEvent } from "./read-events";

type Listener = (event: PositionedEvent) => void;

// PRAGMA data_version reads the WAL index in shared memory: polling it often costs next to nothing.
const SQLITE_POLL_MS = 20;
/** Re-read while committed events wait behind an older PostgreSQL transaction (its end sends no NOTIFY). */
const PENDING_RETRY_MS = 50;
const STUCK_WARNING_MS = 30_000;

/**
 * One per web process: keeps a cursor on the events table, wakes on PostgreSQL NOTIFY or on a
 * change of SQLite's PRAGMA data_version (seen on a connection of its own, so commits from this
 * process count too), reads the new rows and hands them to every listener (the SSE streams).
 */
class EventSubscriber {
  private readonly listeners = new Set<Listener>();
  private cursor: EventPosition = { txid: 0, id: 0 };
  private pendingTimer: NodeJS.Timeout | undefined;
  /** Since when committed events wait behind an older transaction (null when none do). */
  private pendingSince: number | null = null;
  private started: Promise<void> | undefined;
  private draining = false;
  private again = false;
  private stopFn: (() => Promise<void>) | undefined;
  private readDb: Db | undefined;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.ensureStarted();
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  ensureStarted(): Promise<void> {
    this.started ??= this.start().catch((error: unknown) => {
      this.started = undefined;
      logger.error({ err: error }, "event subscriber failed to start");
      throw error;
    });
    return this.started;
  }

  private async start(): Promise<void> {
    const handle = getDbHandle();
    if (handle.dialect === "sqlite") {
      const watcher = new Database(handle.sqlite.name, { readonly: true, fileMustExist: true });
      watcher.pragma("busy_timeout = 5000");
      this.readDb = drizzle(watcher, { schema: sqliteSchema }) as unknown as Db;
      this.cursor = await latestPosition(this.readDb);
      const dataVersion = watcher.prepare("PRAGMA data_version").pluck();
      let version = dataVersion.get();
      const timer = setInterval(() => {
        const next = dataVersion.get();
        if (next !== version) {
          version = next;
          void this.drain();
        }
      }, SQLITE_POLL_MS);
      timer.unref();
      this.stopFn = async () => {
        clearInterval(timer);
        watcher.close();
      };
    } else {
      this.readDb = handle.db;
      this.cursor = await latestPosition(this.readDb);
      // onlisten runs on every (re)connect: catch up on whatever arrived while disconnected.
      const listening = await handle.sql.listen(
        PG_CHANNEL,
        () => void this.drain(),
        () => void this.drain(),
      );
      this.stopFn = () => listening.unlisten();
    }
  }

  /**
   * Reads everything after the cursor in commit order; coalesces wake-ups that arrive while a
   * read is running, and reads again shortly while newer events wait behind an older transaction.
   */
  private async drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = true;
    try {
      do {
        this.again = false;
        for (;;) {
          const { events, position, pending, more } = await readEventsSince(this.cursor, 500, this.readDb);
          for (const event of events) {
            this.cursor = event.position;
            for (const listener of this.listeners) listener(event);
          }
          this.cursor = position;
          this.notePending(pending);
          if (!more) break;
        }
      } while (this.again);
    } catch (error) {
      logger.warn({ err: error }, "reading new events failed; will retry on the next change");
    } finally {
      this.draining = false;
    }
  }

  private notePending(pending: boolean): void {
    if (!pending) {
      this.pendingSince = null;
      return;
    }
    const now = Date.now();
    this.pendingSince ??= now;
    if (now - this.pendingSince > STUCK_WARNING_MS) {
      logger.warn(
        { waitingMs: now - this.pendingSince },
        "live updates wait for a PostgreSQL transaction that has been open a long time (see pg_stat_activity)",
      );
      this.pendingSince = now;
    }
    this.retrySoon();
  }

  private retrySoon(): void {
    if (this.pendingTimer) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      void this.drain();
    }, PENDING_RETRY_MS);
    this.pendingTimer.unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.pendingTimer);
    this.pendingTimer = undefined;
    await this.stopFn?.();
    this.stopFn = undefined;
    this.started = undefined;
    this.listeners.clear();
  }
}

const globalKey = Symbol.for("mydia.eventSubscriber");
type WithSubscriber = typeof globalThis & { [globalKey]?: EventSubscriber };

/** The process-wide subscriber (kept on globalThis so dev-mode module reloads share it). */
export function eventSubscriber(): EventSubscriber {
  const g = globalThis as WithSubscriber;
  g[globalKey] ??= new EventSubscriber();
  return g[globalKey];
}

export type { EventSubscriber };
