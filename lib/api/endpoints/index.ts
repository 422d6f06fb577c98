import type { EndpointSpec } from "../endpoint";
import { catalogEndpoints } from "./catalog";
import { indexerEndpoints } from "./indexers";
import { parseRelease } from "./release";
import { health, runSystemTask, systemStatus, systemTasks } from "./system";

export { health, runSystemTask, systemStatus, systemTasks } from "./system";
export { parseRelease } from "./release";
export * from "./indexers";
export {
  listMoviesEndpoint,
  addMovieEndpoint,
  getMovieEndpoint,
  updateMovieEndpoint,
  deleteMovieEndpoint,
  listSeriesEndpoint,
  addSeriesEndpoint,
  getSeriesEndpoint,
  updateSeriesEndpoint,
  deleteSeriesEndpoint,
  listEpisodesEndpoint,
  updateEpisodeEndpoint,
  metadataSearchEndpoint,
  calendarEndpoint,
} from "./catalog";

/** Every documented endpoint, in the order of the OpenAPI document. */
export const endpoints: EndpointSpec[] = [health, systemStatus, systemTasks, runSystemTask, parseRelease, ...catalogEndpoints, ...indexerEndpoints];
