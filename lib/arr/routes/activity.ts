import { z } from "zod";
import { arrCommand, arrRecentCommands, arrRunCommand, commandBody } from "../activity/command.service";
import { arrDiskSpace } from "../activity/diskspace.service";
import { arrHistoryPage, arrHistorySince, arrTitleHistory } from "../activity/history.service";
import {
  arrManualImportCandidates,
  arrManualImportReprocess,
  manualImportResources,
} from "../activity/manual-import.service";
import { withSeriesAndEpisodes, withTitles } from "../activity/embedded-titles";
import { pageQuery } from "../activity/paging.schema";
import { arrGrabRelease, arrReleaseSearch, releaseGrabBody } from "../activity/release.service";
import { arrQuery, bothPersonas, defineArrRoute, idParams } from "../route-table";

const eventTypes = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")).filter(Boolean));

export const commandRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "command",
    access: "manage",
    body: commandBody,
    handle: ({ actor, persona, body }) => arrRunCommand(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "command",
    access: "read",
    handle: ({ persona }) => arrRecentCommands(persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "command/{id}",
    access: "read",
    params: idParams,
    handle: ({ persona, params }) => arrCommand(persona, params.id),
  }),
];

export const historyRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "history",
    access: "read",
    query: pageQuery.extend({
      eventType: eventTypes.optional(),
      downloadId: z.string().max(200).optional(),
      movieIds: arrQuery.intList().optional(),
      seriesIds: arrQuery.intList().optional(),
      episodeId: arrQuery.int().optional(),
      includeMovie: arrQuery.bool().optional(),
      includeSeries: arrQuery.bool().optional(),
      includeEpisode: arrQuery.bool().optional(),
      languages: arrQuery.intList().optional(),
      quality: arrQuery.intList().optional(),
    }),
    handle: async ({ actor, persona, query }) => {
      const page = await arrHistoryPage(actor, persona, query);
      return { ...page, records: await withTitles(actor, persona, page.records, query) };
    },
  }),
  defineArrRoute({
    personas: ["radarr"],
    method: "GET",
    path: "history/movie",
    access: "read",
    query: z.object({
      movieId: arrQuery.int(),
      eventType: z.string().max(50).optional(),
      includeMovie: arrQuery.bool().optional(),
    }),
    handle: async ({ actor, persona, query }) => {
      const records = await arrTitleHistory(actor, persona, query.movieId, { eventType: query.eventType });
      return withTitles(actor, persona, records, query);
    },
  }),
  defineArrRoute({
    personas: ["sonarr"],
    method: "GET",
    path: "history/series",
    access: "read",
    query: z.object({
      seriesId: arrQuery.int(),
      seasonNumber: arrQuery.int().optional(),
      eventType: z.string().max(50).optional(),
      includeSeries: arrQuery.bool().optional(),
      includeEpisode: arrQuery.bool().optional(),
    }),
    handle: async ({ actor, persona, query }) =>
      withSeriesAndEpisodes(
        actor,
        await arrTitleHistory(actor, persona, query.seriesId, {
          eventType: query.eventType,
          seasonNumber: query.seasonNumber,
        }),
        { series: query.includeSeries, episode: query.includeEpisode },
      ),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "history/since",
    access: "read",
    query: z.object({
      date: arrQuery.date(),
      eventType: z.string().max(50).optional(),
      includeMovie: arrQuery.bool().optional(),
      includeSeries: arrQuery.bool().optional(),
      includeEpisode: arrQuery.bool().optional(),
    }),
    handle: ({ actor, persona, query }) => arrHistorySince(actor, persona, query.date, query.eventType),
  }),
];

export const releaseRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "release",
    access: "manage",
    query: z.object({
      movieId: arrQuery.int().optional(),
      seriesId: arrQuery.int().optional(),
      seasonNumber: arrQuery.int().optional(),
      episodeId: arrQuery.int().optional(),
    }),
    handle: ({ actor, persona, query, request }) => arrReleaseSearch(actor, persona, query, request.signal),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "release",
    access: "manage",
    body: releaseGrabBody,
    handle: ({ actor, body, request }) => arrGrabRelease(actor, body, request.signal),
  }),
];

const reprocessItem = z
  .object({
    path: z.string().min(1).max(4096),
    movieId: z.number().int().optional(),
    seriesId: z.number().int().optional(),
    episodeIds: z.array(z.number().int()).max(100).nullish(),
    downloadId: z.string().max(200).nullish(),
  })
  .loose();

export const manualImportRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "manualimport",
    access: "manage",
    query: z.object({
      folder: z.string().max(4096).optional(),
      downloadId: z.string().max(200).optional(),
      movieId: arrQuery.int().optional(),
      seriesId: arrQuery.int().optional(),
      seasonNumber: arrQuery.int().optional(),
      filterExistingFiles: arrQuery.bool().optional(),
    }),
    handle: async ({ actor, persona, query }) =>
      manualImportResources(actor, persona, await arrManualImportCandidates(actor, persona, query)),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "manualimport",
    access: "manage",
    body: z.array(reprocessItem).max(500),
    handle: async ({ actor, persona, body }) =>
      manualImportResources(
        actor,
        persona,
        await arrManualImportReprocess(
          actor,
          persona,
          body.map((item) => ({ ...item, episodeIds: item.episodeIds ?? undefined })),
        ),
      ),
  }),
];

export const diskSpaceRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "diskspace",
    access: "read",
    handle: ({ actor, persona }) => arrDiskSpace(actor, persona),
  }),
];
