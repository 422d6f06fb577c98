import { desc, lt } from "drizzle-orm";
import { db, tables } from "@/lib/db";
import { WORKER_CRASH_ENV, workerCrashSchema, type WorkerCrash } from "./worker-crash.schema";

/** Records the crash the supervisor handed over (if any); returns it. A malformed value is ignored. */
export async function recordHandedOverCrash(env: NodeJS.ProcessEnv = process.env): Promise<WorkerCrash | null> {
  const raw = env[WORKER_CRASH_ENV];
  if (!raw) return null;
  let parsed: WorkerCrash;
  try {
    parsed = workerCrashSchema.parse(JSON.parse(raw));
  } catch {
    return null;
  }
  await db()
    .insert(tables.workerCrashes)
    .values({ ...parsed, crashedAt: new Date(parsed.crashedAt) });
  return parsed;
}

/** The most recent crash, or null when the worker never crashed. */
export async function lastWorkerCrash(): Promise<WorkerCrash | null> {
  const [row] = await db().select().from(tables.workerCrashes).orderBy(desc(tables.workerCrashes.crashedAt)).limit(1);
  if (!row) return null;
  return {
    crashedAt: row.crashedAt.toISOString(),
    exitCode: row.exitCode,
    signal: row.signal,
    restarts: row.restarts,
    restartDelayMs: row.restartDelayMs,
  };
}

/** Removes crashes recorded before the cutoff (housekeeping). */
export async function pruneWorkerCrashes(olderThan: Date): Promise<number> {
  const deleted = await db()
    .delete(tables.workerCrashes)
    .where(lt(tables.workerCrashes.crashedAt, olderThan))
    .returning({ id: tables.workerCrashes.id });
  return deleted.length;
}
