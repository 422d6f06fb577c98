import { api, handleEndpoint } from "@/lib/api";
import { addMovie, listMovies } from "@/lib/catalog";
import { resolveLibrary } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listMoviesEndpoint, ({ actor, query }) => listMovies(actor, query));
export const POST = handleEndpoint(api.addMovieEndpoint, ({ actor, body }) => addMovie(actor, body, resolveLibrary));
