import { api, handleEndpoint } from "@/lib/api";
import { deleteMovie, getMovie, updateMovie } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getMovieEndpoint, ({ actor, params }) => getMovie(actor, params.id));
export const PUT = handleEndpoint(api.updateMovieEndpoints.put, ({ actor, params, body }) =>
  updateMovie(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateMovieEndpoints.patch, ({ actor, params, body }) =>
  updateMovie(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteMovieEndpoint, async ({ actor, params }) => {
  await deleteMovie(actor, params.id);
  return { deleted: true as const };
});
