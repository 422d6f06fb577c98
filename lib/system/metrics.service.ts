import { assertCan, systemActor, type Actor } from "@/lib/accounts";
import {
  downloadCountsByStatus,
  downloadStatuses,
  listDownloadClientHealth,
  listDownloadClients,
} from "@/lib/downloads";
import { listIndexers } from "@/lib/indexers";
import { listTaskRuns, listTasks } from "@/lib/jobs";
import { gauge, renderMetrics } from "@/lib/metrics";
import { healthChecks } from "./health-checks/run-checks";
import { workerStatus } from "./status";

/**
 * What the database knows, read at scrape time: every process (web or worker) writes jobs, downloads
 * and health there, so any web process answers the same figures. Per-process figures (HTTP timings,
 * event streams, memory) come from the process that answers the scrape.
 */
async function collectFromDatabase(): Promise<void> {
  const [tasks, runs, downloads, indexers, clients, clientHealth, health, worker] = await Promise.all([
    listTasks(),
    listTaskRuns(),
    downloadCountsByStatus(),
    listIndexers(systemActor),
    listDownloadClients(systemActor),
    listDownloadClientHealth(systemActor),
    healthChecks(systemActor),
    workerStatus(),
  ]);

  const jobs = gauge("mydia_jobs", "Jobs by queue and state (queued includes retries waiting out their delay)", [
    "queue",
    "state",
  ] as const);
  const depth = gauge("mydia_queue_depth", "Jobs waiting to run, by queue", ["queue"] as const);
  for (const task of tasks) {
    for (const [state, count] of Object.entries(task.counts)) jobs.set({ queue: task.name, state }, count);
    depth.set({ queue: task.name }, task.counts.queued);
  }
  const runCount = gauge("mydia_task_runs", "Runs recorded per queue since the install began", ["queue"] as const);
  const lastDuration = gauge("mydia_task_last_duration_seconds", "Duration of the last finished run, by queue", [
    "queue",
  ] as const);
  const failing = gauge("mydia_task_failures_in_a_row", "Failed runs since the last success, by queue", [
    "queue",
  ] as const);
  for (const run of runs) {
    runCount.set({ queue: run.name }, run.runCount);
    failing.set({ queue: run.name }, run.failuresInARow);
    if (run.durationMs !== null) lastDuration.set({ queue: run.name }, run.durationMs / 1000);
  }

  const downloadGauge = gauge("mydia_downloads", "Downloads Mydia tracks, by state", ["state"] as const);
  for (const state of new Set([...downloadStatuses, ...Object.keys(downloads)]))
    downloadGauge.set({ state }, downloads[state] ?? 0);

  const indexerUp = gauge("mydia_indexer_up", "1 when the indexer answers, 0 while it is backed off", [
    "indexer",
  ] as const);
  const indexerFailures = gauge("mydia_indexer_failures_in_a_row", "Consecutive failures of the indexer", [
    "indexer",
  ] as const);
  indexerUp.reset();
  indexerFailures.reset();
  for (const indexer of indexers) {
    indexerUp.set({ indexer: indexer.name }, indexer.status.disabledUntil === null ? 1 : 0);
    indexerFailures.set({ indexer: indexer.name }, indexer.status.consecutiveFailures);
  }

  const clientUp = gauge("mydia_download_client_up", "1 when the download client answers, 0 when it does not", [
    "client",
  ] as const);
  clientUp.reset();
  for (const client of clients.filter((c) => c.enabled))
    clientUp.set({ client: client.name }, clientHealth[client.id]?.reachable === false ? 0 : 1);

  const problems = gauge("mydia_health_problems", "System → Health problems, by type", ["type"] as const);
  problems.set({ type: "error" }, health.items.filter((i) => i.type === "error").length);
  problems.set({ type: "warning" }, health.items.filter((i) => i.type === "warning").length);
  const heartbeat = gauge("mydia_worker_heartbeat_age_seconds", "Seconds since the newest worker heartbeat", []);
  if (worker.ageSeconds === null) heartbeat.reset();
  else heartbeat.set(worker.ageSeconds);
}

/** GET /metrics: Prometheus text. */
export async function metricsText(actor: Actor): Promise<{ contentType: string; body: string }> {
  assertCan(actor, "read");
  await collectFromDatabase();
  return renderMetrics();
}
