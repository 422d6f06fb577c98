import { z } from "zod";
import {
  addMovieInput,
  addSeriesInput,
  calendarEntrySchema,
  calendarQuery,
  editorResultSchema,
  episodeSchema,
  movieEditorInput,
  movieListQuery,
  seriesListItemSchema,
  seriesEditorInput,
  seriesListQuery,
  updateEpisodeInput,
  updateMovieInput,
  updateSeriesInput,
} from "@/lib/catalog";
import {
  movieListItemWithFileSchema,
  movieRemoveInput,
  movieWithFileSchema,
  seriesRemoveInput,
  seriesWithFilesSchema,
} from "@/lib/library";
import { searchResultSchema } from "@/lib/metadata";
import { defineEndpoint, paginated, updateBodyOf, updateEndpoints } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const removeQuery = z.object({
  deleteFiles: flag.default(false).describe("move the title's files to their library's recycle bin"),
  addExclusion: flag
    .default(false)
    .describe("never add it again: put it on the import exclusion list (Settings → Import exclusions)"),
});
const deleted = z.object({
  deleted: z.literal(true),
  recycledFiles: z.number().int().describe("files moved to the recycle bin (deleteFiles)"),
});

export const listMoviesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/movies",
  summary: "Movies in the catalog: search (q), filters, sort and paging",
  tag: "Movies",
  access: "browse",
  query: movieListQuery,
  response: paginated(movieListItemWithFileSchema),
});

export const addMovieEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/movies",
  summary: "Add a movie by TMDB id",
  description:
    "searchNow queues an automatic search (automation.search) right after adding. 409 when the movie is already in the catalog.",
  tag: "Movies",
  access: "manage",
  body: addMovieInput,
  response: movieWithFileSchema,
  successStatus: 201,
});

export const getMovieEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/movies/{id}",
  summary: "One movie",
  tag: "Movies",
  access: "browse",
  params: idParams,
  response: movieWithFileSchema,
});

export const updateMovieEndpoints = updateEndpoints({
  path: "/api/v1/movies/{id}",
  summary: "Change monitoring, minimum availability, tags, library or quality profile",
  tag: "Movies",
  access: "manage",
  params: idParams,
  body: updateBodyOf(updateMovieInput, movieWithFileSchema),
  response: movieWithFileSchema,
});

export const deleteMovieEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/movies/{id}",
  summary: "Remove a movie from the catalog; with deleteFiles its files go to the recycle bin",
  description: "addExclusion=true puts it on the import exclusion list: adding it again is refused (409).",
  tag: "Movies",
  access: "manage",
  params: idParams,
  query: removeQuery,
  response: deleted,
});

const editorDescription = (noun: string) =>
  `Select ${noun} by ids or by the list filter (every title that matches, not only one page), then change the named fields (the rest stay) and/or queue an automatic search for each. One transaction per request: each title is validated as it changes, and one failure (an unknown id, a library of the wrong kind, an unknown profile) leaves every title as it was.`;

export const movieEditorEndpoint = defineEndpoint({
  method: "PUT",
  path: "/api/v1/movies/editor",
  summary: "Bulk edit: change monitoring, minimum availability, library or profile of many movies, or search them",
  description: editorDescription("movies"),
  tag: "Movies",
  access: "manage",
  body: movieEditorInput,
  response: editorResultSchema,
});

export const movieRemoveEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/movies/editor",
  summary: "Bulk remove: many movies by ids or by the list filter",
  description:
    "Every named id must exist, else nothing is removed (404). deleteFiles moves their files to the recycle bin; addExclusion puts them on the import exclusion list.",
  tag: "Movies",
  access: "manage",
  body: movieRemoveInput,
  response: editorResultSchema,
});

export const listSeriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/series",
  summary: "Series in the catalog: search (q), filters, sort and paging",
  tag: "Series",
  access: "browse",
  query: seriesListQuery,
  response: paginated(seriesListItemSchema),
});

export const addSeriesEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/series",
  summary: "Add a series by TMDB id, with its seasons and episodes",
  description:
    "monitor picks the episodes to monitor (specials never); searchNow queues an automatic search of the monitored, aired episodes. 409 when already in the catalog.",
  tag: "Series",
  access: "manage",
  body: addSeriesInput,
  response: seriesWithFilesSchema,
  successStatus: 201,
});

export const getSeriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/series/{id}",
  summary: "One series",
  tag: "Series",
  access: "browse",
  params: idParams,
  response: seriesWithFilesSchema,
});

export const updateSeriesEndpoints = updateEndpoints({
  path: "/api/v1/series/{id}",
  summary:
    "Change monitoring (a new monitor mode is re-applied to every episode), type, air time, tags, library or profile",
  tag: "Series",
  access: "manage",
  params: idParams,
  body: updateBodyOf(updateSeriesInput, seriesWithFilesSchema),
  response: seriesWithFilesSchema,
});

export const deleteSeriesEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/series/{id}",
  summary: "Remove a series with its seasons and episodes; with deleteFiles its files go to the recycle bin",
  description: "addExclusion=true puts it on the import exclusion list: adding it again is refused (409).",
  tag: "Series",
  access: "manage",
  params: idParams,
  query: removeQuery,
  response: deleted,
});

export const seriesEditorEndpoint = defineEndpoint({
  method: "PUT",
  path: "/api/v1/series/editor",
  summary: "Bulk edit: change monitoring, monitor mode, type, library or profile of many series, or search them",
  description: editorDescription("series"),
  tag: "Series",
  access: "manage",
  body: seriesEditorInput,
  response: editorResultSchema,
});

export const seriesRemoveEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/series/editor",
  summary: "Bulk remove: many series by ids or by the list filter",
  description:
    "Every named id must exist, else nothing is removed (404). deleteFiles moves their files to the recycle bin; addExclusion puts them on the import exclusion list.",
  tag: "Series",
  access: "manage",
  body: seriesRemoveInput,
  response: editorResultSchema,
});

export const listEpisodesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/series/{id}/episodes",
  summary: "Every episode of a series, including ones TMDB no longer lists (removedAt set)",
  tag: "Series",
  access: "browse",
  params: idParams,
  response: z.object({ items: z.array(episodeSchema) }),
});

export const updateEpisodeEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/episodes/{id}",
  summary: "Monitor or unmonitor one episode",
  tag: "Series",
  access: "manage",
  params: idParams,
  description: "An episode as GET /api/v1/series/{id}/episodes lists it is accepted (read-only fields are ignored).",
  body: updateBodyOf(updateEpisodeInput, episodeSchema),
  response: episodeSchema,
});

export const metadataSearchEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/metadata/search",
  summary: "Search TMDB (or the relay) for movies or series to add",
  description:
    "inLibrary is the catalog id when the title is already added; excluded is the import exclusion's id when it is on the list (adding it is refused).",
  tag: "Metadata",
  access: "browse",
  query: z.object({
    type: z.enum(["movie", "tv"]),
    q: z.string().trim().min(1, "type something to search for").max(200),
    page: z.coerce.number().int().min(1).max(500).default(1),
  }),
  response: z.object({
    page: z.number().int(),
    totalPages: z.number().int(),
    totalResults: z.number().int(),
    results: z.array(searchResultSchema.extend({ inLibrary: z.string().nullable(), excluded: z.string().nullable() })),
  }),
});

export const calendarEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/calendar",
  summary: "Episode air dates and movie releases between two days (UTC, inclusive)",
  description:
    "For calendar apps use the iCal feed: /feed/calendar.ics?apikey=…&pastDays=7&futureDays=28&unmonitored=false",
  tag: "Calendar",
  access: "browse",
  query: calendarQuery,
  response: z.object({ items: z.array(calendarEntrySchema) }),
});

export const catalogEndpoints = [
  listMoviesEndpoint,
  addMovieEndpoint,
  getMovieEndpoint,
  ...Object.values(updateMovieEndpoints),
  deleteMovieEndpoint,
  movieEditorEndpoint,
  movieRemoveEndpoint,
  listSeriesEndpoint,
  addSeriesEndpoint,
  getSeriesEndpoint,
  ...Object.values(updateSeriesEndpoints),
  deleteSeriesEndpoint,
  seriesEditorEndpoint,
  seriesRemoveEndpoint,
  listEpisodesEndpoint,
  updateEpisodeEndpoint,
  metadataSearchEndpoint,
  calendarEndpoint,
];
