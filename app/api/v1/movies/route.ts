import { api, handleEndpoint } from "@/lib/api";
import { addMovieWithFile, listMoviesWithFile } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listMoviesEndpoint, ({ actor, query }) => listMoviesWithFile(actor, query));
export const POST = handleEndpoint(api.addMovieEndpoint, ({ actor, body }) => addMovieWithFile(actor, body));
