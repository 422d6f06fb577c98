import { statfs } from "node:fs/promises";
import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { getDbHandle, pingDatabase } from "@/lib/db";
import { lastWorkerCrash, lastWorkerHeartbeat, type WorkerCrash } from "@/lib/jobs";
import { appVersion } from "@/lib/config";

/** A worker beats every 15 s; three missed beats and it counts as offline. */
export const WORKER_OFFLINE_AFTER_SECONDS = 60;

export interface SystemStatus {
  version: string;
  nodeVersion: string;
  dialect: "sqlite" | "pg";
  database: { reachable: boolean; error: string | null };
  worker: { lastHeartbeat: string | null; ageSeconds: number | null; online: boolean; lastCrash: WorkerCrash | null };
  dataDir: { path: string; freeBytes: number | null; totalBytes: number | null };
  uptimeSeconds: number;
}

export async function checkDatabase(): Promise<{ reachable: boolean; error: string | null }> {
  try {
    await pingDatabase();
    return { reachable: true, error: null };
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function workerStatus(): Promise<SystemStatus["worker"]> {
  const [heartbeat, lastCrash] = await Promise.all([
    lastWorkerHeartbeat().catch(() => null),
    lastWorkerCrash().catch(() => null),
  ]);
  const ageSeconds = heartbeat ? Math.max(0, Math.round((Date.now() - heartbeat.getTime()) / 1000)) : null;
  return {
    lastHeartbeat: heartbeat?.toISOString() ?? null,
    ageSeconds,
    online: ageSeconds !== null && ageSeconds < WORKER_OFFLINE_AFTER_SECONDS,
    lastCrash,
  };
}

async function diskSpace(path: string): Promise<SystemStatus["dataDir"]> {
  try {
    const stats = await statfs(path);
    return { path, freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
  } catch {
    return { path, freeBytes: null, totalBytes: null };
  }
}

export async function getSystemStatus(actor: Actor): Promise<SystemStatus> {
  assertCan(actor, "admin");
  const config = getConfig();
  const [database, worker, dataDir] = await Promise.all([checkDatabase(), workerStatus(), diskSpace(config.dataDir)]);
  return {
    version: appVersion,
    nodeVersion: process.version,
    dialect: getDbHandle().dialect,
    database,
    worker,
    dataDir,
    uptimeSeconds: Math.round(process.uptime()),
  };
}
