import { z } from "zod";
import {
  createIndexerSchema,
  definitionSettingSchema,
  definitionSummarySchema,
  indexerStatsSchema,
  indexerViewSchema,
  searchSubjectSchema,
  testResultSchema,
  updateIndexerSchema,
} from "@/lib/indexers";
import {
  interactiveSearchEventSchema,
  interactiveSearchResultSchema,
  releaseTargetQuery,
  releaseTargetSchema,
} from "@/lib/automation";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const tag = "Indexers";

export const listIndexersEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/indexers",
  summary: "Every indexer with its settings (secrets only as names), caps and health",
  tag,
  access: "admin",
  response: z.object({ items: z.array(indexerViewSchema) }),
});

export const createIndexerEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/indexers",
  summary: "Add a Torznab, Newznab or Cardigann indexer",
  description: "API keys, passwords and cookies are encrypted at rest and never returned.",
  tag,
  access: "admin",
  body: createIndexerSchema,
  response: indexerViewSchema,
  successStatus: 201,
});

export const getIndexerEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/indexers/{id}",
  summary: "One indexer",
  tag,
  access: "admin",
  params: idParams,
  response: indexerViewSchema,
});

export const updateIndexerEndpoints = updateEndpoints({
  path: "/api/v1/indexers/{id}",
  summary: "Change an indexer; an empty secret keeps the stored one",
  tag,
  access: "admin",
  params: idParams,
  body: updateBodyOf(updateIndexerSchema, indexerViewSchema),
  response: indexerViewSchema,
});

export const deleteIndexerEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/indexers/{id}",
  summary: "Remove an indexer",
  tag,
  access: "admin",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const testIndexerEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/indexers/{id}/test",
  summary: "Run caps and a sample search; on failure, the reason and the field to fix",
  description: "With a body, tests the indexer as it would be with those changes (nothing is saved).",
  tag,
  access: "admin",
  params: idParams,
  body: updateIndexerSchema,
  response: testResultSchema,
});

export const resetIndexerEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/indexers/{id}/reset",
  summary: "Clear the back-off of a failing indexer (try again now)",
  tag,
  access: "admin",
  params: idParams,
  response: indexerViewSchema,
});

export const indexerStatsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/indexers/stats",
  summary: "Queries, failures, results, grabs and average response time per indexer",
  tag,
  access: "admin",
  query: z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }),
  response: indexerStatsSchema,
});

export const importProwlarrEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/indexers/import/prowlarr",
  summary: "Import every enabled Prowlarr indexer as a Torznab/Newznab indexer through Prowlarr",
  tag,
  access: "admin",
  body: z.object({ baseUrl: z.string(), apiKey: z.string() }),
  response: z.object({
    version: z.string(),
    imported: z.array(z.object({ id: z.string(), name: z.string() })),
    skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
  }),
});

export const listDefinitionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/indexers/definitions",
  summary: "The Cardigann definitions catalog: validity, what is unsupported and why",
  tag,
  access: "admin",
  response: z.object({ items: z.array(definitionSummarySchema) }),
});

export const refreshDefinitionsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/indexers/definitions/refresh",
  summary: "Refresh Cardigann definitions from CARDIGANN_DEFINITIONS_URL",
  tag,
  access: "admin",
  response: z.object({
    listed: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    invalid: z.array(z.string()),
    failed: z.array(z.object({ id: z.string(), message: z.string() })),
  }),
});

export const uploadDefinitionEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/indexers/definitions",
  summary: "Upload a Cardigann YAML definition",
  tag,
  access: "admin",
  body: z.object({ yaml: z.string().min(1) }),
  response: definitionSummarySchema,
  successStatus: 201,
});

export const definitionSettingsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/indexers/definitions/{id}",
  summary: "A Cardigann definition with its settings form",
  tag,
  access: "admin",
  params: idParams,
  response: z.object({ summary: definitionSummarySchema, settings: z.array(definitionSettingSchema) }),
});

export const releasesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/releases",
  summary: "Interactive search: releases from every enabled indexer, parsed, with their indexer",
  description:
    "One of movieId, episodeId, seriesId (the whole series; with season or seasonNumber, one season) or q. Releases are judged against the item's quality profile and files (decisions) except for q. Waits for every indexer up to the search deadline; " +
    "GET /api/v1/releases/stream takes the same parameters and streams the results as indexers answer. " +
    "Releases carry no download link: grab one by its id (POST /api/v1/releases/grab { releaseId }); ids stay valid 12 hours. " +
    "state says whether the release is already in the queue, was imported, was grabbed before or is blocklisted.",
  tag,
  access: "manage",
  query: searchSubjectSchema,
  response: interactiveSearchResultSchema,
});

export const releasesStreamEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/releases/stream",
  summary: "Interactive search, streamed: one JSON event per line as each indexer answers",
  description:
    "The parameters of GET /api/v1/releases. Events: started, results (per indexer), failed, skipped, decisions (for a catalog item, just before done), done; error ends a failed stream.",
  tag,
  access: "manage",
  query: searchSubjectSchema,
  response: interactiveSearchEventSchema,
  contentType: "application/x-ndjson",
});

export const releaseTargetEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/releases/{id}/target",
  summary: "What a search result is for: the catalog movie or series its name matches, and the episodes it covers",
  description:
    "For a free-text search result (GET /api/v1/releases?q=…): the movie or series the release name points at (by the indexer's ids, then by title and year) and, for a series, the episodes it covers (a season pack: its whole season). " +
    "With movieId or seriesId, for that title instead (the episodes of that series it covers, and the reasons to reject it for them). Grab it with POST /api/v1/releases/grab { releaseId, movieId } or { releaseId, seriesId } (episodes from the name) or { releaseId, episodeIds }.",
  tag,
  access: "manage",
  params: z.object({ id: z.string().min(1).max(100) }),
  query: releaseTargetQuery,
  response: releaseTargetSchema,
});

export const indexerEndpoints = [
  listIndexersEndpoint,
  createIndexerEndpoint,
  indexerStatsEndpoint,
  importProwlarrEndpoint,
  listDefinitionsEndpoint,
  uploadDefinitionEndpoint,
  refreshDefinitionsEndpoint,
  definitionSettingsEndpoint,
  getIndexerEndpoint,
  ...Object.values(updateIndexerEndpoints),
  deleteIndexerEndpoint,
  testIndexerEndpoint,
  resetIndexerEndpoint,
  releasesEndpoint,
  releasesStreamEndpoint,
  releaseTargetEndpoint,
];
