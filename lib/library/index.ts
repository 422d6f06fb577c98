export * from "./library.types";
export {
  libraryInput,
  updateLibraryInput,
  librarySchema,
  type Library,
  type LibraryName,
  type LibraryInput,
  type UpdateLibraryInput,
} from "./library.schemas";
export {
  listLibraries,
  listLibraryNames,
  getLibrary,
  createLibrary,
  updateLibrary,
  deleteLibrary,
} from "./library.service";
export { resolveLibrary } from "./library-choice";
export { qualityProfileInUse } from "./profile-usage";
export { scanLibrary, type ScanOptions, type ScanProgress, type ScanResult } from "./scan/scan.service";
export { analyzeLibrary, type AnalyzeSummary } from "./media-info/analyze.service";
export { probe, toMediaInfo, MediaInfoError } from "./media-info/ffprobe";
export { importFile, type ImportRequest, type ImportResult, type ImportTarget } from "./import/importer";
export { placeFile, PlacementError, type PlacedBy } from "./import/place-file";
export { renderTemplate, destinationFor, unknownNamingTokens, type NamingContext } from "./import/naming";
export { titleFolder } from "./title-folder";
export { recycle, emptyRecycleBin, RECYCLE_FOLDER } from "./import/recycle";
export {
  listRecycleBin,
  restoreRecycled,
  recycleBinSchema,
  recycledFileSchema,
  restoreInput,
  restoreResultSchema,
  type RecycleBin,
  type RecycledFile,
  type RestoreInput,
  type RestoreResult,
} from "./recycle-bin.service";
export {
  listMediaFiles,
  listTitleVideoFiles,
  getMediaFile,
  listUnmatched,
  manualImport,
  deleteMediaFile,
  mediaFileSchema,
  mediaFilesQuery,
  manualImportInput,
  type MediaFile,
  type UnmatchedGroup,
  type ManualImportOutcome,
} from "./media-files.service";
export {
  previewRename,
  renameFiles,
  renamePreviewInput,
  renameInput,
  renamePreviewItemSchema,
  type RenamePreviewItem,
} from "./rename.service";
export {
  listPathMappings,
  addPathMapping,
  updatePathMapping,
  deletePathMapping,
  mapPath,
  resolveRemotePath,
  remotePathMapper,
  pathMappingInput,
  updatePathMappingInput,
  pathMappingSchema,
  type PathMapping,
} from "./path-mappings";
export { browseFolders, type FolderListing } from "./folder-picker";
export { previewNaming, namingPreviewSchema, type NamingPreview } from "./naming-preview";
export { allowedRoots, sanitizeComponent } from "./paths";
export { classify } from "./scan/classify";
export { rematchLibrary, topFolderOf, type RematchRequest, type RematchSummary } from "./scan/rematch.service";
export { nfoIds } from "./scan/nfo";
export { listReview, ignoreFolders, type ReviewList, type ReviewFolder, type ReviewFile } from "./review.service";
export { scoreResults, CONFIDENT } from "./scan/confidence";
export {
  libraryScanHandler,
  libraryAnalyzeHandler,
  libraryRematchHandler,
  sendLibraryJob,
  requestScan,
  requestRematch,
  type LibraryRematchPayload,
  dueLibraryIds,
  type LibraryScanPayload,
  type LibraryAnalyzePayload,
} from "./jobs";
export { episodeIdsWithFiles, updateSeriesMonitoring } from "./series-monitoring";
export {
  bulkEditMovies,
  bulkEditSeries,
  bulkRemoveMovies,
  bulkRemoveSeries,
  movieRemoveInput,
  seriesRemoveInput,
  type MovieRemoveInput,
  type SeriesRemoveInput,
} from "./bulk-edit";
export { deleteMovie, deleteSeries, removeTitleOptions, type RemoveTitleOptions } from "./remove-title";
export { libraryMoveHandler, moveTitleFiles, type LibraryMovePayload, type MoveSummary } from "./move-title";
export { heldSql, bestHeldSql, bestHeldMatchesSql, type HeldFileSql, type HeldItem } from "./held-videos";
export { refreshFileQualities, libraryQualityHandler, type RefreshQualitySummary } from "./file-quality";
export {
  addMovieWithFile,
  addSeriesWithFiles,
  getMovieWithFile,
  getSeriesWithFiles,
  listMoviesWithFile,
  movieListItemWithFileSchema,
  movieWithFileSchema,
  seriesWithFilesSchema,
  updateMovieWithFile,
  updateSeriesWithFiles,
  type MovieWithFile,
  type SeriesWithFiles,
} from "./file-status";
export { seriesProgress, episodesWithFiles, moviesWithFiles, type SeriesProgress } from "./title-status.service";
export {
  attachExistingFiles,
  attachExistingInput,
  type AttachExistingInput,
  type AttachOutcome,
  type AttachStatus,
} from "./attach-existing";
