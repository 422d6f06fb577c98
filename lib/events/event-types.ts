import { z } from "zod";

/** Every event has a dotted type (`task.finished`, `download.progress`) and a JSON payload. */
export const eventSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
  actorId: z.string().nullable(),
  createdAt: z.string(),
});
export type MydiaEvent = z.infer<typeof eventSchema>;

export const PG_CHANNEL = "mydia_events";
