import { z } from "zod";
import { safeText } from "@/lib/text";
import { patchSchemaOf } from "@/lib/validation";
import { indexerKinds } from "./indexer.types";

const url = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), { message: "must be an http:// or https:// address" });

const settingsSchema = z.record(z.string().max(100), z.union([z.string().max(10_000), z.boolean()]));

/** Fields shared by create and update (everything a user may set). */
const fields = {
  name: safeText().trim().min(1, "is required").max(100),
  protocol: z.enum(["torrent", "usenet"]),
  baseUrl: url,
  apiPath: z
    .string()
    .trim()
    .max(200)
    .regex(/^(\/[^\s?#]*)?$/, { message: "must start with / (or be empty)" }),
  /** Torznab/Newznab API key; empty on update keeps the stored one. */
  apiKey: z.string().trim().max(500),
  definitionId: z.string().trim().min(1).max(200),
  /** Cardigann settings (secret ones are split off and encrypted). */
  settings: settingsSchema,
  enableRss: z.boolean(),
  enableAutomatic: z.boolean(),
  enableInteractive: z.boolean(),
  priority: z.number().int().min(1).max(50),
  categories: z.array(z.number().int().min(0).max(1_000_000)).max(200),
  minimumSeeders: z.number().int().min(0).max(10_000),
  tags: z.array(z.string().trim().min(1).max(50)).max(50),
  requestsPerMinute: z.number().int().min(1).max(10_000).nullable(),
  requestsPerDay: z.number().int().min(1).max(1_000_000).nullable(),
  timeoutMs: z.number().int().min(1_000).max(120_000),
};

export const createIndexerSchema = z
  .object({
    kind: z.enum(indexerKinds),
    name: fields.name,
    protocol: fields.protocol.optional(),
    baseUrl: fields.baseUrl.optional(),
    apiPath: fields.apiPath.optional(),
    apiKey: fields.apiKey.optional(),
    definitionId: fields.definitionId.optional(),
    settings: fields.settings.default({}),
    enableRss: fields.enableRss.default(true),
    enableAutomatic: fields.enableAutomatic.default(true),
    enableInteractive: fields.enableInteractive.default(true),
    priority: fields.priority.default(25),
    categories: fields.categories.default([]),
    minimumSeeders: fields.minimumSeeders.default(1),
    tags: fields.tags.default([]),
    requestsPerMinute: fields.requestsPerMinute.default(null),
    requestsPerDay: fields.requestsPerDay.default(null),
    timeoutMs: fields.timeoutMs.default(20_000),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "cardigann" && !value.definitionId)
      ctx.addIssue({ code: "custom", path: ["definitionId"], message: "is required for a Cardigann indexer" });
    if (value.kind !== "cardigann" && !value.baseUrl)
      ctx.addIssue({ code: "custom", path: ["baseUrl"], message: "is required" });
  });
export type CreateIndexerInput = z.input<typeof createIndexerSchema>;
export type CreateIndexer = z.output<typeof createIndexerSchema>;

/** definitionId and kind are fixed once created. */
export const updateIndexerSchema = patchSchemaOf(z.object(fields).omit({ definitionId: true }));
export type UpdateIndexerInput = z.input<typeof updateIndexerSchema>;
