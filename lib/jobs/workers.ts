import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { eq, lt, max } from "drizzle-orm";
import { db, tables } from "@/lib/db";
import { silentLogger, type JobLogger } from "./job-queue";

export interface WorkerInfo {
  id: string;
  hostname: string;
  pid: number;
  startedAt: Date;
  heartbeatAt: Date;
}

export interface WorkerHeartbeat {
  readonly id: string;
  /** Stops beating and removes the row (a clean stop). */
  stop(): Promise<void>;
}

/** Registers this worker process in `workers` and refreshes heartbeat_at every `intervalMs` (default 15 s). */
export async function startWorkerHeartbeat(
  options: { intervalMs?: number; logger?: JobLogger } = {},
): Promise<WorkerHeartbeat> {
  const logger = options.logger ?? silentLogger;
  const id = randomUUID();
  const now = new Date();
  await db()
    .insert(tables.workers)
    .values({ id, hostname: hostname(), pid: process.pid, startedAt: now, heartbeatAt: now });
  let beating: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    beating = db()
      .update(tables.workers)
      .set({ heartbeatAt: new Date() })
      .where(eq(tables.workers.id, id))
      .catch((error: unknown) => logger.warn({ err: error }, "worker heartbeat failed"));
  }, options.intervalMs ?? 15_000);
  return {
    id,
    async stop() {
      clearInterval(timer);
      await beating;
      await db().delete(tables.workers).where(eq(tables.workers.id, id));
    },
  };
}

/** When any worker last reported in; null when none ever did (the worker is not running). */
export async function lastWorkerHeartbeat(): Promise<Date | null> {
  const [row] = await db()
    .select({ at: max(tables.workers.heartbeatAt) })
    .from(tables.workers);
  const at = row?.at as Date | number | string | null | undefined;
  if (at === null || at === undefined) return null;
  // max() comes back raw from the driver: ms on SQLite, a string or Date on PostgreSQL.
  return at instanceof Date ? at : new Date(typeof at === "number" ? at : String(at));
}

export async function listWorkers(): Promise<WorkerInfo[]> {
  return db().select().from(tables.workers);
}

/** Removes rows of workers that stopped beating before the cutoff (killed, not stopped cleanly). */
export async function pruneStaleWorkers(olderThan: Date): Promise<number> {
  const deleted = await db()
    .delete(tables.workers)
    .where(lt(tables.workers.heartbeatAt, olderThan))
    .returning({ id: tables.workers.id });
  return deleted.length;
}
