/**
 * lib/arr's second public face: the readers of Radarr's and Sonarr's resources (profiles, formats,
 * indexers, naming) as Mydia's inputs, for importing from a real Radarr or Sonarr (lib/migration).
 * Apart from index.ts because that one loads the API's route handlers and Next.js, which the worker must not.
 */
export { arrQualityProfileBody, fromArrQualityProfile, type ArrQualityProfileBody } from "./qualityprofile.mapper";
export { arrCustomFormatBody, fromArrCustomFormat, type ArrCustomFormatBody } from "./customformat.mapper";
export { arrIndexerBody, createInputOf as indexerInputOf, type ArrIndexerBody } from "./indexer.mapper";
export { arrNamingBody, fromArrNaming, type ArrNamingBody } from "./naming.mapper";
