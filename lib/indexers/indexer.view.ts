import { z } from "zod";
import type { IndexerWithStatus } from "./indexer.repo";

const capsModeSchema = z.object({ available: z.boolean(), params: z.array(z.string()) });

export const indexerCapsSchema = z.object({
  search: capsModeSchema,
  tvSearch: capsModeSchema,
  movieSearch: capsModeSchema,
  categories: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      subcategories: z.array(z.object({ id: z.number(), name: z.string() })),
    }),
  ),
  limits: z.object({ max: z.number(), default: z.number() }).nullable(),
  server: z.object({ title: z.string().nullable(), version: z.string().nullable() }),
});

export const indexerStatusSchema = z.object({
  consecutiveFailures: z.number().int(),
  disabledUntil: z.string().nullable(),
  lastFailureAt: z.string().nullable(),
  lastFailureKind: z.string().nullable(),
  lastFailureMessage: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
});

/** An indexer as the browser and the API see it: secrets are reduced to which ones are set. */
export const indexerViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["torznab", "newznab", "cardigann"]),
  protocol: z.enum(["torrent", "usenet"]),
  baseUrl: z.string(),
  apiPath: z.string(),
  definitionId: z.string().nullable(),
  settings: z.record(z.string(), z.union([z.string(), z.boolean()])),
  secretsSet: z
    .array(z.string())
    .describe("Names of the secret fields that have a stored value; values are never returned"),
  enableRss: z.boolean(),
  enableAutomatic: z.boolean(),
  enableInteractive: z.boolean(),
  priority: z.number().int(),
  categories: z.array(z.number().int()),
  minimumSeeders: z.number().int(),
  tags: z.array(z.string()),
  requestsPerMinute: z.number().int().nullable(),
  requestsPerDay: z.number().int().nullable(),
  timeoutMs: z.number().int(),
  caps: indexerCapsSchema.nullable(),
  capsUpdatedAt: z.string().nullable(),
  importedFrom: z.string().nullable(),
  status: indexerStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IndexerView = z.infer<typeof indexerViewSchema>;

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

export function toIndexerView(row: IndexerWithStatus, secretsSet: string[]): IndexerView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    protocol: row.protocol,
    baseUrl: row.baseUrl,
    apiPath: row.apiPath,
    definitionId: row.definitionId,
    settings: row.settings,
    secretsSet,
    enableRss: row.enableRss,
    enableAutomatic: row.enableAutomatic,
    enableInteractive: row.enableInteractive,
    priority: row.priority,
    categories: row.categories,
    minimumSeeders: row.minimumSeeders,
    tags: row.tags,
    requestsPerMinute: row.requestsPerMinute,
    requestsPerDay: row.requestsPerDay,
    timeoutMs: row.timeoutMs,
    caps: row.caps,
    capsUpdatedAt: iso(row.capsUpdatedAt),
    importedFrom: row.importedFrom,
    status: {
      consecutiveFailures: row.status?.consecutiveFailures ?? 0,
      disabledUntil:
        row.status?.disabledUntil && row.status.disabledUntil > new Date()
          ? row.status.disabledUntil.toISOString()
          : null,
      lastFailureAt: iso(row.status?.lastFailureAt),
      lastFailureKind: row.status?.lastFailureKind ?? null,
      lastFailureMessage: row.status?.lastFailureMessage ?? null,
      lastSuccessAt: iso(row.status?.lastSuccessAt),
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const testResultSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    version: z.string().nullable(),
    caps: indexerCapsSchema,
    sampleResults: z.number().int(),
    sampleTitles: z.array(z.string()),
    elapsedMs: z.number(),
  }),
  z.object({ ok: z.literal(false), kind: z.string(), field: z.string().optional(), message: z.string() }),
]);
export type IndexerTestResult = z.infer<typeof testResultSchema>;
