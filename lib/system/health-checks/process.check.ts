import { listTaskRuns, queues, isQueueName } from "@/lib/jobs";
import { backupStatus } from "../backup-status";
import { workerStatus, WORKER_OFFLINE_AFTER_SECONDS } from "../status";
import { fixes, problem, type Check } from "./health-check";

/** A worker crash in the last day is worth a warning even when the restarted worker runs fine. */
const RECENT_CRASH_MS = 24 * 3600_000;

/** No worker heartbeat for WORKER_OFFLINE_AFTER_SECONDS: jobs wait. A recent crash: a warning. */
export const workerChecks: Check = async (now) => {
  const worker = await workerStatus();
  const found = [];
  if (!worker.online)
    found.push(
      problem(
        "WorkerCheck",
        "error",
        worker.lastHeartbeat
          ? `Worker not running: its last heartbeat was ${worker.ageSeconds} s ago (it beats every 15 s; late after ${WORKER_OFFLINE_AFTER_SECONDS} s): downloads, imports and searches wait until it runs. npm start starts and supervises one.`
          : "Worker not running: no worker has checked in yet, so downloads, imports and searches wait until one runs. npm start starts and supervises one.",
        fixes.status,
        worker.lastHeartbeat,
      ),
    );
  const crash = worker.lastCrash;
  if (crash && now.getTime() - new Date(crash.crashedAt).getTime() < RECENT_CRASH_MS)
    found.push(
      problem(
        "WorkerCheck",
        "warning",
        `Worker crashed: it stopped (${crash.signal ? `killed by ${crash.signal}` : `exit code ${crash.exitCode}`}) and was restarted after ${crash.restartDelayMs / 1000} s. Its log says why.`,
        fixes.logs,
        crash.crashedAt,
      ),
    );
  return found;
};

/** A task whose last runs all failed: this many in a row. */
export const FAILING_TASK_RUNS = 3;

/** Tasks that failed FAILING_TASK_RUNS times or more in a row. */
export const jobChecks: Check = async () =>
  (await listTaskRuns())
    .filter((run) => run.failuresInARow >= FAILING_TASK_RUNS && run.status !== "succeeded")
    .map((run) =>
      problem(
        "TaskCheck",
        "warning",
        `${isQueueName(run.name) ? queues[run.name].title : run.name} failed ${run.failuresInARow} times in a row; the last error: ${run.error ?? "unknown"}.`,
        fixes.tasks,
        run.finishedAt,
      ),
    );

/** A backup older than its schedule allows (one missed run is tolerated: twice the interval). */
export const backupChecks: Check = async (now) => {
  const status = await backupStatus();
  if (!status) return [];
  const dueMs = 2 * status.intervalHours * 3600_000;
  if (status.lastBackupAt && now.getTime() - status.lastBackupAt.getTime() <= dueMs) return [];
  return [
    problem(
      "BackupCheck",
      "warning",
      status.lastBackupAt
        ? `The last backup was taken ${Math.round((now.getTime() - status.lastBackupAt.getTime()) / 3600_000)} hours ago, although one is due every ${status.intervalHours} hours.`
        : `No backup was ever taken, although one is due every ${status.intervalHours} hours.`,
      fixes.backups,
      status.lastBackupAt,
    ),
  ];
};
