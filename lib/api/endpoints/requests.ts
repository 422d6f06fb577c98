import { z } from "zod";
import {
  approveRequestInput,
  bulkDecisionInput,
  createRequestInput,
  declineRequestInput,
  listRequestsQuery,
  problemSchema,
  reportProblemInput,
  requestSchema,
  requestSettingsInput,
  requestSettingsPatch,
  requestableEpisodeSchema,
  requestableSchema,
  resolveProblemInput,
} from "@/lib/requests";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const tag = "Requests";
const idParams = z.object({ id: z.string().min(1).max(100) });
const why =
  "Requesters see only their own requests and the ones they joined; admins see all. A request never shows a release, a download client or a file path.";

export const listRequestsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/requests",
  summary: "Requests: the caller's own (and joined) ones; every request for admins",
  description: `${why} status is derived from the library: "available" when every requested item has a file.`,
  tag,
  access: "request",
  query: listRequestsQuery,
  response: z.object({ items: z.array(requestSchema) }),
});

export const createRequestEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/requests",
  summary: "Request a movie, a whole series, seasons or episodes (with an optional note)",
  description:
    "One request per title: asking for a title already requested joins that request. What the library already has is not asked for again (409 when nothing is missing). " +
    "Quotas (movies and seasons per N days) answer 429 with code quota_exceeded and a message saying what is left and from when more can be asked.",
  tag,
  access: "request",
  body: createRequestInput,
  response: requestSchema,
  successStatus: 201,
});

export const getRequestEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/requests/{id}",
  summary: "One request (404 for a request of someone else)",
  tag,
  access: "request",
  params: idParams,
  response: requestSchema,
});

export const deleteRequestEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/requests/{id}",
  summary: "Withdraw a pending request (requesters), or delete any request (admins)",
  tag,
  access: "request",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const approveRequestEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/requests/{id}/approve",
  summary:
    "Approve: adds the title to the catalog (library, quality profile, monitoring only what was asked) and searches",
  tag,
  access: "admin",
  params: idParams,
  body: approveRequestInput,
  response: requestSchema,
});

export const declineRequestEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/requests/{id}/decline",
  summary: "Decline with a reason the requesters read",
  tag,
  access: "admin",
  params: idParams,
  body: declineRequestInput,
  response: requestSchema,
});

export const decideRequestsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/requests/decide",
  summary: "Approve or decline several requests at once; each succeeds or fails on its own",
  tag,
  access: "admin",
  body: bulkDecisionInput,
  response: z.object({
    results: z.array(z.object({ id: z.string(), ok: z.boolean(), message: z.string().nullable() })),
  }),
});

export const reportProblemEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/requests/{id}/problems",
  summary: "Report a problem with an available title (wrong language, bad quality, broken file, other)",
  tag,
  access: "request",
  params: idParams,
  body: reportProblemInput,
  response: problemSchema,
  successStatus: 201,
});

export const listProblemsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/requests/problems",
  summary: "Open problem reports",
  tag,
  access: "admin",
  response: z.object({ items: z.array(problemSchema) }),
});

export const resolveProblemEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/requests/problems/{id}/resolve",
  summary: "Close a problem report; blocklistAndSearch blocklists the title's last imported release and searches again",
  tag,
  access: "admin",
  params: idParams,
  body: resolveProblemInput,
  response: problemSchema,
});

export const requestSettingsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/requests/settings",
  summary: "Auto-approve (per role and per user) and quotas (movies and seasons per N days)",
  tag,
  access: "admin",
  response: requestSettingsInput,
});

export const updateRequestSettingsEndpoints = updateEndpoints({
  path: "/api/v1/requests/settings",
  summary: "Change auto-approve and quotas",
  tag,
  access: "admin",
  body: updateBodyOf(requestSettingsPatch, requestSettingsInput),
  response: requestSettingsInput,
});

export const requestableEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/requests/requestable/{mediaType}/{tmdbId}",
  summary: "A title as the request form offers it: its seasons (series)",
  tag,
  access: "request",
  params: z.object({ mediaType: z.enum(["movie", "series"]), tmdbId: z.coerce.number().int().positive() }),
  response: requestableSchema,
});

export const requestableEpisodesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/requests/requestable/{mediaType}/{tmdbId}/seasons/{season}",
  summary: "The episodes of a season, to request single ones",
  tag,
  access: "request",
  params: z.object({
    mediaType: z.literal("series"),
    tmdbId: z.coerce.number().int().positive(),
    season: z.coerce.number().int().min(0),
  }),
  response: z.object({ items: z.array(requestableEpisodeSchema) }),
});

export const requestEndpoints = [
  listRequestsEndpoint,
  createRequestEndpoint,
  decideRequestsEndpoint,
  listProblemsEndpoint,
  resolveProblemEndpoint,
  requestSettingsEndpoint,
  ...Object.values(updateRequestSettingsEndpoints),
  requestableEndpoint,
  requestableEpisodesEndpoint,
  getRequestEndpoint,
  deleteRequestEndpoint,
  approveRequestEndpoint,
  declineRequestEndpoint,
  reportProblemEndpoint,
];
