import { api, handleEndpoint } from "@/lib/api";
import { deleteMovie, getMovie, updateMovie } from "@/lib/catalog";
import { resolveLibrary } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getMovieEndpoint, ({ actor, params }) => getMovie(actor, params.id));
export const PATCH = handleEndpoint(api.updateMovieEndpoint, ({ actor, params, body }) =>
  updateMovie(actor, params.id, body, resolveLibrary),
);
export const DELETE = handleEndpoint(api.deleteMovieEndpoint, async ({ actor, params }) => {
  await deleteMovie(actor, params.id);
  return { deleted: true as const };
});
