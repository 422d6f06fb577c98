export * from "./catalog.types";
export * from "./catalog.schemas";
export {
  listMovies,
  movieGenres,
  movieTags,
  getMovie,
  moviesInLibrary,
  addMovie,
  updateMovie,
  removeMovieFromCatalog,
  type Paged,
} from "./movies.service";
export {
  listSeries,
  seriesGenres,
  seriesTags,
  seriesInLibrary,
  getSeries,
  getSeriesDetail,
  listEpisodes,
  addSeries,
  updateSeries,
  removeSeriesFromCatalog,
  setSeasonMonitored,
  updateEpisode,
  setEpisodesMonitoredBulk,
  findEpisode,
} from "./series.service";
export {
  refreshMovie,
  refreshSeries,
  requestRefresh,
  metadataRefreshHandler,
  refreshAges,
  type MetadataRefreshPayload,
  type RefreshSummary,
} from "./refresh.service";
export { calendar, calendarBetween, calendarDay, calendarDays, type CalendarDays } from "./calendar.service";
export { calendarFeed, renderICal } from "./ical";
export type { LibraryLookup, LibraryPlacement } from "./library-lookup";
export { catalogUsesProfile } from "./profile-usage";
export {
  moviesForMatching,
  seriesForMatching,
  movieForMatching,
  seriesOneForMatching,
  episodesForMatching,
  episodesByIds,
  itemsInLibrary,
  titlePlacement,
  type MovieForMatch,
  type SeriesForMatch,
  type EpisodeForMatch,
} from "./match-lookup";
export { findMovieByTitle, findSeriesByTitle, type TitleQuery } from "./title-lookup";
export { TitleIndex, titleKey } from "./title-index";
export {
  wantedMovies,
  wantedEpisodes,
  titleIdsAfter,
  type MonitoredMovie,
  type MonitoredEpisode,
  type WantedItemColumns,
  type WantedListQuery,
  type WantedRows,
} from "./wanted-lookup";
export { sortTitleOf, movieStatusOf, seriesStatusOf, seriesTypeOf } from "./derive";
export { monitorPicks, seasonPicked } from "./monitoring";
export { planSync } from "./episode-sync";
export { searchToAdd, discoverToAdd, type SearchResultInLibrary, type ResultPageInLibrary } from "./search-to-add";
export * from "./bulk-edit.schemas";
export {
  editMovies,
  editSeries,
  selectMovies,
  selectSeries,
  assertMoviesExist,
  assertSeriesExist,
} from "./bulk-edit.service";
export {
  episodeStates,
  movieStates,
  episodeState,
  movieState,
  progressOf,
  progressKind,
  type EpisodeState,
  type MovieState,
  type EpisodeFacts,
  type Progress,
  type ProgressKind,
} from "./title-status";
export { episodeStatusRows, type EpisodeStatusRow } from "./status-lookup";
export { titleRefs, type TitleRefs, type MovieRef, type SeriesRef, type EpisodeRef } from "./title-refs";
export {
  listImportExclusions,
  addImportExclusion,
  removeImportExclusion,
  addExclusionInput,
  importExclusionSchema,
  exclusionKindSchema,
  type ImportExclusion,
  type AddExclusionInput,
} from "./exclusions.service";
export { allMovies, allSeries, seasonsAndEpisodesOf, episodesById } from "./whole-catalog";
export { rebuildFacets } from "./facets.repo";
