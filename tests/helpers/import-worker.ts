/**
 * A real worker process for tests/integration/downloads/import-crash.test.ts
 * (`node --import tsx tests/helpers/import-worker.ts`): what worker/index.ts does for the
 * `downloads.import` queue — the product's handler, payload validation and task_runs recording,
 * through lib/jobs — with test-sized queue options (a short lease, so a SIGKILLed worker's job is
 * reclaimed within a second or so on SQLite, 10 s on pg-boss; many retries, no retry delay, since
 * the test kills on purpose). Nothing else runs: no schedules, no other queues.
 *
 * env: DATABASE_URL, DATA_DIR, AUTH_SECRET, LIBRARY_ALLOWED_ROOTS (as the test's process),
 * IMPORT_LEASE_SECONDS, IMPORT_CONCURRENCY, IMPORT_POLL_MS.
 * stdout: one JSON line per event — {"event":"ready"}, {"event":"start"|"done"|"error", jobId,
 * downloadId, attempt, …}. SIGTERM stops it gracefully.
 */
import { downloadsImportHandler } from "@/lib/downloads";
import { closeJobQueue, getJobQueue, queues, withTaskRun } from "@/lib/jobs";
import { importCrashQueueOptions } from "./import-worker-options";

const env = process.env;
const concurrency = Number(env.IMPORT_CONCURRENCY ?? 1);
const pollIntervalMs = Number(env.IMPORT_POLL_MS ?? 50);

const say = (line: object) =>
  process.stdout.write(`${JSON.stringify({ ...line, pid: process.pid, at: Date.now() })}\n`);

async function main() {
  const jobs = await getJobQueue({
    role: "worker",
    pollIntervalMs,
    cronPollIntervalMs: 60_000,
    superviseIntervalSeconds: 1,
    cronIntervalSeconds: 45,
  });
  await jobs.createQueue("downloads.import", importCrashQueueOptions(Number(env.IMPORT_LEASE_SECONDS ?? 1)));
  const payload = queues["downloads.import"].payload;
  await jobs.work<{ downloadId: string }>(
    "downloads.import",
    withTaskRun("downloads.import", async (job) => {
      const data = payload.parse(job.data);
      say({ event: "start", jobId: job.id, downloadId: data.downloadId, attempt: job.attempt });
      try {
        const result = await downloadsImportHandler({ ...job, data });
        say({
          event: "done",
          jobId: job.id,
          downloadId: data.downloadId,
          imported: result.imported.length,
          skipped: result.skipped.length,
          alreadyImported: result.alreadyImported,
        });
        return result;
      } catch (error) {
        say({
          event: "error",
          jobId: job.id,
          downloadId: data.downloadId,
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
        throw error;
      }
    }),
    { concurrency, pollIntervalMs },
  );
  const stop = async () => {
    await closeJobQueue({ graceMs: 5000 });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  say({ event: "ready" });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
