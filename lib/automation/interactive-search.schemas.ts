import { z } from "zod";
import { releaseStateSchema } from "@/lib/downloads";
import { publicReleaseSchema } from "@/lib/indexers";
import { decisionViewSchema } from "@/lib/quality";

/** A search result as interactive search lists it: no secret, an opaque id to grab it, and what Mydia already did with it. */
export const interactiveReleaseSchema = publicReleaseSchema.extend({ state: releaseStateSchema });
export type InteractiveRelease = z.infer<typeof interactiveReleaseSchema>;

/** A verdict of the decision engine, tied to its release by the release's id. */
export const interactiveDecisionSchema = decisionViewSchema.extend({
  releaseId: z.string(),
  episodeIds: z.array(z.string()).describe("TV: the catalog ids of the episodes the release covers (grab it for them)"),
});
export type InteractiveDecision = z.infer<typeof interactiveDecisionSchema>;

export const indexerOutcomeSchema = z.object({
  indexerId: z.string(),
  indexerName: z.string(),
  status: z.enum(["ok", "failed", "skipped"]),
  results: z.number().int(),
  message: z.string().nullable(),
  elapsedMs: z.number().nullable(),
});

export const interactiveSearchResultSchema = z.object({
  releases: z.array(interactiveReleaseSchema),
  indexers: z.array(indexerOutcomeSchema),
  elapsedMs: z.number(),
  duplicates: z.number().int(),
  decisions: z
    .array(interactiveDecisionSchema)
    .nullable()
    .describe(
      "For a catalog item: every release judged by its quality profile and files on disk, best first; null for free text",
    ),
});
export type InteractiveSearchResult = z.infer<typeof interactiveSearchResultSchema>;

const indexerRef = z.object({ id: z.string(), name: z.string() });

/** One NDJSON line of GET /api/v1/releases/stream. */
export const interactiveSearchEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("started"), indexers: z.array(indexerRef), deadlineMs: z.number() }),
  z.object({
    type: z.literal("results"),
    indexer: indexerRef,
    releases: z.array(interactiveReleaseSchema),
    received: z.number().int(),
    elapsedMs: z.number(),
  }),
  z.object({
    type: z.literal("failed"),
    indexer: indexerRef,
    kind: z.string(),
    message: z.string(),
    elapsedMs: z.number(),
  }),
  z.object({ type: z.literal("skipped"), indexer: indexerRef, reason: z.string(), until: z.string().nullable() }),
  z.object({ type: z.literal("decisions"), decisions: z.array(interactiveDecisionSchema) }),
  z.object({ type: z.literal("decisions-failed"), message: z.string() }),
  z.object({
    type: z.literal("done"),
    elapsedMs: z.number(),
    releases: z.number().int(),
    duplicates: z.number().int(),
    succeeded: z.number().int(),
    failed: z.number().int(),
    skipped: z.number().int(),
  }),
  z.object({ type: z.literal("error"), message: z.string() }),
]);
export type InteractiveSearchEvent = z.infer<typeof interactiveSearchEventSchema>;
