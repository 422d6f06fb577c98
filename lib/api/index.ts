export {
  defineEndpoint,
  paginated,
  paginationQuery,
  errorBodySchema,
  type EndpointSpec,
  type Pagination,
} from "./endpoint";
export { handleEndpoint, handleStreamEndpoint, errorResponse, type EndpointContext } from "./handle";
export { buildOpenApiDocument } from "./openapi";
export { endpoints } from "./endpoints";
export * as api from "./endpoints";
export { runAction, type ActionResult } from "./action-result";
