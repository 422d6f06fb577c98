import type { EndpointSpec } from "../endpoint";
import { automationEndpoints } from "./automation";
import { catalogEndpoints } from "./catalog";
import { downloadClientEndpoints } from "./download-clients";
import { downloadEndpoints } from "./downloads";
import { importExclusionEndpoints } from "./import-exclusions";
import { indexerEndpoints } from "./indexers";
import { libraryEndpoints } from "./library";
import { pathMappingEndpoints } from "./path-mappings";
import { qualityEndpoints } from "./quality";
import { requestEndpoints } from "./requests";
import { parseRelease } from "./release";
import { settingsEndpoints } from "./settings";
import { health, healthChecksEndpoint, runSystemTask, systemStatus, systemTasks } from "./system";

export { health, healthChecksEndpoint, runSystemTask, systemStatus, systemTasks } from "./system";
export { parseRelease } from "./release";
export {
  wantedMissingEndpoint,
  wantedCutoffEndpoint,
  commandEndpoint,
  automationSettingsEndpoint,
  updateAutomationSettingsEndpoints,
} from "./automation";
export {
  listQualityDefinitionsEndpoint,
  updateQualityDefinitionsEndpoints,
  qualityProfileEndpoints,
  customFormatEndpoints,
  releaseProfileEndpoints,
  delayProfileEndpoints,
  importCustomFormatsEndpoint,
  exportCustomFormatsEndpoint,
} from "./quality";
export {
  listLibrariesEndpoint,
  createLibraryEndpoint,
  getLibraryEndpoint,
  updateLibraryEndpoints,
  deleteLibraryEndpoint,
  scanLibraryEndpoint,
  unmatchedEndpoint,
  manualImportEndpoint,
  mediaFilesEndpoint,
  renamePreviewEndpoint,
  renameEndpoint,
  recycleBinEndpoint,
  restoreRecycledEndpoint,
} from "./library";
export * from "./indexers";
export * from "./download-clients";
export * from "./downloads";
export * from "./path-mappings";
export * from "./import-exclusions";
export * from "./settings";
export * from "./requests";
export {
  listMoviesEndpoint,
  addMovieEndpoint,
  getMovieEndpoint,
  updateMovieEndpoints,
  deleteMovieEndpoint,
  movieEditorEndpoint,
  movieRemoveEndpoint,
  listSeriesEndpoint,
  addSeriesEndpoint,
  getSeriesEndpoint,
  updateSeriesEndpoints,
  deleteSeriesEndpoint,
  seriesEditorEndpoint,
  seriesRemoveEndpoint,
  listEpisodesEndpoint,
  updateEpisodeEndpoint,
  metadataSearchEndpoint,
  calendarEndpoint,
} from "./catalog";

/** Every documented endpoint, in the order of the OpenAPI document. */
export const endpoints: EndpointSpec[] = [
  health,
  healthChecksEndpoint,
  systemStatus,
  systemTasks,
  runSystemTask,
  parseRelease,
  ...catalogEndpoints,
  ...importExclusionEndpoints,
  ...indexerEndpoints,
  ...downloadClientEndpoints,
  ...downloadEndpoints,
  ...pathMappingEndpoints,
  ...libraryEndpoints,
  ...qualityEndpoints,
  ...automationEndpoints,
  ...settingsEndpoints,
  ...requestEndpoints,
];
