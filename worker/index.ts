/**
 * The worker process (`tsx worker/index.ts`): runs the handlers that contexts export, the
 * schedules declared in lib/jobs/queues.ts and a heartbeat. No business logic of its own.
 * SIGTERM / SIGINT: stop fetching, let running jobs finish (up to the grace period), release the
 * rest to other workers, exit 0.
 */
import { getConfig } from "@/lib/config";
import { closeDb, setReadThreads } from "@/lib/db";
import { closeLogFile, logger as rootLogger, writeLogFile } from "@/lib/logger";
import {
  applySchedules,
  closeJobQueue,
  getJobQueue,
  recordHandedOverCrash,
  startWorkerHeartbeat,
  workDeclaredQueues,
} from "@/lib/jobs";
import { startLiveDispatcher } from "@/lib/notifications";
import { followRequestEvents } from "@/lib/requests";
import { handlers } from "./handlers";

const SHUTDOWN_GRACE_MS = 25_000;

async function main(): Promise<void> {
  const config = getConfig();
  writeLogFile(config.dataDir, "worker");
  const logger = rootLogger.child({ process: "worker" });
  setReadThreads(false);

  await getJobQueue({ role: "worker", logger });
  await workDeclaredQueues(handlers, { concurrency: config.WORKER_CONCURRENCY });
  await applySchedules(logger);
  // The crash is on record before the first heartbeat: whoever sees this worker online also sees why it restarted.
  const crash = await recordHandedOverCrash();
  if (crash) logger.error({ crash }, "worker restarted after a crash");
  const heartbeat = await startWorkerHeartbeat({ logger });
  const dispatcher = startLiveDispatcher();
  const stopFollowingRequests = followRequestEvents();
  logger.info({ dialect: config.dialect, concurrency: config.WORKER_CONCURRENCY }, "worker started");

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping");
    try {
      dispatcher.stop();
      stopFollowingRequests();
      await closeJobQueue({ graceMs: SHUTDOWN_GRACE_MS });
      await heartbeat.stop();
      await closeDb();
      logger.info("worker stopped");
      await closeLogFile();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "worker did not stop cleanly");
      await closeLogFile();
      process.exit(1);
    }
  };
  process.on("SIGTERM", (signal) => void shutdown(signal));
  process.on("SIGINT", (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
