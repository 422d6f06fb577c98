import { z } from "zod";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";

const minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 30);
const delayProfileFields = z.object({
  order: z.number().int().min(0).optional(),
  enableUsenet: z.boolean().default(true),
  enableTorrent: z.boolean().default(true),
  preferredProtocol: z.enum(["usenet", "torrent"]).default("usenet"),
  usenetDelayMinutes: minutes.default(0),
  torrentDelayMinutes: minutes.default(0),
  bypassIfHighestQuality: z.boolean().default(true),
  bypassIfAboveFormatScore: z.boolean().default(false),
  minimumFormatScore: z.number().int().default(0),
  tags: z.array(safeText().trim().min(1).max(50)).max(50).default([]),
});
export const delayProfilePatch = patchSchemaOf(delayProfileFields);
export const delayProfileInput = delayProfileFields.strict().refine((d) => d.enableUsenet || d.enableTorrent, {
  message: "Enable usenet, torrents or both",
  path: ["enableUsenet"],
});
export const delayProfileSchema = z.object({
  id: z.string(),
  order: z.number().int(),
  enableUsenet: z.boolean(),
  enableTorrent: z.boolean(),
  preferredProtocol: z.enum(["usenet", "torrent"]),
  usenetDelayMinutes: z.number().int(),
  torrentDelayMinutes: z.number().int(),
  bypassIfHighestQuality: z.boolean(),
  bypassIfAboveFormatScore: z.boolean(),
  minimumFormatScore: z.number().int(),
  tags: z.array(z.string()),
});
