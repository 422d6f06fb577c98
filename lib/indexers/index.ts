/** The indexers context: Torznab/Newznab, Prowlarr and Jackett, the Cardigann engine, search fan-out. */
export {
  indexerKinds,
  type IndexerCaps,
  type IndexerFailureKind,
  type IndexerKind,
  type IndexerProtocol,
} from "./indexer.types";
export { indexerKindDefinitions, defaultPorts, proxyEndpoints } from "./definitions";
export { IndexerRequestError } from "./errors";
export {
  emptyRelease,
  indexerReleaseSchema,
  parsedReleaseSchema,
  type IndexerRelease,
  type ParsedRelease,
} from "./release";
export {
  createIndexerSchema,
  updateIndexerSchema,
  type CreateIndexerInput,
  type UpdateIndexerInput,
} from "./indexer.input";
export { indexerViewSchema, testResultSchema, type IndexerTestResult, type IndexerView } from "./indexer.view";
export {
  createIndexer,
  deleteIndexer,
  getIndexer,
  listIndexers,
  resetIndexerHealth,
  testIndexer,
  updateIndexer,
} from "./indexer.service";
export { indexerStats, recordGrab, indexerStatsSchema, type IndexerStats } from "./stats.service";
export { searchQuerySchema, describeQuery, type SearchQuery } from "./search/query";
export {
  searchReleases,
  collectSearch,
  fetchRss,
  type CollectedSearch,
  type IndexerOutcome,
  type SearchMode,
} from "./search/search.service";
export { queryForSubject, searchSubjectSchema, type SearchSubject } from "./search/subject";
export type { SearchEvent } from "./search/fan-out";
export { failureLabels, BACKOFF_LADDER_SECONDS } from "./health";
export {
  definitionSettings,
  definitionSummarySchema,
  definitionSettingSchema,
  listDefinitions,
  refreshDefinitions,
  uploadDefinition,
  type DefinitionSummary,
  type RefreshResult,
} from "./cardigann/definitions.service";
export { resolveReleaseDownload } from "./download.service";
export {
  rememberReleases,
  recallRelease,
  publicReleaseSchema,
  RELEASE_CACHE_TTL_MS,
  type PublicRelease,
} from "./cache/release-cache.service";
export { importFromProwlarr, type ProwlarrImportResult } from "./prowlarr/import";
export { prowlarrImportSchema } from "./prowlarr-import.input";
export { jackettEndpoint } from "./jackett/endpoint";
export { refreshDefinitionsHandler } from "./jobs";
