import { api, handleEndpoint } from "@/lib/api";
import { requestable } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.requestableEndpoint, ({ actor, params }) =>
  requestable(actor, params.mediaType, params.tmdbId),
);
