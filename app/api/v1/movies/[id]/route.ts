import { api, handleEndpoint } from "@/lib/api";
import { deleteMovie, getMovieWithFile, updateMovieWithFile } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getMovieEndpoint, ({ actor, params }) => getMovieWithFile(actor, params.id));
export const PUT = handleEndpoint(api.updateMovieEndpoints.put, ({ actor, params, body }) =>
  updateMovieWithFile(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateMovieEndpoints.patch, ({ actor, params, body }) =>
  updateMovieWithFile(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteMovieEndpoint, async ({ actor, params, query }) => ({
  deleted: true as const,
  ...(await deleteMovie(actor, params.id, query)),
}));
