import { setTimeout as sleep } from "node:timers/promises";
import { monitorDownloads, type MonitorOptions, type MonitorSummary } from "./monitor.service";

/**
 * Passes while something downloads: every second instead of the cron's every minute, so progress
 * reaches open tabs within about a second of the client reporting it. A pass is one list call per
 * client and one batched progress event.
 */
export const FAST_POLL_MS = 1_000;
/**
 * How long one job keeps polling. Less than the cron period: the queue holds one monitor job at a
 * time (queued or running), so a tick that comes while this job still runs is dropped.
 */
export const FAST_POLL_WINDOW_MS = 50_000;

export interface MonitorRun extends MonitorSummary {
  /** Passes this run made; the counts of events (updated, failed, removed, adopted, seedingDone) are summed over them, the rest are the last pass's. */
  passes: number;
}

export interface MonitorRunOptions extends MonitorOptions {
  intervalMs?: number;
  windowMs?: number;
}

const pause = (ms: number, signal?: AbortSignal): Promise<boolean> =>
  sleep(ms, undefined, { signal }).then(
    () => true,
    () => false,
  );

/**
 * A monitor job: one pass, then — while a pass finds something queued, downloading, verifying or
 * waiting for its import — another pass every `intervalMs` until `windowMs` is used up. Paused or
 * stalled downloads alone wait for the next cron tick.
 *
 * The job repeats its passes itself rather than queueing a delayed follow-up: a follow-up sent
 * from inside the job carries the same singleton key as the running job and is always dropped.
 */
export async function monitorWhileActive(options: MonitorRunOptions = {}): Promise<MonitorRun> {
  const { intervalMs = FAST_POLL_MS, windowMs = FAST_POLL_WINDOW_MS, ...pass } = options;
  const started = Date.now();
  let run: MonitorRun = { ...(await monitorDownloads(pass)), passes: 1 };
  while (run.active > 0 && Date.now() - started + intervalMs <= windowMs) {
    if (!(await pause(intervalMs, pass.signal))) break;
    const next = await monitorDownloads(pass);
    run = {
      ...next,
      updated: run.updated + next.updated,
      failed: run.failed + next.failed,
      removed: run.removed + next.removed,
      adopted: run.adopted + next.adopted,
      seedingDone: run.seedingDone + next.seedingDone,
      passes: run.passes + 1,
    };
  }
  return run;
}
