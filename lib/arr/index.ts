export { arrRouteHandlers, findArrRoute } from "./dispatch";
export { arrRoutes } from "./routes";
export { personas, personaInfo, type Persona } from "./persona";
export type { ArrRoute, ArrMethod } from "./route-table";
/** The *arr resource readers, for importing from a real Radarr or Sonarr (lib/migration). */
export { arrQualityProfileBody, fromArrQualityProfile, type ArrQualityProfileBody } from "./qualityprofile.mapper";
export { arrCustomFormatBody, fromArrCustomFormat, type ArrCustomFormatBody } from "./customformat.mapper";
export { arrIndexerBody, createInputOf as indexerInputOf, type ArrIndexerBody } from "./indexer.mapper";
export { arrNamingBody, fromArrNaming, type ArrNamingBody } from "./naming.mapper";
