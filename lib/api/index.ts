export {
  defineEndpoint,
  paginated,
  paginationQuery,
  errorBodySchema,
  type EndpointSpec,
  type Pagination,
} from "./endpoint";
export { handleEndpoint, handleStreamEndpoint, errorResponse, readJsonBody, type EndpointContext } from "./handle";
export { unknownEndpoint } from "./not-found";
export { buildOpenApiDocument } from "./openapi";
export { endpoints } from "./endpoints";
export * as api from "./endpoints";
export { actionArgs, runAction, type ActionResult } from "./action-result";
export { toDomainError, INTERNAL_ERROR_MESSAGE } from "./error-mapping";
