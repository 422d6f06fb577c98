export * from "./metadata.types";
export type { MetadataProvider } from "./provider";
export {
  metadataProvider,
  providerFor,
  withMetadata,
  isMetadataConfigured,
  searchMetadata,
  discoverMetadata,
  discoverByGenre,
  listGenres,
  testMetadataSettings,
  imageBaseUrl,
} from "./metadata.service";
export {
  getMetadataSettings,
  saveMetadataSettings,
  resolveMetadataSource,
  metadataSettingsInput,
  metadataSettingsViewSchema,
  languageSchema,
  type MetadataSettingsView,
  type MetadataSettingsInput,
  type MetadataSource,
} from "./settings";
export { MetadataNotConfiguredError, MetadataAuthError, toMetadataError, NOT_CONFIGURED_MESSAGE } from "./errors";
export { resizedImage, cacheOriginal, prefetchImages, isImageWidth } from "./images";
export { imageUrl, imageWidths, type ImageWidth } from "./image-url";
export { relayEnabled, relayRequest, takeRelayToken } from "./relay";
export { pruneCache } from "./cache.repo";
export { mapMovie, mapSeries, mapSeason, mapMovieResult, mapTvResult } from "./tmdb/tmdb.mapper";
