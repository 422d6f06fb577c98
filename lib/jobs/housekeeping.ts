import { pruneLoginThrottles, pruneSessions } from "@/lib/accounts";
import { pruneEvents } from "@/lib/events";
import type { JobHandler } from "./job-queue";
import type { PayloadOf } from "./queues";
import { getJobQueue } from "./runtime";
import { pruneWorkerCrashes } from "./worker-crashes";
import { pruneStaleWorkers } from "./workers";

export const housekeepingRetention = {
  eventsDays: 30,
  finishedJobsDays: 7,
  /** A worker beats every 15 s; one silent this long is gone. */
  staleWorkerMinutes: 10,
  workerCrashesDays: 30,
} as const;

export interface HousekeepingResult {
  events: number;
  jobs: number;
  workers: number;
  /** Ended sign-in sessions and stale sign-in failure counters. */
  signIns: number;
  crashes: number;
}

const DAY = 24 * 60 * 60 * 1000;

export async function runHousekeeping(now = new Date()): Promise<HousekeepingResult> {
  const r = housekeepingRetention;
  const events = await pruneEvents(new Date(now.getTime() - r.eventsDays * DAY));
  const queue = await getJobQueue();
  const jobs = await queue.prune({ completedOlderThan: new Date(now.getTime() - r.finishedJobsDays * DAY) });
  const workers = await pruneStaleWorkers(new Date(now.getTime() - r.staleWorkerMinutes * 60_000));
  const signIns = (await pruneSessions(now)) + (await pruneLoginThrottles(now));
  const crashes = await pruneWorkerCrashes(new Date(now.getTime() - r.workerCrashesDays * DAY));
  return { events, jobs, workers, signIns, crashes };
}

/** The `housekeeping` queue's handler (scheduled daily in queues.ts). */
export const housekeepingHandler: JobHandler<PayloadOf<"housekeeping">> = async () => runHousekeeping();
