import { z } from "zod";

/** A background task as System → Tasks and GET /api/v1/system/tasks show it. */
export const taskSchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  /** false: the task runs once per item (an import, a search) when Mydia sends one; it has no "Run now". */
  runnable: z.boolean(),
  cron: z.string().nullable(),
  nextRunAt: z.string().nullable(),
  lastRun: z
    .object({
      status: z.enum(["running", "succeeded", "failed"]),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      durationMs: z.number().nullable(),
      error: z.string().nullable(),
      runCount: z.number(),
    })
    .nullable(),
  counts: z.object({ queued: z.number(), active: z.number(), failed: z.number(), completed: z.number() }),
});
export type Task = z.infer<typeof taskSchema>;
