import { z } from "zod";

/**
 * Worker crashes. `npm start`'s supervisor (bin/start.ts) holds no database code: when it restarts a
 * crashed worker it hands the crash over in this environment variable, and the new worker records it.
 */
export const WORKER_CRASH_ENV = "MYDIA_WORKER_CRASH";

export const workerCrashSchema = z.object({
  crashedAt: z.iso.datetime(),
  exitCode: z.number().int().nullable(),
  signal: z.string().max(20).nullable(),
  restarts: z.number().int().min(1),
  restartDelayMs: z.number().int().min(0),
});
export type WorkerCrash = z.infer<typeof workerCrashSchema>;
