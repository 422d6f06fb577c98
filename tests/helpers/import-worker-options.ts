import type { QueueOptions } from "@/lib/jobs";
import { queueOptionsOf } from "@/lib/jobs/queues";

/**
 * The `downloads.import` queue as declared, with test-sized crash recovery: the given lease (pg-boss
 * raises anything under 10 s to 10 s), retries enough for dozens of kills, no retry delay. Both the
 * test (it sends the jobs; options are copied into each job) and tests/helpers/import-worker.ts use it.
 */
export function importCrashQueueOptions(leaseSeconds: number): QueueOptions {
  return {
    ...queueOptionsOf("downloads.import"),
    leaseSeconds,
    retryLimit: 1000,
    retryDelaySeconds: 0,
    retryBackoff: false,
  };
}
