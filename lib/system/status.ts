import { statfs } from "node:fs/promises";
import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { getDbHandle, pingDatabase } from "@/lib/db";
import { downloadClientProblems } from "@/lib/downloads";
import { lastWorkerCrash, lastWorkerHeartbeat, type WorkerCrash } from "@/lib/jobs";
import { appVersion } from "@/lib/config";

/** A worker beats every 15 s; three missed beats and it counts as offline. */
export const WORKER_OFFLINE_AFTER_SECONDS = 60;

/** One problem System → Status lists: what, since when, and what to do. */
export interface HealthProblem {
  source: "worker" | "download-client";
  title: string;
  message: string;
  since: string | null;
  /** Where to look or fix it. */
  href: string | null;
}

/** A crash in the last day is worth showing even when the restarted worker runs fine. */
const RECENT_CRASH_MS = 24 * 3600_000;

export interface SystemStatus {
  version: string;
  nodeVersion: string;
  dialect: "sqlite" | "pg";
  database: { reachable: boolean; error: string | null };
  worker: { lastHeartbeat: string | null; ageSeconds: number | null; online: boolean; lastCrash: WorkerCrash | null };
  dataDir: { path: string; freeBytes: number | null; totalBytes: number | null };
  uptimeSeconds: number;
  problems: HealthProblem[];
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

function crashText(crash: WorkerCrash): string {
  const how = crash.signal ? `killed by ${crash.signal}` : `exit code ${crash.exitCode}`;
  const row = crash.restarts > 1 ? ` (crash ${crash.restarts} in a row)` : "";
  return `The worker stopped (${how})${row} and was restarted after ${crash.restartDelayMs / 1000} s. Its log says why.`;
}

/** What needs attention: the worker (offline, crashed lately) and download clients that do not answer. */
export async function healthProblems(worker: SystemStatus["worker"], now = Date.now()): Promise<HealthProblem[]> {
  const problems: HealthProblem[] = [];
  if (!worker.online)
    problems.push({
      source: "worker",
      title: "Worker not running",
      message: "Background jobs (downloads, imports, searches) wait until a worker runs: npm start starts one.",
      since: worker.lastHeartbeat,
      href: null,
    });
  if (worker.lastCrash && now - new Date(worker.lastCrash.crashedAt).getTime() < RECENT_CRASH_MS)
    problems.push({
      source: "worker",
      title: "Worker crashed",
      message: crashText(worker.lastCrash),
      since: worker.lastCrash.crashedAt,
      href: null,
    });
  for (const client of await downloadClientProblems().catch(() => []))
    problems.push({
      source: "download-client",
      title: `${client.clientName} is not answering`,
      message: `${client.message}. Mydia keeps trying and picks up where it left off once it answers.`,
      since: client.since,
      href: "/settings/download-clients",
    });
  return problems;
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
    problems: database.reachable ? await healthProblems(worker) : [],
  };
}
