import { z } from "zod";
import { arrQueuePage, arrQueueRecords, arrQueueStatus, arrRemoveFromQueue } from "../activity/queue.service";
import { withTitles } from "../activity/embedded-titles";
import { pageQuery } from "../activity/paging.schema";
import { arrQuery, bothPersonas, defineArrRoute, idParams } from "../route-table";

const queueStatuses = [
  "unknown",
  "queued",
  "paused",
  "downloading",
  "completed",
  "failed",
  "warning",
  "delay",
  "downloadClientUnavailable",
  "fallback",
] as const;
const list = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]));

const removal = z.object({
  removeFromClient: arrQuery.bool().default(true),
  blocklist: arrQuery.bool().default(false),
  skipRedownload: arrQuery.bool().optional(),
  changeCategory: arrQuery.bool().optional(),
});

export const queueRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "queue",
    access: "read",
    query: pageQuery.extend({
      includeUnknownMovieItems: arrQuery.bool().optional(),
      includeUnknownSeriesItems: arrQuery.bool().optional(),
      includeMovie: arrQuery.bool().optional(),
      includeSeries: arrQuery.bool().optional(),
      includeEpisode: arrQuery.bool().optional(),
      movieIds: arrQuery.intList().optional(),
      seriesIds: arrQuery.intList().optional(),
      protocol: z.enum(["unknown", "usenet", "torrent"]).optional(),
      status: list(z.enum(queueStatuses)).optional(),
      languages: arrQuery.intList().optional(),
      quality: arrQuery.intList().optional(),
    }),
    handle: async ({ actor, persona, query }) => {
      const page = await arrQueuePage(
        actor,
        persona,
        {
          includeUnknown: query.includeUnknownMovieItems ?? query.includeUnknownSeriesItems ?? false,
          movieIds: query.movieIds,
          seriesIds: query.seriesIds,
          protocol: query.protocol,
          status: query.status,
        },
        query,
      );
      return { ...page, records: await withTitles(actor, persona, page.records, query) };
    },
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "queue/details",
    access: "read",
    query: z.object({
      movieId: arrQuery.int().optional(),
      seriesId: arrQuery.int().optional(),
      episodeIds: arrQuery.intList().optional(),
      includeMovie: arrQuery.bool().optional(),
      includeSeries: arrQuery.bool().optional(),
      includeEpisode: arrQuery.bool().optional(),
    }),
    handle: async ({ actor, persona, query }) => {
      const records = await arrQueueRecords(actor, persona, {
        includeUnknown: query.movieId === undefined && query.seriesId === undefined && !query.episodeIds?.length,
        movieIds: query.movieId !== undefined ? [query.movieId] : undefined,
        seriesIds: query.seriesId !== undefined ? [query.seriesId] : undefined,
        episodeIds: query.episodeIds,
      });
      return withTitles(actor, persona, records, query);
    },
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "queue/status",
    access: "read",
    handle: ({ actor, persona }) => arrQueueStatus(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "queue/{id}",
    access: "manage",
    params: idParams,
    query: removal,
    handle: async ({ actor, params, query }) => {
      await arrRemoveFromQueue(actor, params.id, query);
    },
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "queue/bulk",
    access: "manage",
    query: removal,
    body: z.object({ ids: z.array(z.number().int()).max(1000).default([]) }),
    handle: async ({ actor, query, body }) => {
      // Sonarr's records of one download share it: remove each download once.
      const done = new Set<string>();
      for (const id of body.ids) await arrRemoveFromQueue(actor, id, query, done);
    },
  }),
];
