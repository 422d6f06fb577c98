import { z } from "zod";

/** qBittorrent WebAPI v2 responses (4.1+ and 5.x); only the fields Mydia reads. */
export const qbTorrentSchema = z.object({
  hash: z.string(),
  name: z.string(),
  state: z.string(),
  progress: z.number(),
  size: z.number(),
  amount_left: z.number().optional(),
  dlspeed: z.number(),
  upspeed: z.number(),
  eta: z.number(),
  save_path: z.string(),
  content_path: z.string().optional(),
  category: z.string().optional(),
  tags: z.string().optional(),
  ratio: z.number().optional(),
  seeding_time: z.number().optional(),
});
export type QbTorrent = z.infer<typeof qbTorrentSchema>;

export const qbTorrentListSchema = z.array(qbTorrentSchema);

export const qbCategoriesSchema = z.record(z.string(), z.object({ name: z.string(), savePath: z.string().optional() }));

/** "v4.5.2" or "4.5.2". */
export const qbVersionSchema = z
  .string()
  .trim()
  .regex(/^v?\d+\.\d+/, "not a qBittorrent version");
