import { z } from "zod";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";
import { downloadClientKinds } from "./clients/types";

const host = z
  .string()
  .trim()
  .min(1, "is required")
  .max(253)
  .regex(/^[A-Za-z0-9.\-:[\]_]+$/, { message: "must be a host name or IP address (no scheme, no path)" });

const category = z
  .string()
  .trim()
  .max(100)
  .regex(/^[^/\\]*$/, { message: "must not contain slashes" })
  .nullable();

/** Fields a user may set (create and update). */
const fields = {
  name: safeText().trim().min(1, "is required").max(100),
  enabled: z.boolean(),
  host,
  port: z.number().int().min(1).max(65_535),
  useTls: z.boolean(),
  urlBase: z
    .string()
    .trim()
    .max(200)
    .regex(/^(\/[^\s?#]*)?$/, { message: "must start with / (or be empty)" }),
  username: z.string().trim().max(200).nullable(),
  /** Secrets: empty on update keeps the stored one. */
  password: z.string().max(500),
  apiKey: z.string().trim().max(500),
  movieCategory: category,
  tvCategory: category,
  priority: z.number().int().min(1).max(50),
  removeCompleted: z.boolean(),
  removeFailed: z.boolean(),
  timeoutMs: z.number().int().min(1_000).max(120_000),
  /** Torrents: removed from the client (with their data) after import once this ratio is reached; null = never. */
  seedRatioLimit: z.number().min(0).max(1_000).nullable(),
  /** Torrents: … or once seeded this many minutes; null = never. */
  seedTimeMinutes: z.number().int().min(0).max(525_600).nullable(),
  /** A download with no progress for this long is flagged stalled; 0 = never. */
  stalledAfterMinutes: z.number().int().min(0).max(10_080),
};

export const createDownloadClientSchema = z.object({
  kind: z.enum(downloadClientKinds),
  name: fields.name,
  enabled: fields.enabled.default(true),
  host: fields.host,
  port: fields.port.optional(),
  useTls: fields.useTls.default(false),
  urlBase: fields.urlBase.optional(),
  username: fields.username.default(null),
  password: fields.password.optional(),
  apiKey: fields.apiKey.optional(),
  movieCategory: fields.movieCategory.optional(),
  tvCategory: fields.tvCategory.optional(),
  priority: fields.priority.default(1),
  removeCompleted: fields.removeCompleted.default(true),
  removeFailed: fields.removeFailed.default(true),
  timeoutMs: fields.timeoutMs.default(10_000),
  seedRatioLimit: fields.seedRatioLimit.default(null),
  seedTimeMinutes: fields.seedTimeMinutes.default(null),
  stalledAfterMinutes: fields.stalledAfterMinutes.default(60),
});
export type CreateDownloadClientInput = z.input<typeof createDownloadClientSchema>;

export const updateDownloadClientSchema = patchSchemaOf(z.object(fields));
export type UpdateDownloadClientInput = z.input<typeof updateDownloadClientSchema>;
