import { checkDatabase, workerStatus } from "./status";
import { appVersion } from "@/lib/config";

export interface Health {
  status: "ok" | "degraded" | "down";
  database: "ok" | "unreachable";
  workerHeartbeatAgeSeconds: number | null;
  version: string;
}

/** For load balancers and Docker: down (503) when the database is unreachable, degraded when no worker beats. */
export async function getHealth(): Promise<Health> {
  const database = await checkDatabase();
  const worker = database.reachable ? await workerStatus() : { ageSeconds: null, online: false };
  return {
    status: !database.reachable ? "down" : worker.online ? "ok" : "degraded",
    database: database.reachable ? "ok" : "unreachable",
    workerHeartbeatAgeSeconds: worker.ageSeconds,
    version: appVersion,
  };
}
