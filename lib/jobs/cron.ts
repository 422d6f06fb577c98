import { Cron } from "croner";

export class InvalidCronError extends Error {
  override name = "InvalidCronError";
}

function parse(cron: string, tz: string): Cron {
  try {
    return new Cron(cron, { timezone: tz, paused: true });
  } catch (error) {
    throw new InvalidCronError(`Invalid cron expression "${cron}" (tz ${tz}): ${(error as Error).message}`);
  }
}

/** Throws InvalidCronError for an expression or time zone croner cannot read. */
export function assertCron(cron: string, tz = "UTC"): void {
  const job = parse(cron, tz);
  job.stop();
}

/** The first tick strictly after `after`, or null when the expression has none left. */
export function nextRunAfter(cron: string, tz: string, after: Date): Date | null {
  const job = parse(cron, tz);
  try {
    return job.nextRun(after);
  } finally {
    job.stop();
  }
}

/** True for 6- and 7-field expressions (a seconds field). */
export function hasSecondsField(cron: string): boolean {
  const fields = cron.trim().split(/\s+/);
  return !cron.trim().startsWith("@") && fields.length >= 6;
}
