import { z } from "zod";

/** Transmission RPC (v15+) responses; only the fields Mydia reads. */
export const trResponseSchema = z.object({
  result: z.string(),
  arguments: z.record(z.string(), z.unknown()).optional(),
});

export const trTorrentSchema = z.object({
  hashString: z.string(),
  name: z.string(),
  status: z.number().int(),
  percentDone: z.number(),
  totalSize: z.number(),
  leftUntilDone: z.number(),
  rateDownload: z.number(),
  rateUpload: z.number(),
  eta: z.number(),
  downloadDir: z.string(),
  error: z.number().int(),
  errorString: z.string(),
  isStalled: z.boolean().optional(),
  labels: z.array(z.string()).optional(),
  uploadRatio: z.number().optional(),
  secondsSeeding: z.number().optional(),
  recheckProgress: z.number().optional(),
});
export type TrTorrent = z.infer<typeof trTorrentSchema>;

export const trTorrentGetSchema = z.object({ torrents: z.array(trTorrentSchema) });

export const trAddedSchema = z.object({
  "torrent-added": z.object({ hashString: z.string() }).optional(),
  "torrent-duplicate": z.object({ hashString: z.string() }).optional(),
});

export const trSessionSchema = z.object({ version: z.string(), "rpc-version": z.number().int() });
