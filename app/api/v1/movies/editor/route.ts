import { api, handleEndpoint } from "@/lib/api";
import { bulkEditMovies, bulkRemoveMovies } from "@/lib/library";

export const dynamic = "force-dynamic";
export const PUT = handleEndpoint(api.movieEditorEndpoint, ({ actor, body }) => bulkEditMovies(actor, body));
export const DELETE = handleEndpoint(api.movieRemoveEndpoint, ({ actor, body }) => bulkRemoveMovies(actor, body));
