import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "./handle";

/** Any /api/v1 path no route serves: the JSON error shape with 404, not the HTML page. */
export async function unknownEndpoint(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(
    new NotFoundError(
      `No API endpoint ${request.method} ${pathname}; the endpoints are listed at /api/v1/openapi.json`,
    ),
  );
}
