/** The requests context: users ask for titles, managers approve; states follow the downloads and the library. */
export * from "./request.input";
export * from "./request.view";
export { createRequest, listRequests, getRequest, deleteRequest } from "./requests.service";
export { seesAllRequests } from "./access";
export { approveRequest, declineRequest, decideRequests, type BulkDecisionResult } from "./approval";
export { reportProblem, listProblems, resolveProblem } from "./problems.service";
export { syncRequests, requestsSyncHandler, type SyncSummary, type RequestsSyncPayload } from "./state-sync";
export { followRequestEvents } from "./event-relay";
export { getRequestSettings, updateRequestSettings, readRequestSettings, DEFAULT_REQUEST_SETTINGS } from "./settings";
export { describeScope } from "./scope";
export {
  requestable,
  requestableEpisodes,
  requestableSchema,
  requestableEpisodeSchema,
  type Requestable,
  type RequestableEpisode,
} from "./requestable.service";
