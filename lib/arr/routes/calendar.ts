import { z } from "zod";
import { arrEpisodeCalendar, arrMovieCalendar } from "../activity/calendar.service";
import { pageQuery } from "../activity/paging.schema";
import { arrWantedEpisodes, arrWantedMovies } from "../activity/wanted.service";
import { arrQuery, defineArrRoute } from "../route-table";

const calendarQuery = z.object({
  start: arrQuery.date().optional(),
  end: arrQuery.date().optional(),
  unmonitored: arrQuery.bool().optional(),
  includeSeries: arrQuery.bool().optional(),
  includeEpisodeFile: arrQuery.bool().optional(),
  includeEpisodeImages: arrQuery.bool().optional(),
  tags: z.string().max(500).optional(),
});

const wantedQuery = pageQuery.extend({
  monitored: arrQuery.bool().optional(),
  includeSeries: arrQuery.bool().optional(),
  includeEpisodeFile: arrQuery.bool().optional(),
  includeImages: arrQuery.bool().optional(),
});

export const movieCalendarRoutes = [
  defineArrRoute({
    personas: ["radarr"],
    method: "GET",
    path: "calendar",
    access: "read",
    query: calendarQuery,
    handle: ({ actor, query }) => arrMovieCalendar(actor, query),
  }),
  defineArrRoute({
    personas: ["radarr"],
    method: "GET",
    path: "wanted/missing",
    access: "read",
    query: wantedQuery,
    handle: ({ actor, query }) => arrWantedMovies(actor, "missing", query),
  }),
  defineArrRoute({
    personas: ["radarr"],
    method: "GET",
    path: "wanted/cutoff",
    access: "read",
    query: wantedQuery,
    handle: ({ actor, query }) => arrWantedMovies(actor, "cutoff", query),
  }),
];

export const episodeCalendarRoutes = [
  defineArrRoute({
    personas: ["sonarr"],
    method: "GET",
    path: "calendar",
    access: "read",
    query: calendarQuery,
    handle: ({ actor, query }) => arrEpisodeCalendar(actor, query),
  }),
  defineArrRoute({
    personas: ["sonarr"],
    method: "GET",
    path: "wanted/missing",
    access: "read",
    query: wantedQuery,
    handle: ({ actor, query }) => arrWantedEpisodes(actor, "missing", query),
  }),
  defineArrRoute({
    personas: ["sonarr"],
    method: "GET",
    path: "wanted/cutoff",
    access: "read",
    query: wantedQuery,
    handle: ({ actor, query }) => arrWantedEpisodes(actor, "cutoff", query),
  }),
];
