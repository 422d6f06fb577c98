export * from "./catalog.types";
export * from "./catalog.schemas";
export {
  listMovies,
  movieGenres,
  getMovie,
  moviesInLibrary,
  addMovie,
  updateMovie,
  deleteMovie,
  type Paged,
} from "./movies.service";
export {
  listSeries,
  seriesGenres,
  seriesInLibrary,
  getSeries,
  getSeriesDetail,
  listEpisodes,
  addSeries,
  updateSeries,
  deleteSeries,
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
export { calendar, calendarBetween } from "./calendar.service";
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
  type MovieForMatch,
  type SeriesForMatch,
  type EpisodeForMatch,
} from "./match-lookup";
export { findMovieByTitle, findSeriesByTitle, type TitleQuery } from "./title-lookup";
export { TitleIndex, titleKey } from "./title-index";
export { monitoredMovies, monitoredEpisodes, type MonitoredMovie, type MonitoredEpisode } from "./wanted-lookup";
export { sortTitleOf, movieStatusOf, seriesStatusOf, seriesTypeOf } from "./derive";
export { monitorPicks, seasonPicked } from "./monitoring";
export { planSync } from "./episode-sync";
export { searchToAdd, discoverToAdd, type SearchResultInLibrary, type ResultPageInLibrary } from "./search-to-add";
export * from "./bulk-edit.schemas";
export { editMovies, editSeries, removeMovies, removeSeries } from "./bulk-edit.service";
