import { z } from "zod";

/** NZBGet JSON-RPC responses (v16+); only the fields Mydia reads. */
export const nzbRpcSchema = z.object({
  result: z.unknown().optional(),
  error: z
    .object({ name: z.string().optional(), code: z.number().optional(), message: z.string() })
    .nullable()
    .optional(),
});

export const nzbVersionSchema = z.string();

export const nzbGroupSchema = z.object({
  NZBID: z.number().int(),
  NZBName: z.string(),
  Status: z.string(),
  Category: z.string(),
  FileSizeLo: z.number(),
  FileSizeHi: z.number(),
  RemainingSizeLo: z.number(),
  RemainingSizeHi: z.number(),
  PausedSizeLo: z.number().optional(),
  PausedSizeHi: z.number().optional(),
  DestDir: z.string(),
  FinalDir: z.string().optional(),
  ActiveDownloads: z.number().int().optional(),
});
export type NzbGroup = z.infer<typeof nzbGroupSchema>;

export const nzbHistorySchema = z.object({
  NZBID: z.number().int(),
  Name: z.string(),
  Status: z.string(),
  Category: z.string(),
  FileSizeLo: z.number(),
  FileSizeHi: z.number(),
  DestDir: z.string(),
  FinalDir: z.string().optional(),
  Kind: z.string().optional(),
});
export type NzbHistory = z.infer<typeof nzbHistorySchema>;

export const nzbStatusSchema = z.object({ DownloadRate: z.number(), DownloadPaused: z.boolean().optional() });
