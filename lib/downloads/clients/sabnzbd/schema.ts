import { z } from "zod";

/** SABnzbd API responses (3.x–4.x, output=json); only the fields Mydia reads. */
const numberish = z
  .union([z.number(), z.string()])
  .transform((v) => (typeof v === "number" ? v : Number.parseFloat(v) || 0));

export const sabErrorSchema = z.object({ status: z.literal(false), error: z.string() });

export const sabVersionSchema = z.object({ version: z.string() });

export const sabAddSchema = z.object({ status: z.boolean(), nzo_ids: z.array(z.string()) });

export const sabStatusSchema = z.object({ status: z.boolean() });

export const sabQueueSlotSchema = z.object({
  nzo_id: z.string(),
  filename: z.string(),
  status: z.string(),
  percentage: numberish,
  mb: numberish,
  mbleft: numberish,
  timeleft: z.string().optional(),
  cat: z.string().optional(),
});
export type SabQueueSlot = z.infer<typeof sabQueueSlotSchema>;

export const sabQueueSchema = z.object({
  queue: z.object({
    paused: z.boolean().optional(),
    kbpersec: numberish.optional(),
    slots: z.array(sabQueueSlotSchema),
  }),
});

export const sabHistorySlotSchema = z.object({
  nzo_id: z.string(),
  name: z.string(),
  status: z.string(),
  storage: z.string().nullable().optional(),
  path: z.string().nullable().optional(),
  fail_message: z.string().nullable().optional(),
  bytes: numberish.optional(),
  category: z.string().nullable().optional(),
});
export type SabHistorySlot = z.infer<typeof sabHistorySlotSchema>;

export const sabHistorySchema = z.object({ history: z.object({ slots: z.array(sabHistorySlotSchema) }) });
